// The one rule: may this actor see this person, and which of the person's fields.
//
// Every road that returns or joins a person (the record page, lists, searches, the duplicate
// check, bed boards, stays, placement requests, repatriation pages and boards, notifications,
// exports) asks this module, through lib/access/people.ts, instead of deciding for itself. What it
// answers for a person:
//
//   all         the person's own organisation, for a role that sees this record (coordinators and
//               administrators every record, case workers their own), restricted records only
//               for the staff the record is assigned to or who created it, or after break-glass
//   fields      a subset of the fields: another organisation's staff through a live access grant
//               (the minimal set plus what the grant names), or shelter staff for the residents of
//               the shelters they are assigned to (what care needs)
//   restricted  the record exists and the road shows its place, but only as "restricted record"
//               with its case number, until the person's organisation breaks the glass
//   hidden      nothing at all, not even that the person exists
//
// A grant that was revoked or has expired is not in the context, so a partner's view of a person
// ends with its grant on every road at once. This file is pure (no database) so that the rule is
// tested on its own (person.test.ts); lib/access/people.ts loads the context it needs.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/roles/scope";
import { roleHas } from "@/lib/roles/permissions";
import { NOTHING } from "./policy";

/** The minimal set a partner organisation sees: enough to act, nothing of the story. */
export const MINIMAL_SHARED_FIELDS = [
  "caseNumber",
  "givenName",
  "familyName",
  "patronymic",
  "givenNameLatin",
  "familyNameLatin",
  "patronymicLatin",
  "sex",
  "birthDate",
  "estimatedAge",
  "citizenships",
  "languages",
  "passportStatus",
  "riskLevel",
  "supportItems",
] as const;

/** Fields an owner may add to a grant beyond the minimal set. Narrative and notes only explicitly. */
export const SHAREABLE_EXTRA_FIELDS = [
  "aliases",
  "regionOfOrigin",
  "placeOfOrigin",
  "phone",
  "address",
  "trustedContact",
  "documentNumber",
  "documentExpiry",
  "entryBanUntil",
  "traffickingStatus",
  "exploitationTypes",
  "labourSectors",
  "meansOfControl",
  "recruitmentMethod",
  "events",
  "narrative",
  "notes",
  "documents",
  "legalStatus",
  "proceedings",
  "labourClaims",
] as const;

/** What shelter staff see of a resident: what care needs, never the case number or the story. */
export const CARE_FIELDS = [
  "givenName",
  "familyName",
  "birthDate",
  "estimatedAge",
  "languages",
  "supportItems",
] as const;

export type PersonField = (typeof MINIMAL_SHARED_FIELDS)[number] | (typeof SHAREABLE_EXTRA_FIELDS)[number];

export type PersonView =
  | { kind: "all" }
  | { kind: "fields"; fields: ReadonlySet<string>; via: "grant" | "shelter" }
  | { kind: "restricted" }
  | { kind: "hidden" };

/** The columns of a person the rule needs (select them with PERSON_RULE_SELECT). */
export interface PersonRuleRow {
  id: string;
  organisationId: string;
  restricted: boolean;
  assignedToId: string | null;
  createdById: string;
}

export const PERSON_RULE_SELECT = {
  id: true,
  organisationId: true,
  restricted: true,
  assignedToId: true,
  createdById: true,
} as const;

/** What the rule knows about the actor beyond the scope; loaded once per request (people.ts). */
export interface PersonAccess {
  readonly scope: Scope;
  /**
   * Live grants to the actor's organisation: person id → the extra fields the grants name, and
   * when the person was first shared (a shared row sorts by that, never by the owner's dates).
   */
  readonly grants: ReadonlyMap<string, { readonly fields: readonly string[]; readonly since: Date }>;
  /** Restricted records of the actor's organisation the actor opened by breaking the glass. */
  readonly unlocked: ReadonlySet<string>;
  /** For SHELTER_STAFF: people with an open stay in a shelter the actor is assigned to. */
  readonly residents: ReadonlySet<string>;
}

