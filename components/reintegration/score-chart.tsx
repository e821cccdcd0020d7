// Follow-up scores over the months after the return, drawn on the server (SVG, no JavaScript):
// one line per series (a kind of return, a country pair, a kind of assistance), and the same
// figures as a table for screen readers and for reading exact values.
import { FOLLOW_UP_MONTHS } from "@/lib/reintegration/codes";
import type { ScorePoint } from "@/lib/reintegration/figures";
import { TableWrap } from "@/components/ui/table-wrap";

const COLOURS = ["#1f5f8b", "#b5542c", "#3c7d3a", "#6b4c9a", "#8a6d1f", "#2a7f7f"];

export function ScoreChart({
  series,
  label,
  monthLabel,
  countLabel,
  testId,
}: {
  series: { key: string; name: string; points: ScorePoint[] }[];
  /** The chart's accessible name. */
  label: string;
  monthLabel: (month: number) => string;
  countLabel: (n: number) => string;
  testId: string;
}) {
  const width = 640;
  const height = 220;
  const left = 36;
  const right = 12;
  const top = 10;
  const bottom = 28;
  const x = (month: number) =>
    left + (FOLLOW_UP_MONTHS.indexOf(month as never) / (FOLLOW_UP_MONTHS.length - 1)) * (width - left - right);
  const y = (mean: number) => top + (1 - mean) * (height - top - bottom);
  return (
    <figure style={{ margin: 0 }} data-testid={testId}>
      <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        {[0, 0.5, 1].map((v) => (
          <g key={v}>
            <line x1={left} x2={width - right} y1={y(v)} y2={y(v)} stroke="#d8dde5" />
            <text x={0} y={y(v) + 4} fontSize="11" fill="#5b6475">
              {Math.round(v * 100)}
            </text>
          </g>
        ))}
        {FOLLOW_UP_MONTHS.map((m) => (
          <text key={m} x={x(m)} y={height - 8} fontSize="11" fill="#5b6475" textAnchor="middle">
            {monthLabel(m)}
          </text>
        ))}
        {series.map((s, index) => {
          const colour = COLOURS[index % COLOURS.length];
          const points = [...s.points].sort((a, b) => a.month - b.month);
          return (
            <g key={s.key}>
              <polyline
                fill="none"
                stroke={colour}
                strokeWidth="2"
                points={points.map((p) => `${x(p.month)},${y(p.mean)}`).join(" ")}
              />
              {points.map((p) => (
                <circle key={p.month} cx={x(p.month)} cy={y(p.mean)} r="3.5" fill={colour} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption className="chart-legend">
        {series.map((s, index) => (
          <span key={s.key} style={{ ["--swatch" as string]: COLOURS[index % COLOURS.length] }}>
            {s.name}
          </span>
        ))}
      </figcaption>
      <TableWrap>
        <table className="list">
          <thead>
            <tr>
              <th>{label}</th>
              {FOLLOW_UP_MONTHS.map((m) => (
                <th key={m}>{monthLabel(m)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.map((s) => (
              <tr key={s.key}>
                <td>{s.name}</td>
                {FOLLOW_UP_MONTHS.map((m) => {
                  const point = s.points.find((p) => p.month === m);
                  return (
                    <td key={m} data-testid={`${testId}-${s.key}-${m}`}>
                      {point ? (
                        <>
                          {Math.round(point.mean * 100)} <span className="muted">({countLabel(point.n)})</span>
                        </>
                      ) : (
                        "—"
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </figure>
  );
}
