import "server-only";
// Invitations. An administrator never chooses a member's password and is never told
// whether an email has an account in another organisation: an invitation is made the same way for
// any address, and the answer is the same. The link's token is 32 random bytes, shown once; only
// its SHA-256 is stored, so the table (or a backup of it) opens nothing. A link works once, until
// it expires or an administrator withdraws it.
//
// Row-level security: an organisation's invitations are its own (tumar.organisation_id); the
// invitee, who has no session, reaches exactly the one row whose token hash the transaction names
// in tumar.invitation_token (the migration's policies).
import crypto from "node:crypto";
import { db, dbFor, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sha256Hex } from "@/lib/crypto";
import { hashPassword } from "@/lib/auth/password";
import { assertAcceptablePassword } from "@/lib/auth/password-policy";
import { roleHas } from "@/lib/roles/permissions";
import type { OrgScope, Scope } from "@/lib/roles/scope";
import { checkSignIn, SecondFactorNeeded, SecondFactorWrong } from "@/lib/auth/sign-in";
import { SignInThrottled } from "@/lib/auth/throttle";
import { appendAudit, appendSystemAudit } from "@/lib/audit/mutations";
import type { OrgRole } from "@/lib/roles/roles";
import {
  INVITATION_HOURS,
  type AcceptInvitationInput,
  type AcceptInvitationSignedInput,
  type InviteMemberInput,
} from "./schema";

export interface IssuedInvitation {
  id: string;
  email: string;
  name: string;
  role: OrgRole;
  expiresAt: Date;
  /** The secret of the link: returned once, here, and never stored. */
  token: string;
}

function assertCanManageMembers(scope: Scope): asserts scope is OrgScope {
  if (!scope.organisationId || !roleHas(scope.role, "org.members.manage")) throw new AppError("NOT_FOUND");
}

/**
 * Makes an invitation in `organisationId` (already set for the transaction's row-level security).
 * A pending invitation of the same address to the same organisation is withdrawn: one link works.
 */
export async function issueInvitation(
  tx: Tx,
  scope: Scope,
  organisationId: string,
  input: InviteMemberInput,
): Promise<IssuedInvitation> {
  const replaced = await tx.invitation.updateMany({
    where: { organisationId, email: input.email, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date(), revokedById: scope.userId },
  });
  const token = crypto.randomBytes(32).toString("base64url");
  const invitation = await tx.invitation.create({
    data: {
      organisationId,
      email: input.email,
      name: input.name,
      role: input.role,
      tokenHash: sha256Hex(token),
      invitedById: scope.userId,
      expiresAt: new Date(Date.now() + INVITATION_HOURS * 3_600_000),
    },
    select: { id: true, email: true, name: true, role: true, expiresAt: true },
  });
  await appendAudit(tx, scope, {
    action: "invitation.create",
    recordType: "INVITATION",
    recordId: invitation.id,
    organisationId,
    details: { role: input.role, ...(replaced.count ? { replaced: replaced.count } : {}) },
  });
  return { ...invitation, token };
}

/**
 * An ORG_ADMIN invites someone to their own organisation. Only "already a member here" is said
 * (the organisation's own members are the admin's to see); an account elsewhere changes nothing.
 */
export async function inviteMember(scope: Scope, input: InviteMemberInput): Promise<IssuedInvitation> {
  assertCanManageMembers(scope);
  return dbFor(scope).$transaction(async (tx) => {
    const member = await tx.membership.findFirst({
      where: { organisationId: scope.organisationId, user: { email: input.email } },
      select: { id: true },
    });
    if (member) throw new AppError("CONFLICT", "errors.CONFLICT", { email: "errors.alreadyMember" });
    return issueInvitation(tx, scope, scope.organisationId, input);
  });
}

/** An ORG_ADMIN withdraws a pending invitation of their organisation; its link stops working. */
export async function revokeInvitation(scope: Scope, invitationId: string) {
  assertCanManageMembers(scope);
  return dbFor(scope).$transaction(async (tx) => {
    const revoked = await tx.invitation.updateMany({
      where: { id: invitationId, organisationId: scope.organisationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date(), revokedById: scope.userId },
    });
    if (revoked.count === 0) throw new AppError("NOT_FOUND");
    await appendAudit(tx, scope, { action: "invitation.revoke", recordType: "INVITATION", recordId: invitationId });
  });
}

