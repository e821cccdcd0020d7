// The year's situations counted by region and by type of exploitation, each split by status:
// two plain tables with captions (no JavaScript), scrolling inside their box on a phone.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/i18n/format";
import { regionName } from "@/lib/i18n/regions";
import { SITUATION_STATUSES } from "@/lib/situations/codes";
import type { SituationFigures, StatusCounts } from "@/lib/situations/figures";
import { TableWrap } from "@/components/ui/table-wrap";

export async function SituationFiguresSection({
  figures,
  previousHref,
  nextHref,
}: {
  figures: SituationFigures;
  /** The year before and after, keeping the page's other choices; null where there is none. */
  previousHref: string | null;
  nextHref: string | null;
}) {
  const t = await getTranslations("reports");
  const tv = await getTranslations("victims");
  const locale = await getLocale();
  const { year } = figures;
  const cells = (counts: StatusCounts) => (
    <>
      {SITUATION_STATUSES.map((status) => (
        <td key={status}>{counts[status]}</td>
      ))}
      <td>{counts.total}</td>
    </>
  );
  const statusHeaders = (
    <>
      {SITUATION_STATUSES.map((status) => (
        <th key={status} scope="col">
          {t(`statusColumns.${status}`)}
        </th>
      ))}
      <th scope="col">{t("total")}</th>
    </>
  );
  const allSituations = SITUATION_STATUSES.reduce(
    (sum, status) => ({
      ...sum,
      [status]: figures.byRegion.reduce((n, r) => n + r[status], 0),
    }),
    { total: figures.total } as StatusCounts,
  );
  return (
    <section aria-labelledby="situation-figures-heading" data-testid="situation-figures">
      <h2 id="situation-figures-heading">{t("situations")}</h2>
      <nav className="month-nav" aria-label={t("yearNav")}>
        {previousHref ? <Link href={previousHref}>← {t("previousYear")}</Link> : null}
        {nextHref ? <Link href={nextHref}>{t("nextYear")} →</Link> : null}
      </nav>
      <p className="muted">{t("situationsYearRule")}</p>
      {figures.total === 0 ? (
        <p className="muted" data-testid="situation-figures-total">
          {t("noSituations", { year: String(year) })}
        </p>
      ) : (
        <>
          <p data-testid="situation-figures-total">
            {t("situationsTotal", { count: figures.total, year: String(year) })}
          </p>
          <TableWrap>
            <table className="list" data-testid="situations-by-region">
              <caption className="table-caption">{t("byRegionCaption", { year: String(year) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("country")}</th>
                  <th scope="col">{t("region")}</th>
                  {statusHeaders}
                </tr>
              </thead>
              <tbody>
                {figures.byRegion.map((r) => (
                  <tr key={`${r.countryCode} ${r.regionCode ?? ""}`}>
                    <td>{countryName(r.countryCode, locale)}</td>
                    <th scope="row">
                      {r.regionCode ? (regionName(r.regionCode, locale) ?? r.regionCode) : t("regionNotRecorded")}
                    </th>
                    {cells(r)}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2}>
                    {t("allSituations")}
                  </th>
                  {cells(allSituations)}
                </tr>
              </tfoot>
            </table>
          </TableWrap>
          <TableWrap>
            <table className="list" data-testid="situations-by-type">
              <caption className="table-caption">{t("byTypeCaption", { year: String(year) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("exploitationType")}</th>
                  {statusHeaders}
                </tr>
              </thead>
              <tbody>
                {figures.byType.map((r) => (
                  <tr key={r.type ?? ""}>
                    <th scope="row">{r.type ? tv(`exploitationTypeNames.${r.type}`) : t("typeNotRecorded")}</th>
                    {cells(r)}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <p className="muted">{t("typesCountedUnderEach")}</p>
        </>
      )}
    </section>
  );
}
