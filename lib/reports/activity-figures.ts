// Hotline calls, shelter stays and returns home of a period, counted by the database in one
// statement per section. Codes, counts and (for the organisation's own staff) its shelters' names:
// no caller, person or case leaves the database.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { readCallCounts } from "@/lib/hotline/call-counts";
import { assembleTables, type CountedRow } from "./assemble";
import { SECTION_TABLES } from "./codes";
import type { FiguresFilters } from "./schema";
import type { FigureTable } from "./types";
import type { SqlPeriod } from "./period-sql";

type Db = Pick<Tx, "$queryRaw">;

/**
 * Calls received in the period (voided ones are not calls), by type, topic, channel and the
 * caller's region: from the counts kept as calls are written (lib/hotline/call-counts.ts), or,
 * narrowed to the person's sex or citizenship (which the counts do not keep), from the calls.
 */
export async function callFigures(
  db: Db,
  organisationId: string,
  period: SqlPeriod,
  filters: FiguresFilters,
): Promise<FigureTable[]> {
  const rows =
    filters.sex || filters.citizenship
      ? await countCalls(db, organisationId, period, filters)
      : (await readCallCounts(db, organisationId, period.from, period.to, CALL_TABLES)).map((count): CountedRow => ({
          tbl: count.dimension,
          key: count.key,
          name: null,
          n: count.n,
        }));
  return assembleTables(SECTION_TABLES.calls, rows, {
    topic: Number(rows.find((row) => row.tbl === "calls")?.n ?? 0),
  });
}

const CALL_TABLES = ["calls", "callType", "topic", "channel", "callerRegion"] as const;

/** The same figures counted from the calls themselves (also what the counts are tested against). */
export async function countCalls(
  db: Db,
  organisationId: string,
  period: SqlPeriod,
  filters: FiguresFilters,
): Promise<CountedRow[]> {
  const where: Prisma.Sql[] = [
    Prisma.sql`organisation_id = ${organisationId}::uuid`,
    Prisma.sql`received_at >= ${period.fromInstant} AND received_at < ${period.endInstant}`,
    Prisma.sql`voided_at IS NULL`,
  ];
  if (filters.sex) where.push(Prisma.sql`person_sex::text = ${filters.sex}`);
  if (filters.citizenship) where.push(Prisma.sql`person_citizenship = ${filters.citizenship}`);
  return db.$queryRaw<CountedRow[]>`
    WITH c AS MATERIALIZED (
      SELECT call_type::text AS call_type, topics, channel::text AS channel,
             coalesce(caller_region, caller_country) AS region
        FROM hotline_calls WHERE ${Prisma.join(where, " AND ")}
    )
    SELECT 'callType' AS tbl, call_type AS key, NULL AS name, count(*) AS n FROM c GROUP BY 2
    UNION ALL SELECT 'topic', t::text, NULL, count(*) FROM c LEFT JOIN LATERAL unnest(c.topics) t ON true GROUP BY 2
    UNION ALL SELECT 'channel', channel, NULL, count(*) FROM c GROUP BY 2
    UNION ALL SELECT 'callerRegion', region, NULL, count(*) FROM c GROUP BY 2
    UNION ALL SELECT 'calls', NULL, NULL, count(*) FROM c`;
}

/**
 * The organisation's shelters in the period: admissions (by shelter), bed-nights (nights spent in
 * the period, a stay still open counting to today) and the length of the stays that ended in it.
 * Days are the organisation's local days.
 */
export async function shelterFigures(db: Db, organisationId: string, period: SqlPeriod, today: string) {
  const tz = period.timeZone;
  const rows = await db.$queryRaw<CountedRow[]>`
    WITH s AS MATERIALIZED (
      SELECT st.shelter_id::text AS shelter, sh.name,
             -- The columns hold UTC without a zone: read as UTC first, then as the organisation's day.
             (st.admitted_at AT TIME ZONE 'UTC' AT TIME ZONE ${tz})::date AS a,
             (st.discharged_at AT TIME ZONE 'UTC' AT TIME ZONE ${tz})::date AS d
        FROM shelter_stays st JOIN shelters sh ON sh.id = st.shelter_id
       WHERE sh.organisation_id = ${organisationId}::uuid
         AND st.admitted_at < ${period.endInstant}
         AND (st.discharged_at IS NULL OR st.discharged_at >= ${period.fromInstant})
    )
    SELECT 'admissions' AS tbl, shelter AS key, name, count(*) AS n FROM s WHERE a >= ${period.from}::date GROUP BY 2, 3
    UNION ALL SELECT 'bedNights', shelter, name,
           sum(greatest(0, least(coalesce(d, ${today}::date), ${period.to}::date + 1, ${today}::date + 1) - greatest(a, ${period.from}::date)))
      FROM s GROUP BY 2, 3
    UNION ALL SELECT 'lengthOfStay',
           CASE WHEN d - a < 7 THEN '0-6' WHEN d - a < 30 THEN '7-29' WHEN d - a < 90 THEN '30-89'
                WHEN d - a < 180 THEN '90-179' ELSE '180+' END, NULL, count(*)
      FROM s WHERE d BETWEEN ${period.from}::date AND ${period.to}::date GROUP BY 2`;
  return assembleTables(SECTION_TABLES.shelters, rows);
}

/**
 * Returns home the organisation takes part in (either side; the home side once the case was
 * requested, as on the board) opened in the period, by pair of countries and by kind.
 */
export async function returnFigures(
  db: Db,
  organisationId: string,
  period: SqlPeriod,
  filters: FiguresFilters,
): Promise<FigureTable[]> {
  const kind = filters.kind ? Prisma.sql`AND kind::text = ${filters.kind}` : Prisma.empty;
  const rows = await db.$queryRaw<CountedRow[]>`
    WITH r AS MATERIALIZED (
      SELECT sending_country || '>' || receiving_country AS pair, kind::text AS kind FROM repatriations
       WHERE (sending_organisation_id = ${organisationId}::uuid
              OR (receiving_organisation_id = ${organisationId}::uuid AND status <> 'DRAFT'))
         AND created_at >= ${period.fromInstant} AND created_at < ${period.endInstant} ${kind}
    )
    SELECT 'pair' AS tbl, pair AS key, NULL AS name, count(*) AS n FROM r GROUP BY 2
    UNION ALL SELECT 'kind', kind, NULL, count(*) FROM r GROUP BY 2`;
  return assembleTables(SECTION_TABLES.returns, rows);
}
