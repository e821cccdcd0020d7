// Server-side sessions. The cookie (a next-auth JWT) names a row of the sessions table, and every
// request checks that row: a session ends on sign-out, "sign out everywhere", an administrator's
// decision, deactivation, a password or second-factor change, the removal of a membership, after
// 30 idle minutes, or 12 hours after sign-in, whatever the cookie says. Ending a user's sessions
// for cause (endSessionsOfUser) ends their API tokens too.
import { db, type Tx } from "@/lib/db";
import { appendSystemAudit } from "@/lib/audit/mutations";
import { revokeTokensOfUser } from "./api-tokens";

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so browsing does not write on every request. */
const TOUCH_EVERY_MS = 60 * 1000;

export type SessionEndReason =
  | "SIGN_OUT"
  | "SIGN_OUT_EVERYWHERE"
  | "ENDED_BY_ADMIN"
  | "DEACTIVATED"
  | "PASSWORD_CHANGED"
  | "SECOND_FACTOR_CHANGED"
  | "MEMBERSHIP_REMOVED"
  | "IDLE"
  | "EXPIRED";

/** A session's row as a check reads it; null where it is not this user's session. */
export interface SessionRow {
  endedAt: Date | null;
  expiresAt: Date;
  lastSeenAt: Date;
}

/** A new session at every sign-in (never a reused one). */
export async function startSession(userId: string): Promise<string> {
  const now = Date.now();
  const session = await db.session.create({
    data: { userId, expiresAt: new Date(now + ABSOLUTE_TIMEOUT_MS) },
    select: { id: true },
  });
  return session.id;
}

/** Whether the session is live for this user now; ends it when it lapsed. */
export async function checkSession(sessionId: string, userId: string, now = new Date()): Promise<boolean> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: { userId: true, endedAt: true, expiresAt: true, lastSeenAt: true },
  });
  return sessionHolds(sessionId, session && session.userId === userId ? session : null, now);
}

/**
 * Whether a session read with its user (null: none, or another user's) is live now: ends it when
 * it lapsed, and notes that it was seen. The request's actor load reads the row in its own
 * statement (lib/auth/load-actor.ts); checkSession reads it alone.
 */
export async function sessionHolds(sessionId: string, session: SessionRow | null, now = new Date()): Promise<boolean> {
  if (!session || session.endedAt) return false;
  const lapsed: SessionEndReason | null =
    session.expiresAt <= now
      ? "EXPIRED"
      : now.getTime() - session.lastSeenAt.getTime() > IDLE_TIMEOUT_MS
        ? "IDLE"
        : null;
  if (lapsed) {
    await endSession(sessionId, lapsed);
    return false;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.session.updateMany({ where: { id: sessionId, endedAt: null }, data: { lastSeenAt: now } });
  }
  return true;
}

/** Sign-out: the session ends on the server, and the trail says so. */
export async function signOutSession(sessionId: string, userId: string | null) {
  await db.$transaction(async (tx) => {
    const ended = await tx.session.updateMany({
      where: { id: sessionId, endedAt: null },
      data: { endedAt: new Date(), endReason: "SIGN_OUT" },
    });
    if (ended.count > 0) await appendSystemAudit(tx, { action: "auth.sign_out", actorUserId: userId, requestId: null });
  });
}

export async function endSession(sessionId: string, reason: SessionEndReason) {
  await db.session.updateMany({
    where: { id: sessionId, endedAt: null },
    data: { endedAt: new Date(), endReason: reason },
  });
}

/** The ways of ending all of a user's sessions at once: each is for cause, so tokens end too. */
export type UserSessionsEndReason = Exclude<SessionEndReason, "SIGN_OUT" | "IDLE" | "EXPIRED">;

/**
 * Ends every live session of a user (but `keep`, when given) and every live API token of theirs
 * (the session kept is no excuse to keep a token: a token made from a seized session must die
 * with the others), inside the caller's transaction, which audits both counts.
 */
export async function endSessionsOfUser(
  tx: Tx,
  userId: string,
  reason: UserSessionsEndReason,
  keep?: string,
): Promise<{ sessions: number; tokens: number }> {
  const ended = await tx.session.updateMany({
    where: { userId, endedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    data: { endedAt: new Date(), endReason: reason },
  });
  const tokens = await revokeTokensOfUser(tx, userId, reason);
  return { sessions: ended.count, tokens };
}
