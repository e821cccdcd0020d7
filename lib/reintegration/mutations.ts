// Reintegration writes: plan items, follow-up surveys, the flags after a return. Each loads the
// case through the one rule of cases (repatriationWhere: another organisation's case is not
// found), checks the home side may keep it, and writes with its audit event in one transaction.
import "server-only";
import { dbFor, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { encryptField, fieldContext } from "@/lib/crypto";
import { repatriationWhere, sidesOf } from "@/lib/repatriations/policy";
import type { RepatriationStatus } from "@/lib/repatriations/codes";
import { monthOfTask } from "./codes";
import { FLAG_STATUSES, mayKeepReintegration, REINTEGRATION_STATUSES } from "./policy";
import { scoreAnswers } from "./survey";
import { situationWhere } from "@/lib/situations/policy";
import type { AssistanceInput, FlagsInput, FollowUpInput, UpdateAssistanceInput } from "./schema";

/** The case, if the actor sees it and may keep its reintegration in its present status; else 404 or a reason. */
async function caseToKeep(tx: Tx, scope: Scope, repatriationId: string, statuses = REINTEGRATION_STATUSES) {
  const found = await tx.repatriation.findFirst({
    where: { AND: [{ id: repatriationId }, repatriationWhere(scope)] },
    select: {
      id: true,
      victimId: true,
      status: true,
      version: true,
      sendingOrganisationId: true,
      receivingOrganisationId: true,
    },
  });
  if (!found) throw new AppError("NOT_FOUND");
  const sides = sidesOf(scope, found);
  if (!sides.includes("RECEIVING")) throw new AppError("UNPROCESSABLE", "errors.reintegrationHomeSide");
  if (!mayKeepReintegration(scope.role, sides, found.status as RepatriationStatus, statuses))
    throw new AppError("UNPROCESSABLE", "errors.reintegrationNotNow");
  return found;
}

const assistanceColumns = (input: AssistanceInput) => ({
  type: input.type,
  status: input.status,
  amount: input.amount ?? null,
  currency: input.amount ? (input.currency ?? null) : null,
  provider: input.provider ?? null,
  startsOn: input.startsOn ?? null,
  endsOn: input.endsOn ?? null,
});

export async function addAssistance(scope: Scope, repatriationId: string, input: AssistanceInput) {
  return dbFor(scope).$transaction(async (tx) => {
    await caseToKeep(tx, scope, repatriationId);
    const item = await tx.reintegrationAssistance.create({
      data: { repatriationId, recordedById: scope.userId, ...assistanceColumns(input) },
      select: { id: true },
    });
    await appendAudit(tx, scope, {
      action: "reintegration.assistance_add",
      recordType: "REPATRIATION",
      recordId: repatriationId,
      details: { assistanceId: item.id, type: input.type },
    });
    return item;
  });
}

/**
 * Changes an item read at `version`: a change made since answers CONFLICT and changes nothing.
 * `expectedRepatriationId` (the API's URL): an item of another case is not found.
 */
export async function updateAssistance(
  scope: Scope,
  assistanceId: string,
  input: UpdateAssistanceInput,
  expectedRepatriationId?: string,
) {
  return dbFor(scope).$transaction(async (tx) => {
    const item = await tx.reintegrationAssistance.findFirst({
      where: { id: assistanceId, ...(expectedRepatriationId ? { repatriationId: expectedRepatriationId } : {}) },
      select: { repatriationId: true },
    });
    if (!item) throw new AppError("NOT_FOUND");
    await caseToKeep(tx, scope, item.repatriationId);
    const { version, ...fields } = input;
    const updated = await tx.reintegrationAssistance.updateMany({
      where: { id: assistanceId, version },
      data: { ...assistanceColumns(fields), version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", "errors.staleRecord");
    await appendAudit(tx, scope, {
      action: "reintegration.assistance_update",
      recordType: "REPATRIATION",
      recordId: item.repatriationId,
      details: { assistanceId, status: fields.status },
    });
    return { repatriationId: item.repatriationId };
  });
}

/**
 * Records a follow-up's survey on its open task: the answers sealed, the scores computed here from
 * the documented weights (never sent by the client), and the task done in the same transaction.
 */
export async function recordFollowUp(scope: Scope, repatriationId: string, taskId: string, input: FollowUpInput) {
  return dbFor(scope).$transaction(async (tx) => {
    await caseToKeep(tx, scope, repatriationId, ["REINTEGRATION"]);
    const task = await tx.repatriationTask.findFirst({
      where: { id: taskId, repatriationId, kind: "FOLLOW_UP", doneOn: null },
      select: { id: true, templateKey: true },
    });
    const month = task ? monthOfTask(task.templateKey) : null;
    if (!task || !month) throw new AppError("NOT_FOUND");
    // Claim the task first: of two surveys (or a survey and a note) sent at once, one wins and the
    // other is told the task moved on, instead of failing on the unique task or overwriting a note.
    const claimed = await tx.repatriationTask.updateMany({
      where: { id: taskId, doneOn: null },
      data: { doneOn: input.conductedOn },
    });
    if (claimed.count === 0) throw new AppError("CONFLICT", "errors.staleRecord");
    const { conductedOn, note, ...answers } = input;
    const scores = scoreAnswers(answers);
    const id = crypto.randomUUID();
    await tx.reintegrationFollowUp.create({
      data: {
        id,
        repatriationId,
        taskId,
        month,
        conductedOn,
        answersEncrypted: encryptField(
          JSON.stringify(answers),
          fieldContext("reintegration_follow_ups", "answers_encrypted", id),
        ),
        economicScore: scores.economic,
        socialScore: scores.social,
        psychosocialScore: scores.psychosocial,
        overallScore: scores.overall,
        recordedById: scope.userId,
      },
    });
    await tx.repatriationTask.update({
      where: { id: taskId },
      data: {
        noteEncrypted: note ? encryptField(note, fieldContext("repatriation_tasks", "note_encrypted", taskId)) : null,
      },
    });
    await appendAudit(tx, scope, {
      action: "reintegration.follow_up",
      recordType: "REPATRIATION",
      recordId: repatriationId,
      details: { followUpId: id, month },
    });
    return { id, month, ...scores };
  });
}

/** What became of the person after the return, at the case's version; a new situation only among the own. */
export async function setReintegrationFlags(scope: Scope, repatriationId: string, input: FlagsInput) {
  return dbFor(scope).$transaction(async (tx) => {
    const found = await caseToKeep(tx, scope, repatriationId, FLAG_STATUSES);
    if (input.retraffickedSituationId) {
      // A situation the actor sees (the one rule of situations) that the person is in.
      const own = await tx.situation.count({
        where: {
          AND: [
            await situationWhere(scope),
            { id: input.retraffickedSituationId, people: { some: { victimId: found.victimId } } },
          ],
        },
      });
      if (!own) throw new AppError("INVALID", "errors.INVALID", { retraffickedSituationId: "errors.invalidChoice" });
    }
    const { version, ...flags } = input;
    const updated = await tx.repatriation.updateMany({
      where: { id: found.id, version },
      data: {
        ...(flags.remigratedOn !== undefined ? { remigratedOn: flags.remigratedOn } : {}),
        ...(flags.retraffickedOn !== undefined ? { retraffickedOn: flags.retraffickedOn } : {}),
        ...(flags.retraffickedSituationId !== undefined
          ? { retraffickedSituationId: flags.retraffickedSituationId }
          : {}),
        ...(flags.lostContactOn !== undefined ? { lostContactOn: flags.lostContactOn } : {}),
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", "errors.staleRecord");
    await tx.repatriationEvent.create({
      data: {
        repatriationId,
        actorId: scope.userId,
        organisationId: scope.organisationId!,
        summary: `reintegration flags: ${Object.keys(flags)
          .filter((k) => flags[k as keyof typeof flags] !== undefined)
          .join(", ")}`,
      },
    });
    await appendAudit(tx, scope, {
      action: "reintegration.flags",
      recordType: "REPATRIATION",
      recordId: repatriationId,
      details: { fields: Object.keys(flags) },
    });
  });
}
