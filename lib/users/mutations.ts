import "server-only";
import crypto from "node:crypto";
import { endSessionsOfUser } from "@/lib/auth/sessions";
import { revokeTokensOfUser } from "@/lib/auth/api-tokens";
import { dbFor } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sha256Hex } from "@/lib/crypto";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { acceptSecondFactor } from "@/lib/auth/second-factor";
import { beforeSignIn, recordSignInFailure, recordSignInSuccess, SignInThrottled } from "@/lib/auth/throttle";
import { assertAcceptablePassword } from "@/lib/auth/password-policy";
import { roleHas } from "@/lib/roles/permissions";
import type { OrgScope, Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { Prisma } from "@/lib/generated/prisma/client";
import { inviteMember } from "@/lib/invitations/mutations";
import { isSelfLockout, membershipWhere } from "./policy";
import { API_TOKEN_DEFAULT_MAX_DAYS } from "./schema";
import type {
  ApiTokenSettingsInput,
  ChangePasswordInput,
  ChangeMemberRoleInput,
  CreateApiTokenInput,
  CreateMemberInput,
  RemoveMembershipInput,
  SetMemberActiveInput,
  UpdateLocaleInput,
} from "./schema";

function assertCanManageMembers(scope: Scope): asserts scope is OrgScope {
  if (!scope.organisationId || !roleHas(scope.role, "org.members.manage")) throw new AppError("NOT_FOUND");
}

/**
 * ORG_ADMIN adds a member to their own organisation (the organisation comes from the scope) by
 * inviting them (lib/invitations): no password is chosen for them, and the answer is the
 * same whether or not the email has an account in another organisation.
 */
export async function createMember(scope: Scope, input: CreateMemberInput) {
  return inviteMember(scope, input);
}

async function loadManagedMember(tx: Prisma.TransactionClient, scope: OrgScope, membershipId: string) {
  const member = await tx.membership.findFirst({
    where: { AND: [{ id: membershipId }, membershipWhere(scope)] },
    select: { id: true, role: true, version: true, userId: true },
  });
  if (!member) throw new AppError("NOT_FOUND");
  return member;
}

export async function changeMemberRole(scope: Scope, membershipId: string, input: ChangeMemberRoleInput) {
  const db = dbFor(scope);
  assertCanManageMembers(scope);
  return db.$transaction(async (tx) => {
    const member = await loadManagedMember(tx, scope, membershipId);
    if (isSelfLockout(scope, member.userId)) {
      throw new AppError("UNPROCESSABLE", "errors.UNPROCESSABLE", { role: "errors.cannotChangeOwnRole" });
    }
    // Optimistic lock: the update only applies to the version the admin was looking at.
    const updated = await tx.membership.updateMany({
      where: { id: member.id, version: input.version },
      data: { role: input.role, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", "errors.staleRecord");
    // A token was made under the old role and its reasons: it ends with it. Sessions
    // go on, since the role is read again on every request.
    const tokensRevoked = member.role === input.role ? 0 : await revokeTokensOfUser(tx, member.userId, "ROLE_CHANGED");
    await appendAudit(tx, scope, {
      action: "member.role_change",
      recordType: "MEMBERSHIP",
      recordId: member.id,
      details: { from: member.role, to: input.role, tokensRevoked },
    });
  });
}

/**
 * Deactivates or reactivates the member's user account. A deactivated user is refused on their
 * very next request (the actor is loaded from the database each time). An account that also
 * belongs to another organisation is not this admin's to switch off.
 */
export async function setMemberActive(scope: Scope, membershipId: string, input: SetMemberActiveInput) {
  const db = dbFor(scope);
  assertCanManageMembers(scope);
  return db.$transaction(async (tx) => {
    const member = await loadManagedMember(tx, scope, membershipId);
    if (isSelfLockout(scope, member.userId)) {
      throw new AppError("UNPROCESSABLE", "errors.UNPROCESSABLE", { active: "errors.cannotDeactivateSelf" });
    }
    const elsewhere = await tx.membership.count({
      where: { userId: member.userId, organisationId: { not: scope.organisationId } },
    });
    if (elsewhere > 0)
      throw new AppError("UNPROCESSABLE", "errors.UNPROCESSABLE", { active: "errors.memberOfOtherOrganisation" });
    const updatedMembership = await tx.membership.updateMany({
      where: { id: member.id, version: input.version },
      data: { version: { increment: 1 } },
    });
    if (updatedMembership.count === 0) throw new AppError("CONFLICT", "errors.staleRecord");
    await tx.user.update({ where: { id: member.userId }, data: { active: input.active, version: { increment: 1 } } });
    // Deactivation ends the member's sessions at once (a live browser is signed out on its next request).
    // Deactivation ends the member's API tokens too.
    const ended = input.active ? null : await endSessionsOfUser(tx, member.userId, "DEACTIVATED");
    await appendAudit(tx, scope, {
      action: input.active ? "member.reactivate" : "member.deactivate",
      recordType: "MEMBERSHIP",
      recordId: member.id,
      details: ended ? { sessionsEnded: ended.sessions, tokensRevoked: ended.tokens } : undefined,
    });
  });
}

/**
 * An ORG_ADMIN removes a member from the organisation. The user keeps their other
 * memberships; this organisation's shelter assignments of theirs go with the membership. Their
 * sessions and all their API tokens end (a session or token cannot say which organisation it
 * was for), so they sign in again to act for the others. The last ORG_ADMIN of an organisation
 * cannot be removed (an organisation must keep an administrator), nor may an admin remove
 * themselves. The membership row is deleted; the trail keeps who it was.
 */
export async function removeMembership(scope: Scope, membershipId: string, input: RemoveMembershipInput) {
  const db = dbFor(scope);
  assertCanManageMembers(scope);
  return db.$transaction(async (tx) => {
    const member = await loadManagedMember(tx, scope, membershipId);
    if (isSelfLockout(scope, member.userId)) {
      throw new AppError("UNPROCESSABLE", "errors.UNPROCESSABLE", { _form: "errors.cannotRemoveSelf" });
    }
    if (member.role === "ORG_ADMIN") {
      // Lock the organisation's administrators, so two removals at once cannot both pass the count.
      const admins = await tx.$queryRaw<
        { id: string }[]
      >`SELECT id FROM memberships WHERE organisation_id = ${scope.organisationId}::uuid AND role = 'ORG_ADMIN' FOR UPDATE`;
      if (admins.length <= 1)
        throw new AppError("UNPROCESSABLE", "errors.UNPROCESSABLE", { _form: "errors.lastOrgAdmin" });
    }
    const removed = await tx.membership.deleteMany({ where: { id: member.id, version: input.version } });
    if (removed.count === 0) throw new AppError("CONFLICT", "errors.staleRecord");
    const unassigned = await tx.shelterAssignment.deleteMany({
      where: { userId: member.userId, shelter: { organisationId: scope.organisationId } },
    });
    const ended = await endSessionsOfUser(tx, member.userId, "MEMBERSHIP_REMOVED");
    await appendAudit(tx, scope, {
      action: "member.remove",
      recordType: "MEMBERSHIP",
      recordId: member.id,
      details: {
        userId: member.userId,
        role: member.role,
        sheltersUnassigned: unassigned.count,
        sessionsEnded: ended.sessions,
        tokensRevoked: ended.tokens,
      },
    });
    return { sessionsEnded: ended.sessions, tokensRevoked: ended.tokens };
  });
}

/** An ORG_ADMIN ends every session of a member of the organisation (a lost laptop, a seized phone). */
export async function endMemberSessions(scope: Scope, membershipId: string) {
  const db = dbFor(scope);
  assertCanManageMembers(scope);
  return db.$transaction(async (tx) => {
    const member = await loadManagedMember(tx, scope, membershipId);
    const ended = await endSessionsOfUser(tx, member.userId, "ENDED_BY_ADMIN");
    await appendAudit(tx, scope, {
      action: "member.sessions_end",
      recordType: "MEMBERSHIP",
      recordId: member.id,
      details: { sessionsEnded: ended.sessions, tokensRevoked: ended.tokens },
    });
    return { ended: ended.sessions, tokensRevoked: ended.tokens };
  });
}

/**
 * Changes the actor's own password: the current one is asked for (a session left open on a shared
 * computer is not enough), the new one must pass the policy, and every other session ends.
 */
export async function changeOwnPassword(scope: Scope, currentSessionId: string | null, input: ChangePasswordInput) {
  const db = dbFor(scope);
  const user = await db.user.findFirstOrThrow({
    where: { id: scope.userId },
    select: { passwordHash: true, name: true, email: true },
  });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await db.$transaction((tx) => appendAudit(tx, scope, { action: "auth.password_change_refused" }));
    throw new AppError("INVALID", "errors.INVALID", { currentPassword: "errors.currentPasswordWrong" });
  }
  assertAcceptablePassword("newPassword", input.newPassword, [user.name, user.email]);
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: scope.userId },
      data: { passwordHash, passwordChangedAt: new Date(), version: { increment: 1 } },
    });
    const ended = await endSessionsOfUser(tx, scope.userId, "PASSWORD_CHANGED", currentSessionId ?? undefined);
    await appendAudit(tx, scope, {
      action: "auth.password_change",
      details: { sessionsEnded: ended.sessions, tokensRevoked: ended.tokens },
    });
    return { ended: ended.sessions, tokensRevoked: ended.tokens };
  });
}

