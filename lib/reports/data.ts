// The figures pages' one entry: a section's tables for a period, as the actor may see them.
import "server-only";
import { db, readDbFor } from "@/lib/db";
import type { Scope } from "@/lib/roles/scope";
import { localDay } from "@/lib/time/zoned";
import { callFigures, returnFigures, shelterFigures } from "./activity-figures";
import { SMALL_NUMBER_THRESHOLD, type FigureSection } from "./codes";
import { peopleFigures, serviceFigures } from "./people-figures";
import { sqlPeriod } from "./period-sql";
import { figuresOrganisation, hidesSmallNumbers, sharingOrganisation, type Audience } from "./policy";
import { periodOf, type FiguresQuery } from "./schema";
import { suppressTable } from "./suppress";
import type { FigureTable, SectionFigures } from "./types";

/** The organisation's local day today: the default period is its current quarter. */
export function figuresToday(scope: Scope, now = new Date()): string {
  return localDay(now, scope.timeZone ?? "UTC");
}

/** A section's figures; null when the actor may not see figures. */
export async function getSectionFigures(
  scope: Scope,
  section: FigureSection,
  query: FiguresQuery,
  audience: Audience = "staff",
): Promise<SectionFigures | null> {
  const organisationId = figuresOrganisation(scope);
  if (!organisationId) return null;
  const today = figuresToday(scope);
  const period = periodOf(query, today);
  const sql = sqlPeriod(period, scope.timeZone ?? "UTC");
  // Counts may trail the last minutes' writes by the replication lag when a replica is configured.
  const db = readDbFor(scope);
  let tables: FigureTable[];
  switch (section) {
    case "people":
      tables = await peopleFigures(db, organisationId, sql, query);
      break;
    case "services":
      tables = await serviceFigures(db, organisationId, sql, query);
      break;
    case "calls":
      tables = await callFigures(db, organisationId, sql, query);
      break;
    case "shelters":
      tables = await shelterFigures(db, organisationId, sql, today);
      break;
    case "returns":
      tables = await returnFigures(db, organisationId, sql, query);
      break;
  }
  const suppressed = hidesSmallNumbers(audience);
  // Outside the staff a shelter is not named: one shelter's nights in a quarter can be one
  // resident's stay. Its rows become the organisation's shelters together.
  if (suppressed && section === "shelters") tables = tables.map(allShelters);
  return {
    section,
    ...period,
    tables: suppressed ? tables.map((table) => suppressTable(table, SMALL_NUMBER_THRESHOLD)) : tables,
    suppressed,
  };
}

/** Whether the organisation adds its anonymised data to the network's pool (its administrator's page). */
export async function getNetworkSharing(scope: Scope): Promise<{ shares: boolean; since: Date | null } | null> {
  const organisationId = sharingOrganisation(scope);
  if (!organisationId) return null;
  const org = await db.organisation.findFirstOrThrow({
    where: { id: organisationId },
    select: { sharesAnonymisedData: true, sharesAnonymisedDataSince: true },
  });
  return { shares: org.sharesAnonymisedData, since: org.sharesAnonymisedDataSince };
}

const BY_SHELTER = new Set(["admissions", "bedNights"]);

/** A by-shelter table as one row for all the organisation's shelters. */
function allShelters(table: FigureTable): FigureTable {
  if (!BY_SHELTER.has(table.id) || table.rows.length === 0) return table;
  return { ...table, rows: [{ key: "ALL_SHELTERS", count: table.total }] };
}