/** Opens the one invitation the token names, for this transaction only. */
async function openByToken(tx: Tx, token: string) {
  await tx.$executeRaw`SELECT set_config('tumar.invitation_token', ${sha256Hex(token)}, true)`;
  const invitation = await tx.invitation.findFirst({
    where: { tokenHash: sha256Hex(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, organisationId: true, email: true, name: true, role: true },
  });
  if (!invitation) throw new AppError("NOT_FOUND", "errors.invitationInvalid");
  return invitation;
}

/** Marks the invitation used; false when another request used or withdrew it meanwhile. */
async function markAccepted(tx: Tx, invitationId: string, membershipId: string) {
  const used = await tx.invitation.updateMany({
    where: { id: invitationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    data: { acceptedAt: new Date(), membershipId },
  });
  if (used.count === 0) throw new AppError("NOT_FOUND", "errors.invitationInvalid");
}

/**
 * The invitee has no account: they choose a password (the password policy applies), the account
 * and the membership are made, and the link is used up, all in one transaction.
 */
export async function acceptInvitationWithNewAccount(
  input: AcceptInvitationInput,
  requestId: string | null,
): Promise<{ userId: string }> {
  const invitation = await db.$transaction((tx) => openByToken(tx, input.token));
  assertAcceptablePassword("password", input.password, [invitation.name, invitation.email]);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await openByToken(tx, input.token);
    // An account made meanwhile under this address is not taken over: the invitee must confirm it.
    if (await tx.user.findFirst({ where: { email: invitation.email }, select: { id: true } }))
      throw new AppError("CONFLICT", "errors.invitationHasAccount");
    const user = await tx.user.create({
      data: { name: invitation.name, email: invitation.email, passwordHash, passwordChangedAt: new Date() },
      select: { id: true },
    });
    const membership = await tx.membership.create({
      data: { userId: user.id, organisationId: invitation.organisationId, role: invitation.role },
      select: { id: true },
    });
    await markAccepted(tx, invitation.id, membership.id);
    await recordAcceptance(tx, {
      invitationId: invitation.id,
      organisationId: invitation.organisationId,
      userId: user.id,
      membershipId: membership.id,
      role: invitation.role,
      requestId,
      newAccount: true,
    });
    return { userId: user.id };
  });
}

/**
 * The address has an account already (a member of another organisation): its owner confirms with
 * the account's password (and second factor), checked and throttled exactly as at sign-in; then
 * the membership is added. The account itself is not changed.
 */
export async function acceptInvitationWithAccount(
  input: AcceptInvitationSignedInput,
  requestId: string | null,
  address: string,
): Promise<{ userId: string }> {
  const invitation = await db.$transaction((tx) => openByToken(tx, input.token));
  let signedIn: { id: string } | null;
  try {
    signedIn = await checkSignIn(
      { email: invitation.email, password: input.password, code: input.code },
      requestId,
      address,
    );
  } catch (error) {
    if (error instanceof SecondFactorNeeded)
      throw new AppError("UNPROCESSABLE", "errors.UNPROCESSABLE", { code: "errors.secondFactorNeeded" });
    if (error instanceof SecondFactorWrong)
      throw new AppError("UNPROCESSABLE", "errors.UNPROCESSABLE", { code: "errors.secondFactorWrong" });
    if (error instanceof SignInThrottled) throw new AppError("RATE_LIMITED", "auth.tooManyAttempts");
    throw error;
  }
  if (!signedIn)
    throw new AppError("UNPROCESSABLE", "errors.UNPROCESSABLE", { password: "errors.invitationWrongPassword" });
  const userId = signedIn.id;
  return db.$transaction(async (tx) => {
    await openByToken(tx, input.token);
    const existing = await tx.membership.findFirst({
      where: { userId, organisationId: invitation.organisationId },
      select: { id: true },
    });
    const membership =
      existing ??
      (await tx.membership.create({
        data: { userId, organisationId: invitation.organisationId, role: invitation.role },
        select: { id: true },
      }));
    await markAccepted(tx, invitation.id, membership.id);
    await recordAcceptance(tx, {
      invitationId: invitation.id,
      organisationId: invitation.organisationId,
      userId,
      membershipId: membership.id,
      role: invitation.role,
      requestId,
      newAccount: false,
    });
    return { userId };
  });
}

async function recordAcceptance(
  tx: Tx,
  event: {
    invitationId: string;
    organisationId: string;
    userId: string;
    membershipId: string;
    role: OrgRole;
    requestId: string | null;
    newAccount: boolean;
  },
) {
  await appendSystemAudit(tx, {
    action: "invitation.accept",
    actorUserId: event.userId,
    requestId: event.requestId,
    organisationId: event.organisationId,
    recordType: "INVITATION",
    recordId: event.invitationId,
    details: { newAccount: event.newAccount },
  });
  await appendSystemAudit(tx, {
    action: "member.create",
    actorUserId: event.userId,
    requestId: event.requestId,
    organisationId: event.organisationId,
    recordType: "MEMBERSHIP",
    recordId: event.membershipId,
    details: { userId: event.userId, role: event.role, invitationId: event.invitationId },
  });
}
