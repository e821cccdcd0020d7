// Occupancy per month as bars (server-rendered SVG, no JavaScript), with the figures as a table.
import { dateTimeFormat } from "@/lib/i18n/intl-cache";
import { getTranslations } from "next-intl/server";

export async function OccupancyChart({
  series,
  locale,
}: {
  series: { month: string; bedNights: number; occupancyRate: number; averageLengthOfStay: number | null }[];
  locale: string;
}) {
  const t = await getTranslations("shelters");
  const width = 480;
  const height = 140;
  const barWidth = width / series.length;
  const label = (month: string) =>
    dateTimeFormat(locale, { month: "short", timeZone: "UTC" }).format(new Date(`${month}-15T00:00:00Z`));
  return (
    <figure style={{ margin: 0 }}>
      <svg className="chart" viewBox={`0 0 ${width} ${height + 20}`} role="img" aria-label={t("occupancyChart")}>
        {series.map((m, i) => {
          const h = Math.min(1, m.occupancyRate) * height;
          return (
            <g key={m.month}>
              <rect x={i * barWidth + 6} y={height - h} width={barWidth - 12} height={h} fill="#1f5f8b" />
              <text x={i * barWidth + barWidth / 2} y={height - h - 4} fontSize="11" textAnchor="middle" fill="#1d2433">
                {Math.round(m.occupancyRate * 100)}%
              </text>
              <text x={i * barWidth + barWidth / 2} y={height + 15} fontSize="11" textAnchor="middle" fill="#5b6475">
                {label(m.month)}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="list" data-testid="occupancy">
        <thead>
          <tr>
            <th>{t("month")}</th>
            <th>{t("bedNights")}</th>
            <th>{t("occupancyRate")}</th>
            <th>{t("averageStay")}</th>
          </tr>
        </thead>
        <tbody>
          {series.map((m) => (
            <tr key={m.month}>
              <td>{m.month}</td>
              <td>{m.bedNights}</td>
              <td>{Math.round(m.occupancyRate * 100)}%</td>
              <td>{m.averageLengthOfStay === null ? "—" : m.averageLengthOfStay.toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
