// The hotline's calls counted by the database as they are written (migration hotline_call_counts,
// decision 0038): per local day and per month of the organisation, one dimension at a time, plus
// the deltas not folded in yet. A period's figures are its whole months' counts, its other days'
// counts and the waiting deltas: a few hundred rows whatever the number of calls.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { nextDay } from "@/lib/time/zoned";

type Db = Pick<Tx, "$queryRaw">;

/** What is counted: the names of hotline_call_count_keys() in the migration. */
export type CallCountDimension = "calls" | "callType" | "channel" | "callerRegion" | "urgency" | "topic";

export interface CallCount {
  dimension: CallCountDimension;
  /** null: the call has none (no topic, no region, no urgency). */
  key: string | null;
  n: number;
}

const firstOfMonth = (day: string) => `${day.slice(0, 7)}-01`;
function firstOfNextMonth(day: string): string {
  const [y, m] = day.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
}

/**
 * The whole months inside [from, to] (local days, both included), as [first day, first day after):
 * null when there is none.
 */
export function wholeMonths(from: string, to: string): { start: string; end: string } | null {
  const start = from === firstOfMonth(from) ? from : firstOfNextMonth(from);
  const afterTo = nextDay(to);
  const end = afterTo === firstOfMonth(afterTo) ? afterTo : firstOfMonth(to);
  return start < end ? { start, end } : null;
}

/** The calls of [from, to] (the organisation's local days, both included) counted by each dimension asked. */
export async function readCallCounts(
  db: Db,
  organisationId: string,
  from: string,
  to: string,
  dimensions: readonly CallCountDimension[],
): Promise<CallCount[]> {
  const months = wholeMonths(from, to);
  // Days outside the whole months: all of them when there is none.
  const days = months
    ? Prisma.sql`(bucket >= ${from}::date AND bucket < ${months.start}::date) OR (bucket >= ${months.end}::date AND bucket <= ${to}::date)`
    : Prisma.sql`bucket BETWEEN ${from}::date AND ${to}::date`;
  const monthRows = months
    ? Prisma.sql`SELECT dimension, key, n FROM hotline_call_counts
         WHERE organisation_id = ${organisationId}::uuid AND kind = 'M' AND dimension = ANY(${dimensions}::text[])
           AND bucket >= ${months.start}::date AND bucket < ${months.end}::date
        UNION ALL`
    : Prisma.empty;
  const rows = await db.$queryRaw<{ dimension: CallCountDimension; key: string; n: bigint }[]>`
    SELECT dimension, key, sum(n) AS n FROM (
      ${monthRows}
      SELECT dimension, key, n FROM hotline_call_counts
       WHERE organisation_id = ${organisationId}::uuid AND kind = 'D' AND dimension = ANY(${dimensions}::text[]) AND (${days})
      UNION ALL
      SELECT dimension, key, n FROM hotline_call_count_deltas
       WHERE organisation_id = ${organisationId}::uuid AND day BETWEEN ${from}::date AND ${to}::date
         AND dimension = ANY(${dimensions}::text[])
    ) AS counted
    GROUP BY dimension, key HAVING sum(n) <> 0`;
  return rows.map((row) => ({ dimension: row.dimension, key: row.key || null, n: Number(row.n) }));
}

/** Some dimensions' counts per local day of [from, to], in one statement (a month's chart and its topics). */
export async function readDailyCallCounts(
  db: Db,
  organisationId: string,
  from: string,
  to: string,
  dimensions: readonly CallCountDimension[],
): Promise<{ day: string; dimension: CallCountDimension; key: string | null; n: number }[]> {
  const rows = await db.$queryRaw<{ day: string; dimension: CallCountDimension; key: string; n: bigint }[]>`
    SELECT to_char(day, 'YYYY-MM-DD') AS day, dimension, key, sum(n) AS n FROM (
      SELECT bucket AS day, dimension, key, n FROM hotline_call_counts
       WHERE organisation_id = ${organisationId}::uuid AND kind = 'D' AND dimension = ANY(${dimensions}::text[])
         AND bucket BETWEEN ${from}::date AND ${to}::date
      UNION ALL
      SELECT day, dimension, key, n FROM hotline_call_count_deltas
       WHERE organisation_id = ${organisationId}::uuid AND dimension = ANY(${dimensions}::text[])
         AND day BETWEEN ${from}::date AND ${to}::date
    ) AS counted
    GROUP BY 1, 2, 3 HAVING sum(n) <> 0`;
  return rows.map((row) => ({ day: row.day, dimension: row.dimension, key: row.key || null, n: Number(row.n) }));
}
