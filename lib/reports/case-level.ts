// The anonymised case-level export (issue 20): one row per person in the CTDC/HTCDS column set
// (lib/reports/ctdc.ts), k-anonymous (lib/reports/k-anonymity.ts). Two passes over the people, in
// batches: the first counts their classes (what the plan needs), the second publishes each row
// the plan keeps. Neither holds the rows: a hundred thousand people stream through in batches of
// a few thousand, and only the classes (a few thousand) are kept.
//
// The facts are selected as codes in SQL: no name, contact, document number or free text is ever
// read. People found not to be victims (NOT_A_VICTIM) are not in the file. Rows leave in the order
// of their random ids, which follows nothing about the person.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db, readDbFor } from "@/lib/db";
import type { Scope } from "@/lib/roles/scope";
import { figuresOrganisation, mayExportNetwork } from "./policy";
import { toCtdcRow, type CtdcRow, type PersonFacts } from "./ctdc";
import { classOf, countClass, planAnonymisation, publish, type AnonymisationPlan } from "./k-anonymity";
import { AGE_AT_IDENTIFICATION } from "./people-figures";

/** CTDC publishes with k = 11; so do we, for an organisation's file and the network's alike. */
export const EXPORT_K = 11;
const BATCH = 5000;

/** Whose people and which years of registration (both included; none: every year). */
export interface CaseSelection {
  organisationIds: readonly string[];
  fromYear?: number;
  toYear?: number;
}

interface FactRow {
  id: string;
  identified_on: string;
  sex: PersonFacts["sex"];
  age: number | null;
  citizenships: string[];
  exploitation_countries: string[] | null;
  exploitation_types: PersonFacts["exploitationTypes"];
  means_of_control: PersonFacts["meansOfControl"];
  labour_sectors: PersonFacts["labourSectors"];
  recruitment_method: PersonFacts["recruitmentMethod"];
}

/** One organisation's people, a batch at a time, as facts (each organisation under its own row-level security). */
async function* factsOf(organisationId: string, selection: CaseSelection): AsyncGenerator<PersonFacts[]> {
  const db = readDbFor({ organisationId });
  const years: Prisma.Sql[] = [];
  if (selection.fromYear) years.push(Prisma.sql`AND v.identified_on >= ${`${selection.fromYear}-01-01`}::date`);
  if (selection.toYear) years.push(Prisma.sql`AND v.identified_on <= ${`${selection.toYear}-12-31`}::date`);
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = await db.$queryRaw<FactRow[]>`
      SELECT v.id, to_char(v.identified_on, 'YYYY-MM-DD') AS identified_on, v.sex::text AS sex,
             ${AGE_AT_IDENTIFICATION} AS age, v.citizenships,
             (SELECT array_agg(te.country_code ORDER BY te.started_on NULLS LAST, te.created_at)
                FROM trafficking_events te
               WHERE te.victim_id = v.id AND te.kind = 'EXPLOITATION' AND te.country_code IS NOT NULL) AS exploitation_countries,
             v.exploitation_types::text[] AS exploitation_types, v.means_of_control::text[] AS means_of_control,
             v.labour_sectors::text[] AS labour_sectors, v.recruitment_method::text AS recruitment_method
        FROM victims v
       WHERE v.organisation_id = ${organisationId}::uuid AND v.id > ${after}::uuid
         AND v.trafficking_status IS DISTINCT FROM 'NOT_A_VICTIM' ${years.length ? Prisma.join(years, " ") : Prisma.empty}
       ORDER BY v.id
       LIMIT ${BATCH}`;
    if (rows.length === 0) return;
    yield rows.map((row) => ({
      identifiedOn: row.identified_on,
      sex: row.sex,
      ageAtIdentification: row.age,
      citizenships: row.citizenships,
      exploitationCountries: row.exploitation_countries ?? [],
      exploitationTypes: row.exploitation_types,
      meansOfControl: row.means_of_control,
      labourSectors: row.labour_sectors,
      recruitmentMethod: row.recruitment_method,
    }));
    after = rows.at(-1)!.id;
    if (rows.length < BATCH) return;
  }
}

async function* ctdcRowsOf(selection: CaseSelection): AsyncGenerator<CtdcRow[]> {
  for (const organisationId of selection.organisationIds)
    for await (const facts of factsOf(organisationId, selection)) yield facts.map(toCtdcRow);
}

/** The first pass: the plan (levels and what is suppressed) for the selection's people. */
export async function planCaseExport(selection: CaseSelection): Promise<AnonymisationPlan> {
  const classes = new Map<string, number>();
  for await (const rows of ctdcRowsOf(selection)) for (const row of rows) countClass(classes, row);
  return planAnonymisation(classes, { k: EXPORT_K });
}

/**
 * The second pass: the published rows, a batch at a time (a batch may be empty). The people may
 * have changed since the first pass (a record edited, a person added or found not to be a victim),
 * so a planned class of k could arrive with fewer: each class's rows are held back until k of them
 * have arrived, then let through, and a class that never reaches k is never sent. What is held is
 * at most k − 1 rows of each class still short, never the file.
 */
export async function* publishedCaseRows(selection: CaseSelection, plan: AnonymisationPlan): AsyncGenerator<CtdcRow[]> {
  const waiting = new Map<string, CtdcRow[]>();
  const open = new Set<string>();
  for await (const rows of ctdcRowsOf(selection)) {
    const kept: CtdcRow[] = [];
    for (const row of rows) {
      const out = publish(row, plan);
      if (!out) continue;
      const key = classOf(out);
      if (open.has(key)) {
        kept.push(out);
        continue;
      }
      const held = waiting.get(key) ?? [];
      held.push(out);
      if (held.length >= plan.k) {
        kept.push(...held);
        waiting.delete(key);
        open.add(key);
      } else waiting.set(key, held);
    }
    yield kept;
  }
}

/**
 * Whose people an anonymised file holds: the actor's own organisation's (figures roles), or the
 * network's organisations that chose to add theirs (the network administrator); null when neither.
 */
export async function caseSelectionFor(
  scope: Scope,
  pool: "organisation" | "network",
  years: { fromYear?: number; toYear?: number },
): Promise<CaseSelection | null> {
  if (pool === "organisation") {
    const organisationId = figuresOrganisation(scope);
    return organisationId ? { organisationIds: [organisationId], ...years } : null;
  }
  if (!mayExportNetwork(scope)) return null;
  const pooled = await db.organisation.findMany({
    where: { sharesAnonymisedData: true, active: true },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return { organisationIds: pooled.map((o) => o.id), ...years };
}