const HIDDEN: PersonView = { kind: "hidden" };
const ALL: PersonView = { kind: "all" };
const RESTRICTED: PersonView = { kind: "restricted" };

function grantedFields(extra: readonly string[]): Set<string> {
  return new Set<string>([
    ...MINIMAL_SHARED_FIELDS,
    ...extra.filter((f) => (SHAREABLE_EXTRA_FIELDS as readonly string[]).includes(f)),
  ]);
}

/** The answer for one person. */
export function viewOfPerson(access: PersonAccess, person: PersonRuleRow): PersonView {
  const { scope } = access;
  if (!scope.organisationId) return HIDDEN;
  const ownWork = person.assignedToId === scope.userId || person.createdById === scope.userId;
  if (person.organisationId === scope.organisationId) {
    const opened = !person.restricted || ownWork || access.unlocked.has(person.id);
    if (roleHas(scope.role, "cases.read.all")) return opened ? ALL : RESTRICTED;
    if (roleHas(scope.role, "cases.read.own") && ownWork) return ALL;
    if (scope.role === "SHELTER_STAFF" && access.residents.has(person.id)) {
      return person.restricted ? RESTRICTED : { kind: "fields", fields: new Set(CARE_FIELDS), via: "shelter" };
    }
    return HIDDEN;
  }
  // Another organisation's person: only through a live grant to the actor's organisation. The
  // owner's restriction is its internal matter; what it shared, it chose to share.
  const extra = access.grants.get(person.id)?.fields;
  if (!extra) return HIDDEN;
  if (roleHas(scope.role, "cases.read.all")) return { kind: "fields", fields: grantedFields(extra), via: "grant" };
  if (scope.role === "SHELTER_STAFF" && access.residents.has(person.id)) {
    const granted = grantedFields(extra);
    return { kind: "fields", fields: new Set(CARE_FIELDS.filter((f) => granted.has(f))), via: "shelter" };
  }
  return HIDDEN;
}

/** Whether a view shows a field (the id and the owner's name always go with a visible person). */
export function viewShows(view: PersonView, field: string): boolean {
  if (view.kind === "all") return true;
  if (view.kind === "fields") return view.fields.has(field);
  return false;
}

/** The fields of a view as a set, or "all"; null when the person is not shown. */
export function visibleFields(view: PersonView): ReadonlySet<string> | "all" | null {
  return view.kind === "all" ? "all" : view.kind === "fields" ? view.fields : null;
}

/**
 * The Prisma `where` of the people an actor may find in lists and searches: every person the rule
 * shows as "all" or "fields" to a case role. Restricted records are left out (their own page
 * offers break-glass), and so are shelter residents (shelter staff reach them on the bed board,
 * not in lists). Combine as `{ AND: [conditions, personListWhere(access)] }`.
 */
export function personListWhere(access: PersonAccess): Prisma.VictimWhereInput {
  const { scope } = access;
  if (!scope.organisationId) return NOTHING;
  const shared = access.grants.size ? [{ id: { in: [...access.grants.keys()] } }] : [];
  if (roleHas(scope.role, "cases.read.all")) {
    return {
      OR: [
        {
          organisationId: scope.organisationId,
          OR: [
            { restricted: false },
            { assignedToId: scope.userId },
            { createdById: scope.userId },
            ...(access.unlocked.size ? [{ id: { in: [...access.unlocked] } }] : []),
          ],
        },
        ...shared,
      ],
    };
  }
  if (roleHas(scope.role, "cases.read.own")) {
    return {
      organisationId: scope.organisationId,
      OR: [{ assignedToId: scope.userId }, { createdById: scope.userId }],
    };
  }
  return NOTHING;
}

/**
 * Shared people whose grant shows `field` to the actor: a list filter on that field may match only
 * these among the shared rows (a filter on a field not granted would answer what the row hides).
 */
export function sharedIdsShowing(access: PersonAccess, field: string): string[] {
  if (!roleHas(access.scope.role, "cases.read.all")) return [];
  return [...access.grants].filter(([, g]) => grantedFields(g.fields).has(field)).map(([id]) => id);
}
