// Who sees which victim records, and how much of each.
//   ORG_ADMIN, COORDINATOR: every record of their organisation, and records shared with it
//   CASE_WORKER: records of their organisation assigned to or created by them
//   everyone else: none through this rule (SHELTER_STAFF get residents through shelters, issue 5)
// A record seen through another organisation's grant shows only the shared field set.
import type { Scope } from "@/lib/auth/scope";
import { roleHas } from "@/lib/auth/permissions";
import { caseRecordWhere } from "@/lib/access/policy";

/**
 * `unlockedIds`: restricted records the actor opened by breaking the glass (still valid). A
 * restricted record of the actor's own organisation is otherwise seen only by the staff it is
 * assigned to or who created it, whatever their role.
 */
export function victimWhere(scope: Scope, sharedIds: readonly string[] = [], unlockedIds: readonly string[] = []): Record<string, unknown> {
  const base = caseRecordWhere(scope, { ownerField: "organisationId", personalFields: ["assignedToId", "createdById"] }, sharedIds);
  if (!roleHas(scope.role, "cases.read.all") || !scope.organisationId) return base;
  return {
    AND: [
      base,
      {
        OR: [
          { restricted: false },
          { organisationId: { not: scope.organisationId } },
          { assignedToId: scope.userId },
          { createdById: scope.userId },
          ...(unlockedIds.length ? [{ id: { in: [...unlockedIds] } }] : []),
        ],
      },
    ],
  };
}

/** Break-glass is for the organisation's own COORDINATOR and ORG_ADMIN, on its own records. */
export function mayBreakGlass(scope: Scope, record: { organisationId: string; restricted: boolean }) {
  return record.restricted && record.organisationId === scope.organisationId && roleHas(scope.role, "cases.read.all");
}

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

/** Fields an owner may add to a referral beyond the minimal set. Narrative and notes only explicitly. */
export const SHAREABLE_EXTRA_FIELDS = [
  "aliases",
  "regionOfOrigin",
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
] as const;

export type VictimField = (typeof MINIMAL_SHARED_FIELDS)[number] | (typeof SHAREABLE_EXTRA_FIELDS)[number];

/**
 * The fields an actor sees of a record: everything for the owning organisation; for a shared
 * record the minimal set plus what the grant names.
 */
export function visibleVictimFields(scope: Scope, record: { organisationId: string }, grantFields: readonly string[] | null): Set<string> | "all" {
  if (record.organisationId === scope.organisationId) return "all";
  const extra = (grantFields ?? []).filter((f) => (SHAREABLE_EXTRA_FIELDS as readonly string[]).includes(f));
  return new Set<string>([...MINIMAL_SHARED_FIELDS, ...extra]);
}

/** Writing to a record: its own organisation's case staff, and only while it is open. */
export function mayEditVictim(scope: Scope, record: { organisationId: string; status: string }) {
  return record.organisationId === scope.organisationId && roleHas(scope.role, "cases.write") && !record.status.startsWith("CLOSED");
}

/** Registering people and checking the network for duplicates: case staff, and hotline staff from a call. */
export function mayRegisterVictims(scope: Scope) {
  return scope.organisationId !== null && (roleHas(scope.role, "cases.write") || roleHas(scope.role, "victims.create.fromCall"));
}

/** Closing, reopening and referring a record: its own organisation's COORDINATOR. */
export function mayCloseVictim(scope: Scope, record: { organisationId: string }) {
  return record.organisationId === scope.organisationId && roleHas(scope.role, "cases.closure.approve");
}

export function mayReferVictim(scope: Scope, record: { organisationId: string }) {
  return record.organisationId === scope.organisationId && roleHas(scope.role, "cases.referral.send");
}
