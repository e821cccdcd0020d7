// Which case records an actor may see: the rule every case domain (victims, repatriations, calls,
// shelter stays) builds its Prisma `where` from, so the rule lives in one place.
//
//   own organisation's records, narrowed by role
//   + records another organisation shared with the actor's organisation by an active access grant
//
// Combine a policy with a query's own conditions as `{ AND: [conditions, policyWhere(scope)] }`,
// never by spreading: a spread lets a key of one side (`id`, `OR`) silently replace the other's.
//
// Anything else reads as not found. Roles that see no case records get a `where` that matches
// nothing, so a forgotten check fails closed.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/auth/scope";
import { roleHas } from "@/lib/auth/permissions";

/** Matches no row: `id IN ()`. Fits the where-input of every model with a string id. */
export const NOTHING = { id: { in: [] as string[] } } as const;

export interface CaseRecordFields {
  /** Column holding the owning organisation's id. */
  ownerField: string;
  /** Columns holding user ids that make a record "one's own" for CASE_WORKER. */
  personalFields: string[];
}

/** Active grants to the actor's organisation: not revoked, not expired. */
export function activeGrantWhere(scope: Scope, now: Date = new Date()): Prisma.AccessGrantWhereInput {
  return {
    granteeOrganisationId: scope.organisationId ?? "00000000-0000-0000-0000-000000000000",
    revokedAt: null,
    OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
  };
}

/**
 * The `where` for case records. `sharedIds` are the ids of records of this type shared with the
 * actor's organisation (from lib/access/data.ts `listSharedRecordIds`).
 */
export function caseRecordWhere(
  scope: Scope,
  fields: CaseRecordFields,
  sharedIds: readonly string[] = [],
): Record<string, unknown> {
  if (!scope.organisationId) return NOTHING;
  const shared = sharedIds.length ? [{ id: { in: [...sharedIds] } }] : [];
  if (roleHas(scope.role, "cases.read.all")) {
    return { OR: [{ [fields.ownerField]: scope.organisationId }, ...shared] };
  }
  if (roleHas(scope.role, "cases.read.own")) {
    return {
      [fields.ownerField]: scope.organisationId,
      OR: fields.personalFields.map((field) => ({ [field]: scope.userId })),
    };
  }
  return NOTHING;
}
