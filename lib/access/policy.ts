// What every domain's policy builds on: the `where` that matches nothing, and the access grants
// alive for the actor's organisation. Who may see a person is decided in one place, the visibility
// rule of lib/access/person.ts and people.ts; each domain's policy.ts scopes its own records.
//
// Combine a policy with a query's own conditions as `{ AND: [conditions, policyWhere(scope)] }`,
// never by spreading: a spread lets a key of one side (`id`, `OR`) silently replace the other's.
//
// Anything else reads as not found. Roles that see no case records get a `where` that matches
// nothing, so a forgotten check fails closed.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/roles/scope";

/** Matches no row: `id IN ()`. Fits the where-input of every model with a string id. */
export const NOTHING = { id: { in: [] as string[] } } as const;

/**
 * Active grants to the actor's organisation: not revoked, not expired, and, for a grant opened
 * through another (a perpetrator record shared through a person's grant, decision 0022), that one
 * alive too.
 */
export function activeGrantWhere(scope: Scope, now: Date = new Date()): Prisma.AccessGrantWhereInput {
  const alive = { revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
  return {
    granteeOrganisationId: scope.organisationId ?? "00000000-0000-0000-0000-000000000000",
    AND: [alive, { OR: [{ parentGrantId: null }, { parent: { is: alive } }] }],
  };
}

/**
 * activeGrantWhere's clock, for a grant read while it was alive and kept (lib/access/held-access.ts):
 * still alive at `now` unless it or the grant it was opened through has expired since. Revocations
 * are not judged here: one moves the organisation's access epoch, and the kept grants are read again.
 */
export function grantAliveAt(
  grant: { expiresAt: Date | null; parentExpiresAt: Date | null },
  now: Date = new Date(),
): boolean {
  return (
    (grant.expiresAt === null || grant.expiresAt > now) &&
    (grant.parentExpiresAt === null || grant.parentExpiresAt > now)
  );
}
