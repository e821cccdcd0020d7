// The second factor: TOTP (RFC 6238, otplib) with one-time recovery codes. The seed is stored
// encrypted; a code is accepted once (the last accepted time step is kept and a later sign-in must
// be past it, checked and written in one statement); recovery codes are kept as SHA-256 hashes
// and each works once. Turning it on or off asks for the current password and a valid code, and
// ends the user's other sessions and all their API tokens.
import "server-only";
import crypto from "node:crypto";
import { generate, generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { decryptField, encryptField, fieldContext, sha256Hex } from "@/lib/crypto";
import { env } from "@/lib/env";
import type { Scope } from "@/lib/roles/scope";
import type { AnyRole } from "@/lib/roles/roles";
import { verifyPassword } from "./password";
import { endSessionsOfUser } from "./sessions";
import { appendAudit } from "@/lib/audit/mutations";

const RECOVERY_CODES = 10;
/** Accept the previous and next 30-second step too (clocks of phones drift). */
const EPOCH_TOLERANCE_SECONDS = 30;

/** Roles that hold the most: they must use a second factor where the deployment requires it. */
export const SECOND_FACTOR_ROLES: readonly AnyRole[] = ["NETWORK_ADMIN", "ORG_ADMIN", "COORDINATOR"];

export function secondFactorRequired(role: AnyRole, required = env().REQUIRE_SECOND_FACTOR === "on"): boolean {
  return required && SECOND_FACTOR_ROLES.includes(role);
}

/** The TOTP time step a successful check matched (the functional API types HOTP and TOTP together). */
const stepOf = (result: object) => (result as { timeStep: number }).timeStep;

const normalise = (code: string) => code.replace(/[\s-]/g, "").toLowerCase();

/** Starts (or restarts) enrolment: a new seed, not yet in force, and what the authenticator app needs. */
export async function startEnrolment(scope: Scope) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: scope.userId },
    select: { email: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) throw new AppError("UNPROCESSABLE", "errors.secondFactorAlreadyOn");
  const secret = generateSecret();
  await db.user.update({
    where: { id: scope.userId },
    data: {
      totpSecretEncrypted: encryptField(secret, fieldContext("users", "totp_secret_encrypted", scope.userId)),
      totpLastStep: null,
    },
  });
  return enrolmentView(secret, user.email);
}

/** The pending seed's QR code and text, to show again on reload while enrolment is not finished. */
export async function pendingEnrolment(scope: Scope) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: scope.userId },
    select: { email: true, totpEnabledAt: true, totpSecretEncrypted: true },
  });
  if (user.totpEnabledAt || !user.totpSecretEncrypted) return null;
  return enrolmentView(
    decryptField(user.totpSecretEncrypted, fieldContext("users", "totp_secret_encrypted", scope.userId)),
    user.email,
  );
}

async function enrolmentView(secret: string, email: string) {
  const uri = generateURI({ issuer: "Tumar", label: email, secret });
  return { secret, qrSvg: await QRCode.toString(uri, { type: "svg", margin: 1 }) };
}

function newRecoveryCodes() {
  return Array.from({ length: RECOVERY_CODES }, () => {
    const raw = crypto.randomBytes(5).toString("hex");
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
}

async function checkPassword(userId: string, password: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, password)))
    throw new AppError("INVALID", "errors.INVALID", { currentPassword: "errors.currentPasswordWrong" });
}

