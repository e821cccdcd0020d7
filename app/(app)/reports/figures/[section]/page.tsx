import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { parseListQuery } from "@/lib/list-query";
import { FIGURE_SECTIONS } from "@/lib/reports/codes";
import { getSectionFigures } from "@/lib/reports/data";
import { filterLines } from "@/lib/reports/labels";
import { figureSectionSchema, figuresQuerySchema } from "@/lib/reports/schema";
import { formatDate } from "@/lib/i18n/format";
import { Alert } from "@/components/ui/alert";
import { FigureTableView } from "@/components/reports/figure-table";
import { FiguresFilters } from "@/components/reports/figures-filters";

export async function generateMetadata({ params }: { params: Promise<{ section: string }> }): Promise<Metadata> {
  const section = figureSectionSchema.safeParse((await params).section);
  const t = await getTranslations("reports");
  return { title: section.success ? `${t(`sections.${section.data}`)} · ${t("figuresTitle")}` : t("figuresTitle") };
}

/** A section's figures for a period: counts only, what an ANALYST may see. */
export default async function FiguresPage({
  params,
  searchParams,
}: {
  params: Promise<{ section: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor("reports.aggregate.read");
  const parsedSection = figureSectionSchema.safeParse((await params).section);
  if (!parsedSection.success) notFound();
  const section = parsedSection.data;
  const raw = await searchParams;
  // A period typed wrong (ending before it starts) is said, and the rest of the query still holds.
  const strict = figuresQuerySchema.safeParse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v)));
  const query = parseListQuery(figuresQuerySchema, raw);
  const figures = await getSectionFigures(actor.scope, section, query);
  if (!figures) notFound();
  const t = await getTranslations();
  const locale = await getLocale();
  const { from: _from, to: _to, ...filters } = query;
  const search = (extra: Record<string, string>) => {
    const out = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) if (value) out.set(key, String(value));
    for (const [key, value] of Object.entries(extra)) out.set(key, value);
    return out.toString();
  };
  const period = { from: figures.from, to: figures.to };
  const hrefFor = (p: { from: string; to: string }) => `/reports/figures/${section}?${search(p)}`;
  const fileHref = (format: "csv" | "xlsx", table?: string) =>
    `/reports/figures/${section}/export?${search({ ...period, format, ...(table ? { table } : {}) })}`;
  const lines = filterLines(filters, t as never, locale);
  return (
    <>
      <h1>{t("reports.figuresTitle")}</h1>
      <nav aria-label={t("reports.sectionsLabel")} className="toggle-links">
        {FIGURE_SECTIONS.map((s) => (
          <Link
            key={s}
            href={`/reports/figures/${s}?${search(period)}`}
            aria-current={s === section ? "page" : undefined}
          >
            {t(`reports.sections.${s}`)}
          </Link>
        ))}
      </nav>
      <p className="muted">{t(`reports.sectionIntro.${section}`)}</p>
      {strict.success ? null : (
        <Alert kind="error">
          {strict.error.issues.map((issue) => (
            <span key={issue.message}>{t(issue.message)} </span>
          ))}
        </Alert>
      )}
      <FiguresFilters section={section} query={query} period={period} hrefFor={hrefFor} />
      <p data-testid="figures-period">
        {t("reports.periodShown", {
          from: formatDate(`${figures.from}T12:00:00Z`, locale, "UTC"),
          to: formatDate(`${figures.to}T12:00:00Z`, locale, "UTC"),
        })}
        {lines.length ? ` · ${lines.join(" · ")}` : ""}
      </p>
      <p className="figure-files">
        {t("reports.downloadAll")}{" "}
        <a href={fileHref("xlsx")} download>
          XLSX
        </a>{" "}
        ·{" "}
        <a href={fileHref("csv")} download>
          CSV
        </a>
      </p>
      {figures.tables.map((table) => (
        <FigureTableView key={table.id} table={table} fileHref={(format) => fileHref(format, table.id)} />
      ))}
    </>
  );
}
