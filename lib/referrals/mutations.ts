// Referrals: one organisation asks another to take over or share work with a person. Acceptance
// opens an access grant to the shared field set; revocation, or withdrawal of the consent, ends it.
//
// Every change of a referral's status first locks its row (SELECT … FOR UPDATE) and reads it
// afresh: an acceptance and a revocation at once run one after the other, the second sees the
// first's result, and a referral never ends REVOKED with a live grant nor flips back.
import "server-only";
import { dbFor, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { roleHas } from "@/lib/roles/permissions";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { loadEditableVictim } from "@/lib/victims/editable";
import { hasSharingConsent } from "@/lib/casework/rules";
import type { CreateReferralInput, DecideReferralInput } from "./schema";

/** Locks the referral row for the rest of the transaction and reads it as it is now. */
async function lockReferral(tx: Tx, referralId: string) {
  await tx.$queryRaw`SELECT id FROM referrals WHERE id = ${referralId}::uuid FOR UPDATE`;
  return tx.referral.findFirstOrThrow({ where: { id: referralId } });
}

function assertCoordinator(scope: Scope): asserts scope is Scope & { organisationId: string } {
  if (!scope.organisationId || !roleHas(scope.role, "cases.referral.send")) throw new AppError("NOT_FOUND");
}

export async function createReferral(scope: Scope, victimId: string, input: CreateReferralInput) {
  const db = dbFor(scope);
  assertCoordinator(scope);
  if (input.toOrganisationId === scope.organisationId)
    throw new AppError("INVALID", "errors.INVALID", { toOrganisationId: "errors.grantToSelf" });
  return db.$transaction(async (tx) => {
    await loadEditableVictim(tx, scope, victimId);
    const receiver = await tx.organisation.findFirst({
      where: { id: input.toOrganisationId, active: true },
      select: { id: true },
    });
    if (!receiver) throw new AppError("INVALID", "errors.INVALID", { toOrganisationId: "errors.unknownOrganisation" });
    const consents = await tx.victimConsent.findMany({
      where: { victimId },
      select: { kind: true, granteeOrganisationId: true, givenOn: true, withdrawnOn: true },
    });
    if (!hasSharingConsent(consents, receiver.id)) {
      throw new AppError("UNPROCESSABLE", "errors.noSharingConsent", { toOrganisationId: "errors.noSharingConsent" });
    }
    const open = await tx.referral.count({
      where: { victimId, toOrganisationId: receiver.id, status: { in: ["PENDING", "ACCEPTED"] } },
    });
    if (open) throw new AppError("CONFLICT", "errors.referralExists", { toOrganisationId: "errors.referralExists" });
    const referral = await tx.referral.create({
      data: {
        victimId,
        fromOrganisationId: scope.organisationId,
        toOrganisationId: receiver.id,
        reason: input.reason,
        sharedFields: input.sharedFields,
        createdById: scope.userId,
      },
      select: { id: true },
    });
    await appendAudit(tx, scope, {
      action: "referral.create",
      recordType: "VICTIM",
      recordId: victimId,
      details: { referralId: referral.id, to: receiver.id },
    });
    return referral;
  });
}

/** The receiving organisation's COORDINATOR accepts (opening the grant) or declines with a reason. */
export async function decideReferral(scope: Scope, referralId: string, input: DecideReferralInput) {
  const db = dbFor(scope);
  assertCoordinator(scope);
  if (input.decision === "DECLINE" && !input.reason?.trim()) {
    throw new AppError("INVALID", "errors.INVALID", { reason: "errors.declineReasonRequired" });
  }
  return db.$transaction(async (tx) => {
    const visible = await tx.referral.findFirst({
      where: { id: referralId, toOrganisationId: scope.organisationId },
      select: { id: true },
    });
    if (!visible) throw new AppError("NOT_FOUND");
    const referral = await lockReferral(tx, visible.id);
    if (referral.status === "REVOKED") throw new AppError("CONFLICT", "errors.referralRevoked");
    if (referral.status !== "PENDING") throw new AppError("CONFLICT", "errors.referralDecided");
    let grantId: string | null = null;
    if (input.decision === "ACCEPT") {
      // The consent may have been withdrawn since the referral was sent.
      const consents = await tx.victimConsent.findMany({
        where: { victimId: referral.victimId },
        select: { kind: true, granteeOrganisationId: true, givenOn: true, withdrawnOn: true },
      });
      if (!hasSharingConsent(consents, scope.organisationId))
        throw new AppError("UNPROCESSABLE", "errors.noSharingConsent");
      const grant = await tx.accessGrant.create({
        data: {
          recordType: "VICTIM",
          recordId: referral.victimId,
          ownerOrganisationId: referral.fromOrganisationId,
          granteeOrganisationId: scope.organisationId,
          scope: "MINIMAL",
          fields: referral.sharedFields,
          reason: "referral",
          grantedById: referral.createdById,
          sourceType: "REFERRAL",
          sourceId: referral.id,
        },
        select: { id: true },
      });
      grantId = grant.id;
    }
    await tx.referral.update({
      where: { id: referral.id },
      data: {
        status: input.decision === "ACCEPT" ? "ACCEPTED" : "DECLINED",
        decisionReason: input.reason ?? null,
        decidedById: scope.userId,
        decidedAt: new Date(),
        grantId,
      },
    });
    await appendAudit(tx, scope, {
      action: input.decision === "ACCEPT" ? "referral.accept" : "referral.decline",
      recordType: "VICTIM",
      recordId: referral.victimId,
      details: { referralId: referral.id, grantId },
    });
  });
}

/** The sending organisation ends a referral; the receiver loses access at once. */
export async function revokeReferral(scope: Scope, referralId: string) {
  const db = dbFor(scope);
  assertCoordinator(scope);
  return db.$transaction(async (tx) => {
    const visible = await tx.referral.findFirst({
      where: { id: referralId, fromOrganisationId: scope.organisationId },
      select: { id: true },
    });
    if (!visible) throw new AppError("NOT_FOUND");
    const referral = await lockReferral(tx, visible.id);
    if (referral.status !== "PENDING" && referral.status !== "ACCEPTED")
      throw new AppError("CONFLICT", "errors.referralEnded");
    await tx.referral.update({ where: { id: referral.id }, data: { status: "REVOKED", revokedAt: new Date() } });
    // The grant this referral opened, found by what opened it (and by the id it recorded, for
    // grants made before grants named their source).
    await tx.accessGrant.updateMany({
      where: {
        revokedAt: null,
        OR: [
          { sourceType: "REFERRAL", sourceId: referral.id },
          ...(referral.grantId ? [{ id: referral.grantId }] : []),
        ],
      },
      data: { revokedAt: new Date(), revokedById: scope.userId, revokeReason: "referral.revoked" },
    });
    await appendAudit(tx, scope, {
      action: "referral.revoke",
      recordType: "VICTIM",
      recordId: referral.victimId,
      details: { referralId: referral.id },
    });
  });
}
