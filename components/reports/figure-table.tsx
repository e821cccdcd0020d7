// One figures table with its chart: each row's count and a bar to scale (the bars are the chart; the
// table is what a screen reader reads), the total, a note where rows overlap, and the table's files.
import { getLocale, getTranslations } from "next-intl/server";
import { MULTI_VALUED_TABLES, TABLE_UNITS } from "@/lib/reports/codes";
import { cellText, rowLabel } from "@/lib/reports/labels";
import { cellValue } from "@/lib/reports/suppress";
import type { FigureTable } from "@/lib/reports/types";
import { TableWrap } from "@/components/ui/table-wrap";

export async function FigureTableView({
  table,
  fileHref,
  headingLevel = 2,
}: {
  table: FigureTable;
  /** The table's own files (the figures pages); none in the period report, which is one file. */
  fileHref?: (format: "csv" | "xlsx") => string;
  /** 3 under a section's heading (the period report). */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const t = await getTranslations();
  const locale = await getLocale();
  const number = new Intl.NumberFormat(locale);
  const format = (n: number) => number.format(n);
  const max = Math.max(1, ...table.rows.map((row) => cellValue(row.count) ?? 0));
  const title = t(`reports.tables.${table.id}`);
  const unit = TABLE_UNITS[table.id];
  return (
    <section className="figure-table" aria-labelledby={`table-${table.id}`} data-testid={`figures-${table.id}`}>
      <Heading id={`table-${table.id}`}>{title}</Heading>
      {table.rows.length === 0 ? (
        <p className="muted">{t("reports.noneInPeriod")}</p>
      ) : (
        <TableWrap>
          <table className="list figures">
            <thead>
              <tr>
                <th scope="col">{t(`reports.dimensions.${table.id}`)}</th>
                <th scope="col" className="number">
                  {t(`reports.units.${unit}`)}
                </th>
                <th scope="col" className="figure-chart">
                  <span className="visually-hidden">{t("reports.chart")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => {
                const value = cellValue(row.count);
                return (
                  <tr key={row.key ?? "none"}>
                    <th scope="row">{rowLabel(table.id, row, t, locale)}</th>
                    <td className="number">{cellText(row.count, t, format)}</td>
                    <td className="figure-chart" aria-hidden="true">
                      {value ? <div className="figure-bar" style={{ width: `${(value / max) * 100}%` }} /> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t("reports.total")}</th>
                <td className="number" data-testid={`total-${table.id}`}>
                  {cellText(table.total, t, format)}
                </td>
                <td />
              </tr>
            </tfoot>
          </table>
        </TableWrap>
      )}
      {MULTI_VALUED_TABLES.has(table.id) && table.rows.length > 0 ? (
        <p className="muted">{t(`reports.overlap.${unit}`)}</p>
      ) : null}
      {fileHref ? (
        <p className="figure-files">
          {t("reports.download")}{" "}
          <a href={fileHref("csv")} download>
            CSV
          </a>{" "}
          ·{" "}
          <a href={fileHref("xlsx")} download>
            XLSX
          </a>
        </p>
      ) : null}
    </section>
  );
}
