// The month at a glance: calls per day stacked by urgency (an SVG drawn on the server, no
// JavaScript), calls per topic as bars, and the same figures as a table for screen readers.
import { getTranslations } from "next-intl/server";
import type { MonthFigures } from "@/lib/hotline/types";

const SERIES = [
  { key: "CRITICAL", colour: "#a4262c" },
  { key: "URGENT", colour: "#f0b429" },
  { key: "NON_CRITICAL", colour: "#1f5f8b" },
  { key: "other", colour: "#9aa5b5" },
] as const;

export async function MonthChart({ figures, title }: { figures: MonthFigures; title: string }) {
  const t = await getTranslations("hotline");
  const width = 640;
  const height = 180;
  const pad = { left: 28, bottom: 20, top: 8 };
  const max = Math.max(1, ...figures.days.map((d) => d.CRITICAL + d.URGENT + d.NON_CRITICAL + d.other));
  const barWidth = (width - pad.left) / figures.days.length;
  const scale = (n: number) => (n / max) * (height - pad.bottom - pad.top);
  const topicMax = Math.max(1, ...figures.topics.map((x) => x.count));
  return (
    <section aria-labelledby="month-heading">
      <h2 id="month-heading">{title}</h2>
      <p className="muted" data-testid="month-total">
        {t("monthTotal", { count: figures.total })}
      </p>
      <div className="month-view">
        <figure style={{ margin: 0 }}>
          <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t("byDay")}>
            <line x1={pad.left} x2={width} y1={height - pad.bottom} y2={height - pad.bottom} stroke="#d8dde6" />
            <text x={2} y={pad.top + 8} fontSize="10" fill="#5b6475">
              {max}
            </text>
            {figures.days.map((day, index) => {
              let y = height - pad.bottom;
              const x = pad.left + index * barWidth + 1;
              return (
                <g key={day.day}>
                  {SERIES.map((series) => {
                    const h = scale(day[series.key]);
                    y -= h;
                    return h > 0 ? (
                      <rect
                        key={series.key}
                        x={x}
                        y={y}
                        width={Math.max(1, barWidth - 2)}
                        height={h}
                        fill={series.colour}
                      />
                    ) : null;
                  })}
                  {(index + 1) % 5 === 0 || index === 0 ? (
                    <text x={x + barWidth / 2} y={height - 6} fontSize="9" textAnchor="middle" fill="#5b6475">
                      {index + 1}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </svg>
          <figcaption className="chart-legend">
            {SERIES.map((series) => (
              <span key={series.key} style={{ ["--swatch" as string]: series.colour }}>
                {t(`urgencyShort.${series.key}`)}
              </span>
            ))}
          </figcaption>
        </figure>
        <div>
          <h3 style={{ margin: "0 0 .5rem", fontSize: "1rem" }}>{t("byTopic")}</h3>
          <div className="topic-bars">
            {figures.topics.map((topic) => (
              <div key={topic.topic} className="topic-bar">
                <span>{t(`topicNames.${topic.topic}`)}</span>
                <span className="bar" style={{ width: `${(topic.count / topicMax) * 100}%` }} />
                <span>{topic.count}</span>
              </div>
            ))}
          </div>
        </div>
      </div>
      <details>
        <summary>{t("chartTable")}</summary>
        <table className="list">
          <thead>
            <tr>
              <th>{t("day")}</th>
              {SERIES.map((s) => (
                <th key={s.key}>{t(`urgencyShort.${s.key}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {figures.days.map((day) => (
              <tr key={day.day}>
                <td>{day.day}</td>
                {SERIES.map((s) => (
                  <td key={s.key}>{day[s.key]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
