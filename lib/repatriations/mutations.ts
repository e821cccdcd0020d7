// Repatriation writes. A transition locks the case row (SELECT … FOR UPDATE) and checks the
// current status in the same transaction, so two people acting at once on the two sides cannot
// both apply a step: the second is refused with the reason (the case has moved on).
import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { roleHas } from "@/lib/auth/permissions";
import type { Scope } from "@/lib/auth/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { decryptField, encryptField } from "@/lib/crypto";
import { hasSharingConsent } from "@/lib/casework/rules";
import { victimScopeWhere } from "@/lib/victims/scope";
import { checkTransition, type RepatriationStatus, type RiskOutcome } from "./state-machine";
import { repatriationWhere, sideOf } from "./policy";
import type { CreateRepatriationInput, CreateTaskInput, MessageInput, TransitionInput } from "./schema";

/** The sending side's COORDINATOR prepares a case for a person of its own organisation. */
export async function createRepatriation(scope: Scope, input: CreateRepatriationInput) {
  if (!scope.organisationId || !roleHas(scope.role, "repatriations.request")) throw new AppError("NOT_FOUND");
  const organisationId = scope.organisationId;
  const victimWhere = await victimScopeWhere(scope);
  return db.$transaction(async (tx) => {
    const victim = await tx.victim.findFirst({ where: { AND: [{ id: input.victimId, organisationId }, victimWhere] }, select: { id: true } });
    if (!victim) throw new AppError("INVALID", "errors.INVALID", { victimId: "errors.chooseAPerson" });
    const sender = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { countryCode: true } });
    const receiver = await tx.organisation.findFirst({ where: { id: input.receivingOrganisationId, active: true }, select: { id: true, countryCode: true } });
    if (!receiver || receiver.id === organisationId) throw new AppError("INVALID", "errors.INVALID", { receivingOrganisationId: "errors.unknownOrganisation" });
    const repatriation = await tx.repatriation.create({
      data: {
        victimId: victim.id,
        sendingOrganisationId: organisationId,
        receivingOrganisationId: receiver.id,
        sendingCountry: sender.countryCode,
        receivingCountry: receiver.countryCode,
        sendingCoordinatorId: scope.userId,
        targetTravelDate: input.targetTravelDate ?? null,
        createdById: scope.userId,
        events: { create: { actorId: scope.userId, organisationId, toStatus: "DRAFT", summary: "created" } },
      },
      select: { id: true },
    });
    await appendAudit(tx, scope, { action: "repatriation.create", recordType: "REPATRIATION", recordId: repatriation.id, details: { victimId: victim.id } });
    return repatriation;
  });
}

async function consentFacts(tx: Tx, victimId: string, receivingOrganisationId: string) {
  const consents = await tx.victimConsent.findMany({ where: { victimId }, select: { kind: true, granteeOrganisationId: true, givenOn: true, withdrawnOn: true } });
  const now = new Date();
  return {
    consentToReturn: consents.some((c) => c.kind === "RETURN" && c.givenOn <= now && (!c.withdrawnOn || c.withdrawnOn > now)),
    consentToShare: hasSharingConsent(consents, receivingOrganisationId, now),
  };
}

