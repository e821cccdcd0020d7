// Situation figures: the organisation's situations of one year counted by region and by
// exploitation type, each split by status. Counts only: no reference, place, summary or person
// leaves this file, so ANALYSTs may see them. The database counts (GROUP BY, unnest for the types):
// no situation row is ever loaded here.
import "server-only";
import { readDbFor } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/roles/scope";
import { localDay, startOfLocalDay } from "@/lib/time/zoned";
import type { EXPLOITATION_TYPES } from "@/lib/victims/codes";
import { maySeeSituationFigures } from "./policy";
import type { SituationStatusCode } from "./codes";

type ExploitationType = (typeof EXPLOITATION_TYPES)[number];

/** The earliest year the figures may be asked for (the year selector stops there). */
export const FIRST_FIGURES_YEAR = 2000;

export type StatusCounts = Record<SituationStatusCode, number> & { total: number };

export interface SituationFigures {
  year: number;
  /** Situations of the year, each counted once. */
  total: number;
  /** Per country and region; `regionCode` null: the region was not recorded. */
  byRegion: ({ countryCode: string; regionCode: string | null } & StatusCounts)[];
  /** Per exploitation type; a situation counts once under each of its types; `type` null: none recorded. */
  byType: ({ type: ExploitationType | null } & StatusCounts)[];
}

/** The organisation's current year in its own calendar. */
export function currentFiguresYear(timeZone: string, now = new Date()): number {
  return Number(localDay(now, timeZone).slice(0, 4));
}

/** `?year=` as asked, when it is a whole year from FIRST_FIGURES_YEAR to this one; this year otherwise. */
export function figuresYearOf(value: string | undefined, timeZone: string, now = new Date()): number {
  const current = currentFiguresYear(timeZone, now);
  if (!/^\d{4}$/.test(value ?? "")) return current;
  const year = Number(value);
  return year >= FIRST_FIGURES_YEAR && year <= current ? year : current;
}

interface CountRow {
  open: bigint;
  monitoring: bigint;
  closed: bigint;
}

const counts = (row: CountRow): StatusCounts => {
  const OPEN = Number(row.open);
  const MONITORING = Number(row.monitoring);
  const CLOSED = Number(row.closed);
  return { OPEN, MONITORING, CLOSED, total: OPEN + MONITORING + CLOSED };
};

const STATUS_COLUMNS = Prisma.sql`count(*) FILTER (WHERE status = 'OPEN') AS open,
  count(*) FILTER (WHERE status = 'MONITORING') AS monitoring,
  count(*) FILTER (WHERE status = 'CLOSED') AS closed`;

/**
 * The year's situations of the actor's organisation; null when the actor may not see figures.
 * A situation belongs to the year it started in, or, with no start recorded, the year it was
 * recorded in (the organisation's calendar, as the hotline's month figures).
 */
export async function getSituationFigures(scope: Scope, year: number): Promise<SituationFigures | null> {
  const db = readDbFor(scope);
  if (!maySeeSituationFigures(scope) || !scope.organisationId) return null;
  const timeZone = scope.timeZone ?? "UTC";
  const firstDay = `${year}-01-01`;
  const nextYear = `${year + 1}-01-01`;
  // Row-level security keeps the rows to the organisation already; the condition says so again
  // and lets the organisation's indexes be used.
  const inYear = Prisma.sql`organisation_id = ${scope.organisationId}::uuid AND (
      (started_on >= ${firstDay}::date AND started_on < ${nextYear}::date)
      OR (started_on IS NULL AND created_at >= ${startOfLocalDay(firstDay, timeZone)} AND created_at < ${startOfLocalDay(nextYear, timeZone)})
    )`;
  const [regions, types] = await Promise.all([
    db.$queryRaw<(CountRow & { country_code: string; region_code: string | null })[]>`
      SELECT country_code, region_code, ${STATUS_COLUMNS}
      FROM situations WHERE ${inYear}
      GROUP BY 1, 2`,
    db.$queryRaw<(CountRow & { type: ExploitationType | null })[]>`
      SELECT t.type::text AS type, ${STATUS_COLUMNS}
      FROM situations LEFT JOIN LATERAL unnest(exploitation_types) AS t(type) ON true
      WHERE ${inYear}
      GROUP BY 1`,
  ]);
  const byRegion = regions.map((r) => ({ countryCode: r.country_code, regionCode: r.region_code, ...counts(r) }));
  // Countries by their situations, then their regions by theirs, "not recorded" last in each.
  const countryTotal = new Map<string, number>();
  for (const r of byRegion) countryTotal.set(r.countryCode, (countryTotal.get(r.countryCode) ?? 0) + r.total);
  byRegion.sort(
    (a, b) =>
      countryTotal.get(b.countryCode)! - countryTotal.get(a.countryCode)! ||
      a.countryCode.localeCompare(b.countryCode) ||
      Number(a.regionCode === null) - Number(b.regionCode === null) ||
      b.total - a.total ||
      (a.regionCode ?? "").localeCompare(b.regionCode ?? ""),
  );
  const byType = types
    .map((r) => ({ type: r.type, ...counts(r) }))
    .sort(
      (a, b) =>
        Number(a.type === null) - Number(b.type === null) ||
        b.total - a.total ||
        (a.type ?? "").localeCompare(b.type ?? ""),
    );
  return { year, total: byRegion.reduce((sum, r) => sum + r.total, 0), byRegion, byType };
}
