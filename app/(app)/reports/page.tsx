import { dateTimeFormat } from "@/lib/i18n/intl-cache";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { getMonthFigures } from "@/lib/hotline/data";
import { currentFiguresYear, figuresYearOf, FIRST_FIGURES_YEAR, getSituationFigures } from "@/lib/situations/figures";
import { localDay } from "@/lib/time/zoned";
import { MonthChart } from "@/components/hotline/month-chart";
import { MonthNav } from "@/components/hotline/month-nav";
import { SituationFiguresSection } from "@/components/situations/situation-figures";
import { getPerpetratorFigures } from "@/lib/perpetrators/figures";
import { PerpetratorFiguresTable } from "@/components/perpetrators/perpetrator-figures";
import { getLabourClaimFigures } from "@/lib/labour-claims/figures";
import { ClaimFiguresSection } from "@/components/labour-claims/claim-figures";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

/** Aggregate figures only: what an ANALYST may see. */
export default async function ReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor("reports.aggregate.read");
  const params = await searchParams;
  const timeZone = actor.timeZone;
  const month = /^\d{4}-\d{2}$/.test(params.month ?? "") ? params.month! : localDay(new Date(), timeZone).slice(0, 7);
  const year = figuresYearOf(params.year, timeZone);
  const [figures, situations, perpetrators, claims] = await Promise.all([
    getMonthFigures(actor.scope, month),
    getSituationFigures(actor.scope, year),
    getPerpetratorFigures(actor.scope, year),
    getLabourClaimFigures(actor.scope, year),
  ]);
  // The year links keep the month shown above, as the month links keep the year.
  const yearHref = (target: number) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value && key !== "year") search.set(key, value);
    search.set("year", String(target));
    return `/reports?${search.toString()}`;
  };
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <>
      <h1>{t("reports.title")}</h1>
      <p className="muted">{t("reports.aggregatesOnly")}</p>
      <p>
        <Link href="/reports/figures/people">{t("reports.figuresLink")}</Link>
      </p>
      <p>
        <Link href="/reports/period">{t("reports.periodReport.link")}</Link>
      </p>
      <p>
        <Link href="/reports/anonymised">{t("reports.anonymised.link")}</Link>
      </p>
      <p>
        <Link href="/repatriations/figures">{t("repatriations.figuresTitle")}</Link>
      </p>
      <h2>{t("reports.hotline")}</h2>
      <MonthNav month={month} basePath="/reports" params={params} />
      {figures ? (
        <MonthChart
          figures={figures}
          title={t("hotline.month", {
            month: dateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
              new Date(`${month}-15T00:00:00Z`),
            ),
          })}
        />
      ) : null}
      {situations ? (
        <SituationFiguresSection
          figures={situations}
          previousHref={year > FIRST_FIGURES_YEAR ? yearHref(year - 1) : null}
          nextHref={year < currentFiguresYear(timeZone) ? yearHref(year + 1) : null}
        />
      ) : null}
      {perpetrators ? <PerpetratorFiguresTable figures={perpetrators} year={year} /> : null}
      {claims ? <ClaimFiguresSection figures={claims} /> : null}
    </>
  );
}