/** "Sign out everywhere": ends every session of the actor, this one included. */
export async function endOwnSessions(scope: Scope) {
  const db = dbFor(scope);
  return db.$transaction(async (tx) => {
    const ended = await endSessionsOfUser(tx, scope.userId, "SIGN_OUT_EVERYWHERE");
    await appendAudit(tx, scope, {
      action: "auth.sign_out_everywhere",
      details: { sessionsEnded: ended.sessions, tokensRevoked: ended.tokens },
    });
    return { ended: ended.sessions, tokensRevoked: ended.tokens };
  });
}

export async function updateOwnLocale(scope: Scope, input: UpdateLocaleInput) {
  const db = dbFor(scope);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: scope.userId }, data: { locale: input.locale } });
    await appendAudit(tx, scope, { action: "user.locale_change", details: { locale: input.locale } });
  });
}

/**
 * Creates a personal API token. A session alone is not enough: the password is asked for
 * again, and the current code (or a recovery code) where the user has a second factor, so a
 * seized session cannot mint itself lasting API access. Wrong answers count against the sign-in
 * throttle like a wrong password at sign-in. The life is at most the organisation's setting (90
 * days unless its administrator chose otherwise). The secret is returned once; only its hash is kept.
 */
export async function createApiToken(
  scope: Scope,
  context: { sessionId: string | null; address: string },
  input: CreateApiTokenInput,
) {
  const db = dbFor(scope);
  const user = await db.user.findFirstOrThrow({
    where: { id: scope.userId },
    select: { email: true, passwordHash: true, totpEnabledAt: true },
  });
  const refuse = async (reason: string, fields: Record<string, string>) => {
    await recordSignInFailure(user.email, context.address);
    await db.$transaction((tx) => appendAudit(tx, scope, { action: "api_token.create_refused", details: { reason } }));
    throw new AppError("INVALID", "errors.INVALID", fields);
  };
  try {
    // As at sign-in: a blocked account+address or address is refused, a much-guessed account slowed.
    const { delayMs } = await beforeSignIn(user.email, context.address);
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
  } catch (error) {
    if (error instanceof SignInThrottled) throw new AppError("RATE_LIMITED");
    throw error;
  }
  if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
    await refuse("bad_password", { currentPassword: "errors.currentPasswordWrong" });
  if (user.totpEnabledAt) {
    if (!input.code) throw new AppError("INVALID", "errors.INVALID", { code: "errors.secondFactorCodeNeeded" });
    if (!(await acceptSecondFactor(scope.userId, input.code)))
      await refuse("bad_second_factor", { code: "errors.secondFactorWrong" });
  }
  await recordSignInSuccess(user.email, context.address);
  const maxDays = await apiTokenMaxDaysFor(db, scope);
  if (input.expiresInDays > maxDays)
    throw new AppError("INVALID", "errors.INVALID", { expiresInDays: "errors.tokenLifeTooLong" });
  const secret = `tmr_${crypto.randomBytes(32).toString("base64url")}`;
  const token = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: {
        userId: scope.userId,
        name: input.name,
        tokenHash: sha256Hex(secret),
        prefix: secret.slice(0, 10),
        expiresAt: new Date(Date.now() + input.expiresInDays * 86_400_000),
        createdFromSessionId: context.sessionId,
      },
      select: { id: true },
    });
    await appendAudit(tx, scope, {
      action: "api_token.create",
      details: { tokenId: created.id, expiresInDays: input.expiresInDays, sessionId: context.sessionId },
    });
    return created;
  });
  return { id: token.id, secret };
}

