// Unpaid wages in figures: owed and recovered per currency, each year and the months of the year
// chosen on the reports page. Plain tables with captions (no JavaScript), scrolling inside their box
// on a phone. Amounts in different currencies are never added together.
import { getLocale, getTranslations } from "next-intl/server";
import { dateTimeFormat } from "@/lib/i18n/intl-cache";
import { formatAmount, toCents } from "@/lib/labour-claims/amounts";
import type { ClaimFigures, ClaimSums } from "@/lib/labour-claims/figures";
import { TableWrap } from "@/components/ui/table-wrap";

export async function ClaimFiguresSection({ figures }: { figures: ClaimFigures }) {
  const t = await getTranslations("labourClaims.figures");
  const locale = await getLocale();
  const monthName = (month: number) =>
    dateTimeFormat(locale, { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(figures.year, month - 1, 15)));
  // The share recovered, in whole percent, from the exact amounts.
  const share = (r: ClaimSums) => {
    const owed = toCents(r.owed);
    return owed === 0n ? "—" : `${(toCents(r.recovered) * 100n) / owed}`;
  };
  const headers = (
    <>
      <th scope="col">{t("currency")}</th>
      <th scope="col">{t("claims")}</th>
      <th scope="col">{t("people")}</th>
      <th scope="col">{t("owed")}</th>
      <th scope="col">{t("recovered")}</th>
      <th scope="col">{t("share")}</th>
    </>
  );
  const cells = (r: ClaimSums) => (
    <>
      <td>{r.currency}</td>
      <td>{r.claims}</td>
      <td>{r.people}</td>
      <td>{formatAmount(r.owed, r.currency, locale)}</td>
      <td>{formatAmount(r.recovered, r.currency, locale)}</td>
      <td>{share(r)}</td>
    </>
  );
  return (
    <section aria-labelledby="claim-figures-heading" data-testid="claim-figures">
      <h2 id="claim-figures-heading">{t("title")}</h2>
      <p className="muted">{t("rule")}</p>
      {figures.byYear.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <>
          <TableWrap>
            <table className="list" data-testid="claims-by-year">
              <caption className="table-caption">{t("byYearCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("year")}</th>
                  {headers}
                </tr>
              </thead>
              <tbody>
                {figures.byYear.map((r) => (
                  <tr key={`${r.year} ${r.currency}`}>
                    <th scope="row">{r.year}</th>
                    {cells(r)}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          {figures.byMonth.length === 0 ? (
            <p className="muted">{t("noneInYear", { year: String(figures.year) })}</p>
          ) : (
            <TableWrap>
              <table className="list" data-testid="claims-by-month">
                <caption className="table-caption">{t("byMonthCaption", { year: String(figures.year) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("month")}</th>
                    {headers}
                  </tr>
                </thead>
                <tbody>
                  {figures.byMonth.map((r) => (
                    <tr key={`${r.month} ${r.currency}`}>
                      <th scope="row">{monthName(r.month)}</th>
                      {cells(r)}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </>
      )}
    </section>
  );
}
