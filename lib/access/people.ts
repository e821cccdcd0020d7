// The server side of the one rule (lib/access/person.ts): loads what the rule needs about the
// actor once per request, and gives every road the same three tools:
//   personAccessOf(scope)        the context (live grants with their fields, break-glass, residents)
//   peopleListWhere(scope)       the `where` of the people a list or search may return
//   showPerson(access, row, ...) one joined person as the road may show it (or a placeholder)
// and auditPeopleShown(), the one audit event per view that names the people a list, search or
// board showed. tests/access/person-roads.test.ts fails when a file reads people without this module.
import "server-only";
import { cache } from "react";
import { dbFor, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { heldAccessOf } from "./held-access";
import {
  PERSON_RULE_SELECT as PERSON_RULE_SELECT_COLUMNS,
  personListWhere,
  viewOfPerson,
  viewShows,
  type PersonAccess,
  type PersonRuleRow,
  type PersonView,
} from "./person";

export {
  PERSON_RULE_SELECT,
  sharedIdsShowing,
  viewOfPerson,
  viewShows,
  visibleFields,
  type PersonAccess,
  type PersonView,
} from "./person";

/**
 * What the rule needs to know about the actor, once per request (React cache; a plain call
 * outside rendering, as in server actions and route handlers); grants and openings are kept
 * across requests while the organisation's access epoch holds.
 */
export const personAccessOf = cache(async (scope: Scope): Promise<PersonAccess> => {
  const empty: PersonAccess = { scope, grants: new Map(), unlocked: new Set(), residents: new Set() };
  if (!scope.organisationId) return empty;
  const [{ grants, openings }, residents] = await Promise.all([
    // Kept between requests while the organisation's access epoch holds (./held-access.ts).
    heldAccessOf(scope),
    scope.role === "SHELTER_STAFF"
      ? dbFor(scope).shelterStay.findMany({
          where: {
            dischargedAt: null,
            shelter: { organisationId: scope.organisationId, staff: { some: { userId: scope.userId } } },
          },
          select: { victimId: true },
        })
      : Promise.resolve([]),
  ]);
  const shared = new Map<string, { fields: string[]; since: Date }>();
  // Two live grants on one person (a referral and a repatriation) show what either names.
  for (const g of grants) {
    const before = shared.get(g.recordId);
    shared.set(g.recordId, {
      fields: [...new Set([...(before?.fields ?? []), ...g.fields])],
      since: before && before.since < g.createdAt ? before.since : g.createdAt,
    });
  }
  return {
    scope,
    grants: shared,
    unlocked: new Set(openings.map((o) => o.victimId)),
    residents: new Set(residents.map((r) => r.victimId)),
  };
});

/** The `where` of the people the actor may find in lists and searches. */
export async function peopleListWhere(scope: Scope): Promise<Prisma.VictimWhereInput> {
  return personListWhere(await personAccessOf(scope));
}

/** A person as a road shows them: the fields asked for that the view allows, or a placeholder. */
export type ShownPerson<T> =
  | ({ shown: "person"; id: string; partial: boolean } & { [K in keyof T]: T[K] | null })
  | { shown: "restricted"; id: null; caseNumber: string }
  | { shown: "hidden"; id: null };

/**
 * One person joined by a road (a resident on a bed board, the person of a repatriation, …), cut to
 * what the actor may see: the fields in `fields` that the view shows (others null), "restricted
 * record" with the case number, or nothing. `row` must carry the rule's columns (PERSON_RULE_SELECT).
 */
export function showPerson<R extends PersonRuleRow & { caseNumber: string }, K extends keyof R & string>(
  access: PersonAccess,
  row: R,
  fields: readonly K[],
): ShownPerson<Pick<R, K>> {
  const view = viewOfPerson(access, row);
  if (view.kind === "hidden") return { shown: "hidden", id: null };
  if (view.kind === "restricted") return { shown: "restricted", id: null, caseNumber: row.caseNumber };
  const picked = Object.fromEntries(fields.map((f) => [f, viewShows(view, f) ? row[f] : null])) as {
    [F in K]: R[F] | null;
  };
  return { shown: "person", id: row.id, partial: view.kind !== "all", ...picked };
}

/** The view of one person (for roads that present many fields themselves, like the record page). */
export async function viewOfPersonFor(scope: Scope, row: PersonRuleRow): Promise<PersonView> {
  return viewOfPerson(await personAccessOf(scope), row);
}

/**
 * The rule's columns of one person the actor finds in lists, read once per request (React cache,
 * as personAccessOf): a case file asks for a part of the same person for each of its sections
 * (documents, legal status, proceedings, claims, files), and each asked the database again.
 */
const listedPersonRow = cache(async (scope: Scope, victimId: string) =>
  dbFor(scope).victim.findFirst({
    where: { AND: [{ id: victimId }, await peopleListWhere(scope)] },
    select: PERSON_RULE_SELECT_COLUMNS,
  }),
);

/**
 * For the roads that show one part of one person (their documents, their legal status): the
 * person's organisation if the actor's view of the person includes `field`, else null.
 */
export async function personShowingField(
  scope: Scope,
  victimId: string,
  field: string,
): Promise<{ organisationId: string } | null> {
  const row = await listedPersonRow(scope, victimId);
  if (!row || !viewShows(await viewOfPersonFor(scope, row), field)) return null;
  return { organisationId: row.organisationId };
}

/**
 * The same for shelter staff and a resident of a shelter they are assigned to (they reach residents
 * on the bed board, never in lists, so personShowingField does not find them): the resident's
 * organisation if the care view includes `field`, else null. Null for everyone else.
 */
export async function residentShowingField(
  scope: Scope,
  victimId: string,
  field: string,
): Promise<{ organisationId: string } | null> {
  const access = await personAccessOf(scope);
  if (!access.residents.has(victimId)) return null;
  const row = await dbFor(scope).victim.findFirst({ where: { id: victimId }, select: PERSON_RULE_SELECT_COLUMNS });
  if (!row || !viewShows(viewOfPerson(access, row), field)) return null;
  return { organisationId: row.organisationId };
}

/**
 * personShowingField and residentShowingField for many people at once (a bed board's residents),
 * in two reads instead of two per person: for each person the actor sees, their organisation,
 * whether the actor reaches them through lists (`listed`) or only as a resident of a shelter it
 * works in, and which of `fields` its view shows.
 */
export async function peopleShowingFields(
  scope: Scope,
  victimIds: readonly string[],
  fields: readonly string[],
): Promise<Map<string, { organisationId: string; listed: boolean; shows: ReadonlySet<string> }>> {
  const result = new Map<string, { organisationId: string; listed: boolean; shows: ReadonlySet<string> }>();
  const ids = [...new Set(victimIds)];
  if (ids.length === 0) return result;
  const access = await personAccessOf(scope);
  const db = dbFor(scope);
  const listed = await db.victim.findMany({
    where: { AND: [{ id: { in: ids } }, personListWhere(access)] },
    select: PERSON_RULE_SELECT_COLUMNS,
  });
  const found = new Set(listed.map((r) => r.id));
  const residentIds = ids.filter((id) => !found.has(id) && access.residents.has(id));
  const residents = residentIds.length
    ? await db.victim.findMany({ where: { id: { in: residentIds } }, select: PERSON_RULE_SELECT_COLUMNS })
    : [];
  for (const [rows, isListed] of [
    [listed, true],
    [residents, false],
  ] as const)
    for (const row of rows) {
      const view = viewOfPerson(access, row);
      const shows = new Set(fields.filter((f) => viewShows(view, f)));
      if (shows.size) result.set(row.id, { organisationId: row.organisationId, listed: isListed, shows });
    }
  return result;
}

/**
 * One audit event per list, search or board view, naming the people it showed (ids only, never
 * names or the search words), in the caller's transaction or a new one.
 */
export async function auditPeopleShown(scope: Scope, road: string, personIds: readonly string[], tx?: Tx) {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) return;
  const write = (t: Tx) =>
    appendAudit(t, scope, { action: "people.shown", recordType: "VICTIM", details: { road, people: ids } });
  if (tx) await write(tx);
  else await dbFor(scope).$transaction(write);
}