/** Confirms enrolment with a code from the app; returns the recovery codes, shown once. */
export async function confirmEnrolment(
  scope: Scope,
  currentSessionId: string | null,
  input: { currentPassword: string; code: string },
) {
  await checkPassword(scope.userId, input.currentPassword);
  const user = await db.user.findUniqueOrThrow({
    where: { id: scope.userId },
    select: { totpSecretEncrypted: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) throw new AppError("UNPROCESSABLE", "errors.secondFactorAlreadyOn");
  if (!user.totpSecretEncrypted) throw new AppError("UNPROCESSABLE", "errors.secondFactorNotStarted");
  const result = await verify({
    secret: decryptField(user.totpSecretEncrypted, fieldContext("users", "totp_secret_encrypted", scope.userId)),
    token: normalise(input.code),
    epochTolerance: EPOCH_TOLERANCE_SECONDS,
  });
  if (!result.valid) throw new AppError("INVALID", "errors.INVALID", { code: "errors.secondFactorWrong" });
  const codes = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: scope.userId },
      data: { totpEnabledAt: new Date(), totpLastStep: stepOf(result) },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: scope.userId } });
    await tx.recoveryCode.createMany({
      data: codes.map((c) => ({ userId: scope.userId, codeHash: sha256Hex(normalise(c)) })),
    });
    const ended = await endSessionsOfUser(tx, scope.userId, "SECOND_FACTOR_CHANGED", currentSessionId ?? undefined);
    await appendAudit(tx, scope, {
      action: "auth.second_factor_on",
      details: { sessionsEnded: ended.sessions, tokensRevoked: ended.tokens },
    });
  });
  return { recoveryCodes: codes };
}

/** Turns the second factor off (where the role does not require it), with the password and a code. */
export async function disableSecondFactor(
  scope: Scope,
  currentSessionId: string | null,
  input: { currentPassword: string; code: string },
) {
  if (secondFactorRequired(scope.role)) throw new AppError("UNPROCESSABLE", "errors.secondFactorRequired");
  await checkPassword(scope.userId, input.currentPassword);
  if (!(await acceptSecondFactor(scope.userId, input.code)))
    throw new AppError("INVALID", "errors.INVALID", { code: "errors.secondFactorWrong" });
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: scope.userId },
      data: { totpEnabledAt: null, totpSecretEncrypted: null, totpLastStep: null },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: scope.userId } });
    const ended = await endSessionsOfUser(tx, scope.userId, "SECOND_FACTOR_CHANGED", currentSessionId ?? undefined);
    await appendAudit(tx, scope, {
      action: "auth.second_factor_off",
      details: { sessionsEnded: ended.sessions, tokensRevoked: ended.tokens },
    });
  });
}

/**
 * Checks a code at sign-in: a TOTP code past the last one accepted, or an unused recovery code.
 * Each is consumed by a conditional update, so two sign-ins racing with one code cannot both pass.
 */
export async function acceptSecondFactor(userId: string, rawCode: string): Promise<boolean> {
  const code = normalise(rawCode);
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { totpSecretEncrypted: true, totpEnabledAt: true, totpLastStep: true },
  });
  if (!user?.totpEnabledAt || !user.totpSecretEncrypted) return false;
  if (/^\d{6}$/.test(code)) {
    const result = await verify({
      secret: decryptField(user.totpSecretEncrypted, fieldContext("users", "totp_secret_encrypted", userId)),
      token: code,
      epochTolerance: EPOCH_TOLERANCE_SECONDS,
      ...(user.totpLastStep !== null ? { afterTimeStep: user.totpLastStep } : {}),
    });
    if (!result.valid) return false;
    const taken = await db.user.updateMany({
      where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: stepOf(result) } }] },
      data: { totpLastStep: stepOf(result) },
    });
    return taken.count === 1;
  }
  const used = await db.recoveryCode.updateMany({
    where: { userId, codeHash: sha256Hex(code), usedAt: null },
    data: { usedAt: new Date() },
  });
  return used.count === 1;
}

export async function secondFactorStatus(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { totpEnabledAt: true } });
  const left = await db.recoveryCode.count({ where: { userId, usedAt: null } });
  return { enabledAt: user.totpEnabledAt, recoveryCodesLeft: left };
}

/** The code an authenticator app shows `offsetSeconds` from now (tests use it). */
export function codeAt(secret: string, offsetSeconds = 0) {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });
}
