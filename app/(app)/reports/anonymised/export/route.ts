// The anonymised case-level file (CTDC/HTCDS columns, k ≥ 11): the actor's own organisation's people
// (figures roles) or the pool of the organisations that chose to add theirs (the network
// administrator); `?format=csv|xlsx&fromYear=&toYear=` (years of registration). Planned in a first
// pass, streamed in a second; audited with what was generalised and suppressed.
import { getLocale, getTranslations } from "next-intl/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/i18n/format";
import { searchParamsObject } from "@/lib/list-query";
import { planCaseExport } from "@/lib/reports/case-level";
import { caseCsvStream, caseXlsxStream } from "@/lib/reports/case-export";
import { caseSelectionFor } from "@/lib/reports/case-level";
import { recordCaseExport } from "@/lib/reports/mutations";
import { caseExportQuerySchema } from "@/lib/reports/schema";
import { casePoolOf } from "@/lib/reports/policy";

export const GET = apiHandler(async (request) => {
  const actor = await requireApiActor();
  const query = caseExportQuerySchema.parse(searchParamsObject(request.url));
  const pool = casePoolOf(actor.scope);
  const selection = await caseSelectionFor(actor.scope, pool, query);
  if (!selection) throw new AppError("NOT_FOUND");
  const plan = await planCaseExport(selection);
  await recordCaseExport(actor.scope, {
    pool: pool,
    format: query.format,
    fromYear: query.fromYear ?? null,
    toYear: query.toYear ?? null,
    organisations: selection.organisationIds.length,
    report: plan.report,
  });
  const years = `${query.fromYear ?? "all"}-${query.toYear ?? "all"}`;
  const name = `tumar-ctdc-${pool}-${years}.${query.format}`;
  const headers = { "content-disposition": `attachment; filename="${name}"`, "cache-control": "no-store" };
  if (query.format === "csv")
    return new Response(caseCsvStream(selection, plan), {
      headers: { ...headers, "content-type": "text/csv; charset=utf-8" },
    });
  const t = await getTranslations();
  const about: [string, string][] = [
    [t("reports.anonymised.pool"), t(`reports.anonymised.pools.${pool}`)],
    [t("reports.anonymised.organisations"), String(selection.organisationIds.length)],
    [
      t("reports.anonymised.years"),
      `${query.fromYear ?? t("reports.anonymised.anyYear")} – ${query.toYear ?? t("reports.anonymised.anyYear")}`,
    ],
    [t("reports.generatedAt"), formatDateTime(new Date(), await getLocale(), actor.timeZone)],
  ];
  return new Response(caseXlsxStream(selection, plan, { t: t as never, about }), {
    headers: { ...headers, "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  });
});
