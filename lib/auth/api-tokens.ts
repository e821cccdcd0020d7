// Personal API tokens: how one is resolved on a request, and how a user's tokens end. A token is a
// second way in beside the session, so whatever ends a user's sessions for cause (sign out
// everywhere, an administrator, deactivation, a password or second-factor change) and a role
// change or a removed membership end every token of theirs too. A plain sign-out or an
// idle or expired session does not: tokens serve integrations that outlive a browser session.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { sha256Hex } from "@/lib/crypto";

export type TokenRevokeReason =
  | "REVOKED_BY_OWNER"
  | "REVOKED_BY_ADMIN"
  | "SIGN_OUT_EVERYWHERE"
  | "ENDED_BY_ADMIN"
  | "DEACTIVATED"
  | "PASSWORD_CHANGED"
  | "SECOND_FACTOR_CHANGED"
  | "ROLE_CHANGED"
  | "MEMBERSHIP_REMOVED";

/** lastUsedAt is written at most this often, so a busy integration does not write on every call. */
const TOUCH_EVERY_MS = 60 * 1000;

/** Ends every live token of a user, inside the caller's transaction (which audits it). */
export async function revokeTokensOfUser(tx: Tx, userId: string, reason: TokenRevokeReason): Promise<number> {
  const revoked = await tx.apiToken.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: new Date(), revokeReason: reason },
  });
  return revoked.count;
}

/** Resolves a personal API token to its user id, or null when unknown, revoked or expired. */
export async function userIdForApiToken(token: string, now = new Date()): Promise<string | null> {
  const found = await db.apiToken.findUnique({
    where: { tokenHash: sha256Hex(token) },
    select: { id: true, userId: true, revokedAt: true, expiresAt: true, lastUsedAt: true },
  });
  if (!found || found.revokedAt || found.expiresAt <= now) return null;
  // Every use is recorded, cheaply: one conditional update, which matches (and writes) only when
  // the last recorded use is older than a minute, so racing requests write at most once.
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await db.apiToken.updateMany({
      where: {
        id: found.id,
        OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - TOUCH_EVERY_MS) } }],
      },
      data: { lastUsedAt: now },
    });
  }
  return found.userId;
}
