// Repatriation figures drawn on the server (SVG, no JavaScript): cases per country pair as bars
// (open and ended), and the same figures as a table for screen readers.
import { getLocale, getTranslations } from "next-intl/server";
import type { RepatriationFigures } from "@/lib/repatriations/figures";
import { countryName } from "@/lib/i18n/format";

export async function FiguresChart({ figures }: { figures: RepatriationFigures }) {
  const t = await getTranslations("repatriations");
  const locale = await getLocale();
  const rowHeight = 26;
  const labelWidth = 220;
  const width = 640;
  const height = Math.max(1, figures.pairs.length) * rowHeight + 8;
  const max = Math.max(1, ...figures.pairs.map((p) => p.total));
  const scale = (n: number) => (n / max) * (width - labelWidth - 40);
  const label = (p: { sendingCountry: string; receivingCountry: string }) =>
    `${countryName(p.sendingCountry, locale)} → ${countryName(p.receivingCountry, locale)}`;
  return (
    <figure style={{ margin: 0 }}>
      <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t("casesPerPair")}>
        {figures.pairs.map((p, index) => {
          const y = index * rowHeight + 4;
          return (
            <g key={`${p.sendingCountry}-${p.receivingCountry}`}>
              <text x={0} y={y + 15} fontSize="11" fill="#1d2433">
                {label(p)}
              </text>
              <rect x={labelWidth} y={y} width={scale(p.open)} height={rowHeight - 8} fill="#1f5f8b" />
              <rect
                x={labelWidth + scale(p.open)}
                y={y}
                width={scale(p.total - p.open)}
                height={rowHeight - 8}
                fill="#9aa5b5"
              />
              <text x={labelWidth + scale(p.total) + 4} y={y + 14} fontSize="11" fill="#5b6475">
                {p.total}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="chart-legend">
        <span style={{ ["--swatch" as string]: "#1f5f8b" }}>{t("openCases")}</span>
        <span style={{ ["--swatch" as string]: "#9aa5b5" }}>{t("endedCases")}</span>
      </figcaption>
      {/* Hidden by a box, not on the table: a table grows to its content and would widen a phone's page. */}
      <div className="visually-hidden">
        <table>
          <caption>{t("casesPerPair")}</caption>
          <thead>
            <tr>
              <th>{t("countryPair")}</th>
              <th>{t("openCases")}</th>
              <th>{t("allCases")}</th>
            </tr>
          </thead>
          <tbody>
            {figures.pairs.map((p) => (
              <tr key={`${p.sendingCountry}-${p.receivingCountry}`}>
                <td>{label(p)}</td>
                <td>{p.open}</td>
                <td>{p.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