/** The longest token life the actor's organisation allows (network roles: the default). */
async function apiTokenMaxDaysFor(db: ReturnType<typeof dbFor>, scope: Scope): Promise<number> {
  if (!scope.organisationId) return API_TOKEN_DEFAULT_MAX_DAYS;
  const org = await db.organisation.findFirstOrThrow({
    where: { id: scope.organisationId },
    select: { apiTokenMaxDays: true },
  });
  return org.apiTokenMaxDays;
}

export async function revokeApiToken(scope: Scope, tokenId: string) {
  const db = dbFor(scope);
  await db.$transaction(async (tx) => {
    const updated = await tx.apiToken.updateMany({
      where: { id: tokenId, userId: scope.userId, revokedAt: null },
      data: { revokedAt: new Date(), revokeReason: "REVOKED_BY_OWNER" },
    });
    if (updated.count === 0) throw new AppError("NOT_FOUND");
    await appendAudit(tx, scope, { action: "api_token.revoke", details: { tokenId } });
  });
}

/**
 * An ORG_ADMIN revokes a token of a member of the organisation. Tokens belong to the user,
 * not the membership, so the membership is what is checked: a token of a user who is not a
 * member of the admin's organisation is not found.
 */
export async function revokeMemberApiToken(scope: Scope, membershipId: string, tokenId: string) {
  const db = dbFor(scope);
  assertCanManageMembers(scope);
  await db.$transaction(async (tx) => {
    const member = await loadManagedMember(tx, scope, membershipId);
    const updated = await tx.apiToken.updateMany({
      where: { id: tokenId, userId: member.userId, revokedAt: null },
      data: { revokedAt: new Date(), revokeReason: "REVOKED_BY_ADMIN" },
    });
    if (updated.count === 0) throw new AppError("NOT_FOUND");
    await appendAudit(tx, scope, {
      action: "member.api_token_revoke",
      recordType: "MEMBERSHIP",
      recordId: member.id,
      details: { tokenId },
    });
  });
}

/** The ORG_ADMIN sets how long members' tokens may live (1 to 365 days); audited. */
export async function updateApiTokenMaxDays(scope: Scope, input: ApiTokenSettingsInput) {
  const db = dbFor(scope);
  if (!scope.organisationId || !roleHas(scope.role, "org.settings.manage")) throw new AppError("NOT_FOUND");
  const organisationId = scope.organisationId;
  await db.$transaction(async (tx) => {
    const before = await tx.organisation.findFirstOrThrow({
      where: { id: organisationId },
      select: { apiTokenMaxDays: true },
    });
    await tx.organisation.update({
      where: { id: organisationId },
      data: { apiTokenMaxDays: input.apiTokenMaxDays, version: { increment: 1 } },
    });
    await appendAudit(tx, scope, {
      action: "org.api_token_max_days",
      details: { from: before.apiTokenMaxDays, to: input.apiTokenMaxDays },
    });
  });
}
