// People assisted in a period, and the services they got: counted by the database in one statement
// per section, over the organisation's own records (a person shared with it by a partner is the
// partner's to count). No row, name or id of a person leaves the database.
//
// A person is assisted in the period when their case was open during it: identified on or before
// its last day and not closed before its first (docs/decisions/0032).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { assembleTables, type CountedRow } from "./assemble";
import { SECTION_TABLES } from "./codes";
import type { FiguresFilters } from "./schema";
import type { FigureTable } from "./types";
import type { SqlPeriod } from "./period-sql";

type Db = Pick<Tx, "$queryRaw">;

/** Age in whole years when the person was identified: from the birth date, else as estimated. */
export const AGE_AT_IDENTIFICATION = Prisma.sql`CASE WHEN v.birth_date IS NOT NULL THEN extract(year FROM age(v.identified_on, v.birth_date))::int
  ELSE v.estimated_age END`;

/** The CTDC band of that age (lib/reports/codes.ts AGE_BANDS). */
const AGE_BAND = Prisma.sql`CASE WHEN a.age IS NULL THEN NULL WHEN a.age <= 8 THEN '0-8' WHEN a.age <= 17 THEN '9-17'
  WHEN a.age <= 20 THEN '18-20' WHEN a.age <= 23 THEN '21-23' WHEN a.age <= 26 THEN '24-26' WHEN a.age <= 29 THEN '27-29'
  WHEN a.age <= 38 THEN '30-38' WHEN a.age <= 47 THEN '39-47' ELSE '48+' END`;

/** The people counted: `f` (id, sex, citizenships, …, age_band), narrowed by the filters. */
function peopleCounted(organisationId: string, period: SqlPeriod, filters: FiguresFilters) {
  const where: Prisma.Sql[] = [
    Prisma.sql`v.organisation_id = ${organisationId}::uuid`,
    Prisma.sql`v.identified_on <= ${period.to}::date`,
    Prisma.sql`(v.closed_at IS NULL OR v.closed_at >= ${period.fromInstant})`,
  ];
  if (filters.sex) where.push(Prisma.sql`v.sex::text = ${filters.sex}`);
  if (filters.citizenship) where.push(Prisma.sql`${filters.citizenship} = ANY (v.citizenships)`);
  if (filters.exploitationType)
    where.push(Prisma.sql`${filters.exploitationType} = ANY (v.exploitation_types::text[])`);
  if (filters.identifiedBy) where.push(Prisma.sql`v.identified_by::text = ${filters.identifiedBy}`);
  if (filters.exploitationCountry)
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM trafficking_events te WHERE te.victim_id = v.id
      AND te.kind = 'EXPLOITATION' AND te.country_code = ${filters.exploitationCountry})`);
  const band = filters.ageBand ? Prisma.sql`WHERE age_band = ${filters.ageBand}` : Prisma.empty;
  return Prisma.sql`f AS MATERIALIZED (
    SELECT * FROM (
      SELECT v.id, v.sex::text AS sex, v.citizenships, v.exploitation_types, v.means_of_control,
             v.region_of_origin, v.identified_by::text AS identified_by, ${AGE_BAND} AS age_band
        FROM victims v CROSS JOIN LATERAL (SELECT ${AGE_AT_IDENTIFICATION} AS age) a
       WHERE ${Prisma.join(where, " AND ")}
    ) p ${band}
  )`;
}

export async function peopleFigures(
  db: Db,
  organisationId: string,
  period: SqlPeriod,
  filters: FiguresFilters,
): Promise<FigureTable[]> {
  const rows = await db.$queryRaw<CountedRow[]>`
    WITH ${peopleCounted(organisationId, period, filters)}
    SELECT 'sex' AS tbl, sex AS key, NULL AS name, count(*) AS n FROM f GROUP BY 2
    UNION ALL SELECT 'ageBand', age_band, NULL, count(*) FROM f GROUP BY 2
    UNION ALL SELECT 'regionOfOrigin', region_of_origin, NULL, count(*) FROM f GROUP BY 2
    UNION ALL SELECT 'identifiedBy', identified_by, NULL, count(*) FROM f GROUP BY 2
    UNION ALL SELECT 'citizenship', c, NULL, count(*) FROM f LEFT JOIN LATERAL unnest(f.citizenships) c ON true GROUP BY 2
    UNION ALL SELECT 'exploitationType', t::text, NULL, count(*)
      FROM f LEFT JOIN LATERAL unnest(f.exploitation_types) t ON true GROUP BY 2
    UNION ALL SELECT 'meansOfControl', m::text, NULL, count(*)
      FROM f LEFT JOIN LATERAL unnest(f.means_of_control) m ON true GROUP BY 2
    UNION ALL SELECT 'exploitationCountry', e.country_code, NULL, count(*)
      FROM f LEFT JOIN LATERAL (SELECT DISTINCT te.country_code FROM trafficking_events te
                                 WHERE te.victim_id = f.id AND te.kind = 'EXPLOITATION' AND te.country_code IS NOT NULL) e ON true
     GROUP BY 2
    UNION ALL SELECT 'people', NULL, NULL, count(*) FROM f`;
  const assisted = Number(rows.find((row) => row.tbl === "people")?.n ?? 0);
  return assembleTables(SECTION_TABLES.people, rows, {
    citizenship: assisted,
    exploitationType: assisted,
    meansOfControl: assisted,
    exploitationCountry: assisted,
  });
}

/**
 * Services the same people got in the period: the support-plan areas they were helped in (a step
 * under way or done during the period; people, each once per area) and the services a shelter gave
 * them (each time given).
 */
export async function serviceFigures(
  db: Db,
  organisationId: string,
  period: SqlPeriod,
  filters: FiguresFilters,
): Promise<FigureTable[]> {
  const rows = await db.$queryRaw<CountedRow[]>`
    WITH ${peopleCounted(organisationId, period, filters)},
    s AS (
      SELECT s.victim_id, s.area::text AS area FROM support_plan_items s JOIN f ON f.id = s.victim_id
       WHERE s.status <> 'PLANNED'
         AND coalesce(s.started_on, s.done_on, s.planned_on, s.created_at::date) <= ${period.to}::date
         AND (s.done_on IS NULL OR s.done_on >= ${period.from}::date)
    )
    SELECT 'supportArea' AS tbl, area AS key, NULL AS name, count(DISTINCT victim_id) AS n FROM s GROUP BY 2
    UNION ALL SELECT 'supportAreaPeople', NULL, NULL, count(DISTINCT victim_id) FROM s
    UNION ALL SELECT 'stayService', ss.kind::text, NULL, count(*)
      FROM stay_services ss JOIN shelter_stays st ON st.id = ss.stay_id JOIN f ON f.id = st.victim_id
     WHERE ss.provided_on BETWEEN ${period.from}::date AND ${period.to}::date GROUP BY 2`;
  return assembleTables(SECTION_TABLES.services, rows, {
    supportArea: Number(rows.find((row) => row.tbl === "supportAreaPeople")?.n ?? 0),
  });
}
