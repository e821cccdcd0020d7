import "server-only";
import { dbFor } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { encryptField, fieldContext } from "@/lib/crypto";
import { victimScopeWhere } from "@/lib/victims/scope";
import { loadEditableVictim } from "@/lib/victims/editable";
import { remindOf } from "@/lib/tasks/reminders";
import { AGE_OF_OWN_CONSENT } from "@/lib/victims/queues";
import { closureProblem, reopenProblem, type CaseStatus } from "./rules";
import { guardianBarred } from "./authority-reports";
import { sheetVersion } from "@/lib/sheets/versions";
import type {
  CaseNoteInput,
  CloseCaseInput,
  RecordConsentInput,
  SupportItemInput,
  WithdrawConsentInput,
} from "./schema";

export async function addCaseNote(scope: Scope, victimId: string, input: CaseNoteInput) {
  const db = dbFor(scope);
  return db.$transaction(async (tx) => {
    await loadEditableVictim(tx, scope, victimId);
    const noteId = crypto.randomUUID();
    const note = await tx.caseNote.create({
      data: {
        id: noteId,
        victimId,
        authorId: scope.userId,
        occurredOn: input.occurredOn,
        textEncrypted: encryptField(input.text, fieldContext("case_notes", "text_encrypted", noteId)),
      },
      select: { id: true },
    });
    await appendAudit(tx, scope, {
      action: "victim.note_add",
      recordType: "VICTIM",
      recordId: victimId,
      details: { noteId: note.id },
    });
    return note;
  });
}

export async function recordConsent(scope: Scope, victimId: string, input: RecordConsentInput) {
  const db = dbFor(scope);
  return db.$transaction(async (tx) => {
    const victim = await loadEditableVictim(tx, scope, victimId);
    // A parent or guardian recorded as a perpetrator against the person cannot consent for them.
    if (input.method === "GUARDIAN" && (await guardianBarred(tx, victimId)))
      throw new AppError("INVALID", "errors.INVALID", { method: "errors.guardianIsPerpetrator" });
    if (input.granteeOrganisationId) {
      const exists = await tx.organisation.count({ where: { id: input.granteeOrganisationId, active: true } });
      if (!exists)
        throw new AppError("INVALID", "errors.INVALID", { granteeOrganisationId: "errors.unknownOrganisation" });
    }
    // A counterpart only from the organisation's own directory (row-level security keeps others out too).
    if (input.kind === "SHARING" && input.granteeCounterpartId) {
      const exists = await tx.counterpart.count({
        where: { id: input.granteeCounterpartId, organisationId: scope.organisationId!, active: true },
      });
      if (!exists)
        throw new AppError("INVALID", "errors.INVALID", { granteeCounterpartId: "errors.unknownCounterpart" });
    }
    const consent = await tx.victimConsent.create({
      data: {
        victimId,
        kind: input.kind,
        granteeOrganisationId: input.kind === "SHARING" ? (input.granteeOrganisationId ?? null) : null,
        granteeCounterpartId: input.kind === "SHARING" ? (input.granteeCounterpartId ?? null) : null,
        givenOn: input.givenOn,
        method: input.method,
        // The words the person agreed to: the sheet's language and the version of its text now
        // (lib/sheets/versions.json), never a version the browser names.
        sheetLanguage: input.sheetLanguage,
        sheetVersion: sheetVersion(input.kind, input.sheetLanguage),
        recordedById: scope.userId,
      },
      select: { id: true, sheetVersion: true },
    });
    await appendAudit(tx, scope, {
      action: "victim.consent_record",
      recordType: "VICTIM",
      recordId: victimId,
      details: {
        consentId: consent.id,
        kind: input.kind,
        sheetLanguage: input.sheetLanguage,
        sheetVersion: consent.sheetVersion,
      },
    });
    // A guardian's consent to services for a child: a reminder to ask the person's own on the day
    // they come of age (the home's "consents to renew" lists them from then on).
    if (input.kind === "SERVICES" && input.method === "GUARDIAN" && victim.birthDate)
      await remindOf(tx, {
        organisationId: victim.organisationId,
        person: victim,
        kind: "CONSENT_REVIEW",
        sourceId: consent.id,
        eventOn: comingOfAge(victim.birthDate),
      });
    return consent;
  });
}

/**
 * Withdrawing a sharing consent also ends every access it allowed: the referrals to that
 * organisation and the placement requests to its shelters end, and then the grants to it for
 * this record are revoked, in the same transaction. In that order: ending a referral or a request
 * waits for an acceptance of it that is under way, so the grant that acceptance opens is already
 * committed when the grants are revoked, and none is left live.
 */