/** Moves a case to its next status (or cancels it), with that step's fields. */
export async function transitionRepatriation(scope: Scope, repatriationId: string, input: TransitionInput) {
  if (!scope.organisationId) throw new AppError("NOT_FOUND");
  return db.$transaction(async (tx) => {
    const visible = await tx.repatriation.findFirst({ where: { AND: [{ id: repatriationId }, repatriationWhere(scope)] }, select: { id: true } });
    if (!visible) throw new AppError("NOT_FOUND");
    // The lock: a second transition on this case waits here, then sees the status the first left.
    await tx.$queryRaw`SELECT id FROM repatriations WHERE id = ${repatriationId}::uuid FOR UPDATE`;
    const current = await tx.repatriation.findUniqueOrThrow({ where: { id: repatriationId } });
    const side = sideOf(scope, current)!;
    const from = current.status as RepatriationStatus;
    const riskOutcome = (input.riskOutcome ?? current.riskOutcome) as RiskOutcome | null;
    const overrideGiven = Boolean(input.riskOverride) && roleHas(scope.role, "repatriations.request") && side === "RECEIVING";
    const facts = {
      ...(await consentFacts(tx, current.victimId, current.receivingOrganisationId)),
      riskOutcome,
      riskOverrideRecorded: Boolean(current.riskOverrideEncrypted) || overrideGiven,
      reason: input.reason ?? null,
    };
    const check = checkTransition(from, input.to, side, scope.role, facts);
    if (!check.ok) throw new AppError("UNPROCESSABLE", check.reason, { to: check.reason });

    let grantId = current.grantId;
    if (input.to === "REQUESTED") {
      const grant = await tx.accessGrant.create({
        data: {
          recordType: "VICTIM",
          recordId: current.victimId,
          ownerOrganisationId: current.sendingOrganisationId,
          granteeOrganisationId: current.receivingOrganisationId,
          scope: "MINIMAL",
          reason: "repatriation",
          grantedById: scope.userId,
        },
        select: { id: true },
      });
      grantId = grant.id;
    }
    if ((input.to === "DECLINED" || input.to === "CANCELLED") && current.grantId) {
      await tx.accessGrant.updateMany({ where: { id: current.grantId, revokedAt: null }, data: { revokedAt: new Date(), revokedById: scope.userId } });
    }
    const details = input.details ? { ...(current.stepDetailsEncrypted ? JSON.parse(decryptField(current.stepDetailsEncrypted)) : {}), [input.to]: input.details } : null;
    await tx.repatriation.update({
      where: { id: repatriationId },
      data: {
        status: input.to,
        statusChangedAt: new Date(),
        grantId,
        riskOutcome: input.riskOutcome ?? undefined,
        riskNotesEncrypted: input.riskNotes ? encryptField(input.riskNotes) : undefined,
        ...(overrideGiven ? { riskOverrideEncrypted: encryptField(input.riskOverride!), riskOverrideById: scope.userId } : {}),
        ...(side === "RECEIVING" && !current.receivingCoordinatorId ? { receivingCoordinatorId: scope.userId } : {}),
        stepDetailsEncrypted: details ? encryptField(JSON.stringify(details)) : undefined,
        endReason: input.to === "DECLINED" || input.to === "CANCELLED" ? (input.reason ?? null) : undefined,
        version: { increment: 1 },
        events: { create: { actorId: scope.userId, organisationId: scope.organisationId!, fromStatus: from, toStatus: input.to, summary: `${from} -> ${input.to}` } },
      },
    });
    await appendAudit(tx, scope, { action: "repatriation.transition", recordType: "REPATRIATION", recordId: repatriationId, details: { from, to: input.to } });
    return { status: input.to };
  });
}

/** Loads a live case the actor may see, for messages and tasks (an ended case is read-only). */
async function liveCase(tx: Tx, scope: Scope, repatriationId: string) {
  const found = await tx.repatriation.findFirst({ where: { AND: [{ id: repatriationId }, repatriationWhere(scope)] }, select: { id: true, status: true, sendingOrganisationId: true, receivingOrganisationId: true } });
  if (!found) throw new AppError("NOT_FOUND");
  if (["DECLINED", "CLOSED", "CANCELLED"].includes(found.status)) throw new AppError("UNPROCESSABLE", "errors.repatriationEnded");
  return found;
}

/** A message from one side to the other on the case (encrypted at rest). */
export async function postMessage(scope: Scope, repatriationId: string, input: MessageInput) {
  return db.$transaction(async (tx) => {
    await liveCase(tx, scope, repatriationId);
    const message = await tx.repatriationMessage.create({
      data: { repatriationId, authorId: scope.userId, organisationId: scope.organisationId!, textEncrypted: encryptField(input.text) },
      select: { id: true, createdAt: true },
    });
    await appendAudit(tx, scope, { action: "repatriation.message", recordType: "REPATRIATION", recordId: repatriationId, details: { messageId: message.id } });
    return message;
  });
}

/** A checklist task for the current status, assigned to either side. */
export async function addTask(scope: Scope, repatriationId: string, input: CreateTaskInput) {
  return db.$transaction(async (tx) => {
    const found = await liveCase(tx, scope, repatriationId);
    const task = await tx.repatriationTask.create({
      data: { repatriationId, status: found.status, title: input.title, assigneeSide: input.assigneeSide, dueOn: input.dueOn ?? null, createdById: scope.userId },
      select: { id: true },
    });
    await appendAudit(tx, scope, { action: "repatriation.task_add", recordType: "REPATRIATION", recordId: repatriationId, details: { taskId: task.id } });
    return task;
  });
}

/** Marks a task done; only the side it is assigned to. */
export async function completeTask(scope: Scope, repatriationId: string, taskId: string) {
  return db.$transaction(async (tx) => {
    const found = await liveCase(tx, scope, repatriationId);
    const side = sideOf(scope, found);
    const updated = await tx.repatriationTask.updateMany({ where: { id: taskId, repatriationId, assigneeSide: side ?? undefined, doneOn: null }, data: { doneOn: new Date() } });
    if (updated.count === 0) throw new AppError("NOT_FOUND");
    await appendAudit(tx, scope, { action: "repatriation.task_done", recordType: "REPATRIATION", recordId: repatriationId, details: { taskId } });
  });
}
