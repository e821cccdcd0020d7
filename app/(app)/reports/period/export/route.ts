// The period report as a workbook (`?period=2026-Q3` or `?period=2026`): a cover sheet and one sheet
// per section, small numbers hidden, no person. Audited as every export is.
import { getLocale, getTranslations } from "next-intl/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/i18n/format";
import { periodWorkbook } from "@/lib/reports/export";
import { periodLabel } from "@/lib/reports/labels";
import { recordFiguresExport } from "@/lib/reports/mutations";
import { getPeriodReport, reportPeriod, reportPeriodOf } from "@/lib/reports/period-report";

export const GET = apiHandler(async (request) => {
  const actor = await requireApiActor("reports.aggregate.read");
  const asked = new URL(request.url).searchParams.get("period") ?? undefined;
  if (asked !== undefined && !reportPeriodOf(asked))
    throw new AppError("INVALID", "errors.INVALID", { period: "errors.invalidChoice" });
  const period = reportPeriod(actor.scope, asked);
  const sections = await getPeriodReport(actor.scope, period);
  if (!sections) throw new AppError("NOT_FOUND");
  await recordFiguresExport(actor.scope, {
    section: "periodReport",
    table: null,
    format: "xlsx",
    from: period.from,
    to: period.to,
    filters: {},
    suppressed: true,
  });
  const t = await getTranslations();
  const locale = await getLocale();
  const label = periodLabel(period, t as never);
  const workbook = await periodWorkbook({ from: period.from, to: period.to, label }, sections, {
    t: t as never,
    locale,
    organisationName: actor.current?.organisationName ?? "",
    generatedAt: formatDateTime(new Date(), locale, actor.timeZone),
  });
  return new Response(workbook, {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="tumar-report-${period.code}.xlsx"`,
    },
  });
});
