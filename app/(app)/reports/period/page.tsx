import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { getPeriodReport, reportPeriod, reportPeriodOf } from "@/lib/reports/period-report";
import { periodLabel } from "@/lib/reports/labels";
import { FigureTableView } from "@/components/reports/figure-table";
import { PrintButton } from "@/components/reports/print-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("periodReport.title") };
}

/**
 * The period report: every section for a quarter or a year, small numbers hidden, to print or to
 * download as a workbook for a donor. Counts only: what an ANALYST may see.
 */
export default async function PeriodReportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor("reports.aggregate.read");
  const period = reportPeriod(actor.scope, (await searchParams).period);
  const sections = await getPeriodReport(actor.scope, period);
  if (!sections) notFound();
  const t = await getTranslations();
  const locale = await getLocale();
  const label = (p: { year: number; quarter: number | null }) => periodLabel(p, t as never);
  const day = (d: string) => formatDate(`${d}T12:00:00Z`, locale, "UTC");
  const link = (code: string) => {
    const target = reportPeriodOf(code)!;
    return (
      <Link href={`/reports/period?period=${code}`} aria-current={code === period.code ? "page" : undefined}>
        {label(target)}
      </Link>
    );
  };
  return (
    <>
      <nav aria-label={t("reports.periods")} className="toggle-links no-print">
        <Link href={`/reports/period?period=${period.year - 1}`}>← {period.year - 1}</Link>
        {[1, 2, 3, 4].map((q) => (
          <span key={q}>{link(`${period.year}-Q${q}`)}</span>
        ))}
        {link(String(period.year))}
        <Link href={`/reports/period?period=${period.year + 1}`}>{period.year + 1} →</Link>
      </nav>
      <h1>{t("reports.periodReport.heading", { period: label(period) })}</h1>
      <p data-testid="report-period">
        {actor.current?.organisationName} · {t("reports.periodShown", { from: day(period.from), to: day(period.to) })} ·{" "}
        {t("reports.generatedAt")} {formatDateTime(new Date(), locale, actor.timeZone)}
      </p>
      <p className="muted">{t("reports.smallNumbersHidden")}</p>
      <p className="no-print figure-files">
        <a href={`/reports/period/export?period=${period.code}`} download>
          {t("reports.periodReport.download")}
        </a>{" "}
        <PrintButton label={t("reports.periodReport.print")} />
      </p>
      {sections.map((figures) => (
        <section key={figures.section} aria-labelledby={`section-${figures.section}`} className="report-section">
          <h2 id={`section-${figures.section}`}>{t(`reports.sections.${figures.section}`)}</h2>
          <p className="muted">{t(`reports.sectionIntro.${figures.section}`)}</p>
          {figures.tables.map((table) => (
            <FigureTableView key={table.id} table={table} headingLevel={3} />
          ))}
        </section>
      ))}
    </>
  );
}
