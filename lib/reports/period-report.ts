// The period report: every section's figures for a quarter or a year, as a donor, a ministry or an
// annual report gets them. It leaves the organisation, so small numbers are hidden (decision 0032)
// and no filter narrows it: the same figures for every reader.
import "server-only";
import type { Scope } from "@/lib/roles/scope";
import { FIGURE_SECTIONS } from "./codes";
import { figuresToday, getSectionFigures } from "./data";
import { quarterDays, quarterOf } from "./schema";
import type { SectionFigures } from "./types";

export interface ReportPeriod {
  /** "2026-Q3" or "2026". */
  code: string;
  year: number;
  quarter: number | null;
  from: string;
  to: string;
}

const PERIOD = /^(\d{4})(?:-Q([1-4]))?$/;

/** The period a code names; null for a code that names none (or one before 2000). */
export function reportPeriodOf(code: string): ReportPeriod | null {
  const match = PERIOD.exec(code);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000) return null;
  const quarter = match[2] ? Number(match[2]) : null;
  const days = quarter ? quarterDays(year, quarter) : { from: `${year}-01-01`, to: `${year}-12-31` };
  return { code, year, quarter, ...days };
}

/** The last quarter that has ended in the organisation's calendar: what a report is usually for. */
export function lastEndedQuarter(today: string): ReportPeriod {
  const current = quarterOf(today);
  const before = quarterOf(new Date(Date.parse(`${current.from}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10));
  const year = Number(before.from.slice(0, 4));
  const quarter = (Number(before.from.slice(5, 7)) + 2) / 3;
  return reportPeriodOf(`${year}-Q${quarter}`)!;
}

/** The period asked for, or the last ended quarter. */
export function reportPeriod(scope: Scope, code: string | undefined): ReportPeriod {
  return (code ? reportPeriodOf(code) : null) ?? lastEndedQuarter(figuresToday(scope));
}

/** Every section for the period, small numbers hidden; null when the actor may not see figures. */
export async function getPeriodReport(scope: Scope, period: ReportPeriod): Promise<SectionFigures[] | null> {
  const query = { from: period.from, to: period.to };
  const sections: SectionFigures[] = [];
  // One after another: each section is one statement, and a report is asked rarely.
  for (const section of FIGURE_SECTIONS) {
    const figures = await getSectionFigures(scope, section, query, "outside");
    if (!figures) return null;
    sections.push(figures);
  }
  return sections;
}
