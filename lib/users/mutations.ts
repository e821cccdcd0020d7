import "server-only";
import crypto from "node:crypto";
import { endSessionsOfUser } from "@/lib/auth/sessions";
import { dbFor } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sha256Hex } from "@/lib/crypto";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { assertAcceptablePassword } from "@/lib/auth/password-policy";
import { roleHas } from "@/lib/auth/permissions";
import type { OrgScope, Scope } from "@/lib/auth/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { Prisma } from "@/lib/generated/prisma/client";
import { inviteMember } from "@/lib/invitations/mutations";
import { isSelfLockout, membershipWhere } from "./policy";
import type {
  ChangePasswordInput,
  ChangeMemberRoleInput,
  CreateApiTokenInput,
  CreateMemberInput,
  SetMemberActiveInput,
  UpdateLocaleInput,
} from "./schema";

function assertCanManageMembers(scope: Scope): asserts scope is OrgScope {
  if (!scope.organisationId || !roleHas(scope.role, "org.members.manage")) throw new AppError("NOT_FOUND");
}

/**
 * ORG_ADMIN adds a member to their own organisation (the organisation comes from the scope) by
 * inviting them (#14.13, lib/invitations): no password is chosen for them, and the answer is the
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
    await appendAudit(tx, scope, {
      action: "member.role_change",
      recordType: "MEMBERSHIP",
      recordId: member.id,
      details: { from: member.role, to: input.role },
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
    if (elsewhere > 0) throw new AppError("UNPROCESSABLE", "errors.UNPROCESSABLE", { active: "errors.memberOfOtherOrganisation" });
    const updatedMembership = await tx.membership.updateMany({
      where: { id: member.id, version: input.version },
      data: { version: { increment: 1 } },
    });
    if (updatedMembership.count === 0) throw new AppError("CONFLICT", "errors.staleRecord");
    await tx.user.update({ where: { id: member.userId }, data: { active: input.active, version: { increment: 1 } } });
    // Deactivation ends the member's sessions at once (a live browser is signed out on its next request).
    const ended = input.active ? 0 : await endSessionsOfUser(tx, member.userId, "DEACTIVATED");
    await appendAudit(tx, scope, {
      action: input.active ? "member.reactivate" : "member.deactivate",
      recordType: "MEMBERSHIP",
      recordId: member.id,
      details: input.active ? undefined : { sessionsEnded: ended },
    });
  });
}

/** An ORG_ADMIN ends every session of a member of the organisation (a lost laptop, a seized phone). */
export async function endMemberSessions(scope: Scope, membershipId: string) {
  const db = dbFor(scope);
  assertCanManageMembers(scope);
  return db.$transaction(async (tx) => {
    const member = await loadManagedMember(tx, scope, membershipId);
    const ended = await endSessionsOfUser(tx, member.userId, "ENDED_BY_ADMIN");
    await appendAudit(tx, scope, { action: "member.sessions_end", recordType: "MEMBERSHIP", recordId: member.id, details: { sessionsEnded: ended } });
    return { ended };
  });
}

/**
 * Changes the actor's own password: the current one is asked for (a session left open on a shared
 * computer is not enough), the new one must pass the policy, and every other session ends.
 */
export async function changeOwnPassword(scope: Scope, currentSessionId: string | null, input: ChangePasswordInput) {
  const db = dbFor(scope);
  const user = await db.user.findFirstOrThrow({ where: { id: scope.userId }, select: { passwordHash: true, name: true, email: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await db.$transaction((tx) => appendAudit(tx, scope, { action: "auth.password_change_refused" }));
    throw new AppError("INVALID", "errors.INVALID", { currentPassword: "errors.currentPasswordWrong" });
  }
  assertAcceptablePassword("newPassword", input.newPassword, [user.name, user.email]);
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: scope.userId }, data: { passwordHash, passwordChangedAt: new Date(), version: { increment: 1 } } });
    const ended = await endSessionsOfUser(tx, scope.userId, "PASSWORD_CHANGED", currentSessionId ?? undefined);
    await appendAudit(tx, scope, { action: "auth.password_change", details: { sessionsEnded: ended } });
    return { ended };
  });
}

/** "Sign out everywhere": ends every session of the actor, this one included. */
export async function endOwnSessions(scope: Scope) {
  const db = dbFor(scope);
  return db.$transaction(async (tx) => {
    const ended = await endSessionsOfUser(tx, scope.userId, "SIGN_OUT_EVERYWHERE");
    await appendAudit(tx, scope, { action: "auth.sign_out_everywhere", details: { sessionsEnded: ended } });
    return { ended };
  });
}

export async function updateOwnLocale(scope: Scope, input: UpdateLocaleInput) {
  const db = dbFor(scope);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: scope.userId }, data: { locale: input.locale } });
    await appendAudit(tx, scope, { action: "user.locale_change", details: { locale: input.locale } });
  });
}

/** Creates a personal API token. The secret is returned once and only its hash is stored. */
export async function createApiToken(scope: Scope, input: CreateApiTokenInput) {
  const db = dbFor(scope);
  const secret = `tmr_${crypto.randomBytes(32).toString("base64url")}`;
  const token = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: {
        userId: scope.userId,
        name: input.name,
        tokenHash: sha256Hex(secret),
        prefix: secret.slice(0, 10),
        expiresAt: new Date(Date.now() + input.expiresInDays * 86_400_000),
      },
      select: { id: true },
    });
    await appendAudit(tx, scope, { action: "api_token.create", details: { tokenId: created.id } });
    return created;
  });
  return { id: token.id, secret };
}

export async function revokeApiToken(scope: Scope, tokenId: string) {
  const db = dbFor(scope);
  await db.$transaction(async (tx) => {
    const updated = await tx.apiToken.updateMany({
      where: { id: tokenId, userId: scope.userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (updated.count === 0) throw new AppError("NOT_FOUND");
    await appendAudit(tx, scope, { action: "api_token.revoke", details: { tokenId } });
  });
}
