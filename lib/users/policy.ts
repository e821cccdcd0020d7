// Who may see and manage which memberships.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/roles/scope";
import { NOTHING } from "@/lib/access/policy";

/**
 * ORG_ADMIN: the memberships of their organisation. NETWORK_ADMIN: the ORG_ADMIN memberships of
 * every organisation (they appoint the administrators). Everyone else: only their own membership.
 */
export function membershipWhere(scope: Scope): Prisma.MembershipWhereInput {
  if (scope.role === "NETWORK_ADMIN") return { role: "ORG_ADMIN" };
  if (!scope.organisationId) return NOTHING;
  if (scope.role === "ORG_ADMIN") return { organisationId: scope.organisationId };
  return { organisationId: scope.organisationId, userId: scope.userId };
}

/** An admin may not demote or deactivate themselves: an organisation must keep an administrator. */
export function isSelfLockout(scope: Scope, membershipUserId: string): boolean {
  return scope.userId === membershipUserId;
}
