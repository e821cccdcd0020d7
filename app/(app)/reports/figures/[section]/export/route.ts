// A section's figures as a file: `?format=csv|xlsx`, `&table=` for one table (every table of the
// section without it), and the page's own period and filters. Counts and codes only, no person;
// each export is audited. Built whole: a section's figures are a few hundred rows at most.
import { getLocale, getTranslations } from "next-intl/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { searchParamsObject } from "@/lib/list-query";
import { getSectionFigures } from "@/lib/reports/data";
import { figuresCsv, figuresWorkbook } from "@/lib/reports/export";
import { filterLines } from "@/lib/reports/labels";
import { recordFiguresExport } from "@/lib/reports/mutations";
import { figureSectionSchema, figuresFileSchema, figuresQuerySchema } from "@/lib/reports/schema";
import { formatDateTime } from "@/lib/i18n/format";

export const GET = apiHandler(async (request, context: { params: Promise<{ section: string }> }) => {
  const actor = await requireApiActor("reports.aggregate.read");
  const parsedSection = figureSectionSchema.safeParse((await context.params).section);
  if (!parsedSection.success) throw new AppError("NOT_FOUND");
  const section = parsedSection.data;
  const params = searchParamsObject(request.url);
  const { format, table } = figuresFileSchema(section).parse(params);
  const query = figuresQuerySchema.parse(params);
  const figures = await getSectionFigures(actor.scope, section, query);
  if (!figures) throw new AppError("NOT_FOUND");
  const tables = table ? figures.tables.filter((t) => t.id === table) : figures.tables;
  const { from, to, suppressed } = figures;
  const { from: _from, to: _to, ...filters } = query;
  await recordFiguresExport(actor.scope, {
    section,
    table: tables.length === 1 ? tables[0]!.id : null,
    format,
    from,
    to,
    filters,
    suppressed,
  });
  const t = await getTranslations();
  const locale = await getLocale();
  const exportContext = {
    t: t as never,
    locale,
    organisationName: actor.current?.organisationName ?? "",
    filterLines: filterLines(filters, t as never, locale),
    generatedAt: formatDateTime(new Date(), locale, actor.timeZone),
  };
  const name = `tumar-${section}${table ? `-${table}` : ""}-${from}-${to}`;
  if (format === "csv")
    return new Response(figuresCsv(figures, tables, exportContext), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${name}.csv"`,
      },
    });
  return new Response(await figuresWorkbook(figures, tables, exportContext), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="${name}.xlsx"`,
    },
  });
});