export async function withdrawConsent(scope: Scope, victimId: string, consentId: string, input: WithdrawConsentInput) {
  const db = dbFor(scope);
  return db.$transaction(async (tx) => {
    await loadEditableVictim(tx, scope, victimId);
    const consent = await tx.victimConsent.findFirst({ where: { id: consentId, victimId, withdrawnOn: null } });
    if (!consent) throw new AppError("NOT_FOUND");
    await tx.victimConsent.update({ where: { id: consent.id }, data: { withdrawnOn: input.withdrawnOn } });
    // A withdrawn consent is not reviewed: its reminder, if open, goes.
    await tx.task.deleteMany({ where: { kind: "CONSENT_REVIEW", sourceId: consent.id, status: "OPEN" } });
    if (consent.kind === "SHARING" && consent.granteeOrganisationId) {
      await tx.referral.updateMany({
        where: { victimId, toOrganisationId: consent.granteeOrganisationId, status: { in: ["PENDING", "ACCEPTED"] } },
        data: { status: "REVOKED", revokedAt: new Date() },
      });
      await tx.placementRequest.updateMany({
        where: {
          victimId,
          shelter: { organisationId: consent.granteeOrganisationId },
          status: { in: ["PENDING", "ACCEPTED"] },
        },
        data: { status: "CANCELLED" },
      });
      const revoked = await tx.accessGrant.updateMany({
        where: {
          recordType: "VICTIM",
          recordId: victimId,
          granteeOrganisationId: consent.granteeOrganisationId,
          revokedAt: null,
        },
        data: { revokedAt: new Date(), revokedById: scope.userId, revokeReason: "consent.withdrawn" },
      });
      await appendAudit(tx, scope, {
        action: "victim.consent_withdraw",
        recordType: "VICTIM",
        recordId: victimId,
        details: { consentId, grantsRevoked: revoked.count },
      });
    } else {
      await appendAudit(tx, scope, {
        action: "victim.consent_withdraw",
        recordType: "VICTIM",
        recordId: victimId,
        details: { consentId },
      });
    }
  });
}

export async function addSupportItem(scope: Scope, victimId: string, input: SupportItemInput) {
  const db = dbFor(scope);
  return db.$transaction(async (tx) => {
    const victim = await loadEditableVictim(tx, scope, victimId);
    const item = await tx.supportPlanItem.create({
      data: {
        victimId,
        area: input.area,
        status: input.status,
        provider: input.provider ?? null,
        plannedOn: input.plannedOn ?? null,
        startedOn: input.startedOn ?? null,
        doneOn: input.doneOn ?? null,
      },
      select: { id: true },
    });
    await appendAudit(tx, scope, {
      action: "victim.support_add",
      recordType: "VICTIM",
      recordId: victimId,
      details: { itemId: item.id, area: input.area },
    });
    await remindOf(tx, supportReminder(victim, item.id, input));
    return item;
  });
}

export async function updateSupportItem(scope: Scope, victimId: string, itemId: string, input: SupportItemInput) {
  const db = dbFor(scope);
  return db.$transaction(async (tx) => {
    const victim = await loadEditableVictim(tx, scope, victimId);
    const updated = await tx.supportPlanItem.updateMany({
      where: { id: itemId, victimId },
      data: {
        area: input.area,
        status: input.status,
        provider: input.provider ?? null,
        plannedOn: input.plannedOn ?? null,
        startedOn: input.startedOn ?? null,
        doneOn: input.doneOn ?? null,
      },
    });
    if (updated.count === 0) throw new AppError("NOT_FOUND");
    await appendAudit(tx, scope, {
      action: "victim.support_update",
      recordType: "VICTIM",
      recordId: victimId,
      details: { itemId, status: input.status },
    });
    await remindOf(tx, supportReminder(victim, itemId, input));
  });
}

/** A support step planned for a day reminds of it until it is done. */
function supportReminder(
  victim: { id: string; organisationId: string; assignedToId: string | null },
  itemId: string,
  input: SupportItemInput,
) {
  return {
    organisationId: victim.organisationId,
    person: victim,
    kind: "SUPPORT_ITEM" as const,
    sourceId: itemId,
    eventOn: input.status === "DONE" ? null : (input.plannedOn ?? null),
  };
}

export async function closeCase(scope: Scope, victimId: string, input: CloseCaseInput) {
  const db = dbFor(scope);
  return db.$transaction(async (tx) => {
    const victim = await loadEditableVictim(tx, scope, victimId);
    const problem = closureProblem(scope.role, victim.status as CaseStatus, input.reason);
    if (problem) throw new AppError("UNPROCESSABLE", problem, { reason: problem });
    await tx.victim.update({
      where: { id: victimId },
      data: { status: input.status, closureReason: input.reason, closedAt: new Date(), version: { increment: 1 } },
    });
    await appendAudit(tx, scope, {
      action: "victim.close",
      recordType: "VICTIM",
      recordId: victimId,
      details: { status: input.status, toVersion: victim.version + 1, changed: ["status"] },
    });
  });
}

export async function reopenCase(scope: Scope, victimId: string) {
  const db = dbFor(scope);
  return db.$transaction(async (tx) => {
    const victim = await tx.victim.findFirst({
      where: {
        AND: [{ id: victimId, organisationId: scope.organisationId ?? undefined }, await victimScopeWhere(scope)],
      },
    });
    if (!victim) throw new AppError("NOT_FOUND");
    const problem = reopenProblem(scope.role, victim.status as CaseStatus);
    if (problem) throw new AppError("UNPROCESSABLE", problem);
    await tx.victim.update({
      where: { id: victimId },
      data: { status: "FOLLOW_UP", closedAt: null, version: { increment: 1 } },
    });
    await appendAudit(tx, scope, {
      action: "victim.reopen",
      recordType: "VICTIM",
      recordId: victimId,
      details: { toVersion: victim.version + 1, changed: ["status"] },
    });
  });
}

/** The day a person born on `birthDate` may consent for themselves. */
function comingOfAge(birthDate: Date) {
  return new Date(
    Date.UTC(birthDate.getUTCFullYear() + AGE_OF_OWN_CONSENT, birthDate.getUTCMonth(), birthDate.getUTCDate()),
  );
}
