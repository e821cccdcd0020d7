// The figures pages' filter form: the period (two days, or a quarter or a year in one click) and
// the section's dimensions. Codes only, so it asks by GET: the page can be bookmarked and shared.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { countryChoices } from "@/lib/i18n/countries";
import { RETURN_KINDS } from "@/lib/repatriations/codes";
import { AGE_BANDS, type FigureSection } from "@/lib/reports/codes";
import { quarterDays, SECTION_FILTERS, type FiguresQuery } from "@/lib/reports/schema";
import { EXPLOITATION_TYPES, IDENTIFIED_BY } from "@/lib/victims/codes";
import { SEXES } from "@/lib/vocabulary/person";
import { CountryOptions } from "@/components/ui/country-options";
import { Options } from "@/components/ui/options";

export async function FiguresFilters({
  section,
  query,
  period,
  hrefFor,
}: {
  section: FigureSection;
  query: FiguresQuery;
  period: { from: string; to: string };
  /** The page's link for another period, keeping the filters. */
  hrefFor: (period: { from: string; to: string }) => string;
}) {
  const t = await getTranslations();
  const locale = await getLocale();
  const fields = SECTION_FILTERS[section] as readonly string[];
  const year = Number(period.from.slice(0, 4));
  const all = t("common.all");
  const current = (p: { from: string; to: string }) =>
    p.from === period.from && p.to === period.to ? ("page" as const) : undefined;
  const countries = countryChoices(locale);
  return (
    <>
      <nav aria-label={t("reports.periods")} className="toggle-links">
        <Link href={hrefFor({ from: `${year - 1}-01-01`, to: `${year - 1}-12-31` })}>← {year - 1}</Link>
        {[1, 2, 3, 4].map((quarter) => {
          const days = quarterDays(year, quarter);
          return (
            <Link key={quarter} href={hrefFor(days)} aria-current={current(days)}>
              {t("reports.quarter", { quarter, year })}
            </Link>
          );
        })}
        <Link
          href={hrefFor({ from: `${year}-01-01`, to: `${year}-12-31` })}
          aria-current={current({ from: `${year}-01-01`, to: `${year}-12-31` })}
        >
          {t("reports.wholeYear", { year })}
        </Link>
        <Link href={hrefFor({ from: `${year + 1}-01-01`, to: `${year + 1}-12-31` })}>{year + 1} →</Link>
      </nav>
      {/* Keyed by what it shows: a link to another period renders the same page anew, and React
          would keep the fields' old values (defaultValue only sets the first). */}
      <form
        key={JSON.stringify({ period, query })}
        className="filters"
        method="get"
        aria-label={t("reports.filtersLabel")}
      >
        <div className="field">
          <label htmlFor="from">{t("reports.from")}</label>
          <input id="from" name="from" type="date" defaultValue={period.from} min="2000-01-01" required />
        </div>
        <div className="field">
          <label htmlFor="to">{t("reports.to")}</label>
          <input id="to" name="to" type="date" defaultValue={period.to} min="2000-01-01" required />
        </div>
        {fields.includes("sex") ? (
          <div className="field">
            <label htmlFor="sex">{t("reports.filters.sex")}</label>
            <select id="sex" name="sex" defaultValue={query.sex ?? ""}>
              <Options values={SEXES} label={(v) => t(`victims.sexes.${v}`)} empty={all} />
            </select>
          </div>
        ) : null}
        {fields.includes("ageBand") ? (
          <div className="field">
            <label htmlFor="ageBand">{t("reports.filters.ageBand")}</label>
            <select id="ageBand" name="ageBand" defaultValue={query.ageBand ?? ""}>
              <Options values={AGE_BANDS} label={(band) => t("reports.years", { band })} empty={all} />
            </select>
          </div>
        ) : null}
        {fields.includes("citizenship") ? (
          <div className="field">
            <label htmlFor="citizenship">{t("reports.filters.citizenship")}</label>
            <select id="citizenship" name="citizenship" defaultValue={query.citizenship ?? ""}>
              <option value="">{all}</option>
              <CountryOptions countries={countries} />
            </select>
          </div>
        ) : null}
        {fields.includes("exploitationCountry") ? (
          <div className="field">
            <label htmlFor="exploitationCountry">{t("reports.filters.exploitationCountry")}</label>
            <select id="exploitationCountry" name="exploitationCountry" defaultValue={query.exploitationCountry ?? ""}>
              <option value="">{all}</option>
              <CountryOptions countries={countries} />
            </select>
          </div>
        ) : null}
        {fields.includes("exploitationType") ? (
          <div className="field">
            <label htmlFor="exploitationType">{t("reports.filters.exploitationType")}</label>
            <select id="exploitationType" name="exploitationType" defaultValue={query.exploitationType ?? ""}>
              <Options values={EXPLOITATION_TYPES} label={(v) => t(`victims.exploitationTypeNames.${v}`)} empty={all} />
            </select>
          </div>
        ) : null}
        {fields.includes("identifiedBy") ? (
          <div className="field">
            <label htmlFor="identifiedBy">{t("reports.filters.identifiedBy")}</label>
            <select id="identifiedBy" name="identifiedBy" defaultValue={query.identifiedBy ?? ""}>
              <Options values={IDENTIFIED_BY} label={(v) => t(`victims.identifiedByOptions.${v}`)} empty={all} />
            </select>
          </div>
        ) : null}
        {fields.includes("kind") ? (
          <div className="field">
            <label htmlFor="kind">{t("reports.filters.kind")}</label>
            <select id="kind" name="kind" defaultValue={query.kind ?? ""}>
              <Options values={RETURN_KINDS} label={(v) => t(`repatriations.kinds.${v}`)} empty={all} />
            </select>
          </div>
        ) : null}
        <button className="btn btn-secondary" type="submit">
          {t("reports.show")}
        </button>
      </form>
    </>
  );
}
