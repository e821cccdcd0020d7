import "server-only";
// Reads of invitations: an organisation's pending ones (its administrators), and the one a link
// names (anyone holding the link; row-level security shows that row only, see mutations.ts).
import { db, dbFor } from "@/lib/db";
import { sha256Hex } from "@/lib/crypto";
import { roleHas } from "@/lib/roles/permissions";
import type { Scope } from "@/lib/roles/scope";

/** Pending (not used, withdrawn or expired) invitations of the actor's organisation, newest first. */
export async function listPendingInvitations(scope: Scope) {
  if (!scope.organisationId || !roleHas(scope.role, "org.members.manage")) return [];
  return dbFor(scope).invitation.findMany({
    where: { organisationId: scope.organisationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, email: true, name: true, role: true, expiresAt: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
  });
}

/**
 * The pending invitation a link's token names, with what its page shows; null for an unknown,
 * used, expired or withdrawn token alike. `hasAccount` tells the invitee (the holder of the link)
 * which form is theirs; no answer to an administrator carries it.
 */
export async function getInvitationByToken(token: string) {
  const tokenHash = sha256Hex(token);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('tumar.invitation_token', ${tokenHash}, true)`;
    const invitation = await tx.invitation.findFirst({
      where: { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      select: { email: true, role: true, expiresAt: true, organisation: { select: { name: true, timeZone: true } } },
    });
    if (!invitation) return null;
    const account = await tx.user.findFirst({ where: { email: invitation.email }, select: { id: true } });
    return {
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      organisationName: invitation.organisation.name,
      organisationTimeZone: invitation.organisation.timeZone,
      hasAccount: Boolean(account),
    };
  });
}
