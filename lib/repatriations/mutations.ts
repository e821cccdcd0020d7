// Repatriation writes. A transition locks the case row (SELECT … FOR UPDATE) and checks the
// current status in the same transaction, so two people acting at once on the two sides cannot
// both apply a step: the second is refused with the reason (the case has moved on).
import "server-only";
import { organisationToday } from "@/lib/time/zoned";
import { dbFor, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { roleHas } from "@/lib/roles/permissions";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { encryptField, fieldContext } from "@/lib/crypto";
import { hasCounterpartSharingConsent, hasReturnConsent, hasSharingConsent } from "@/lib/casework/rules";
import { chosenPerson, victimScopeWhere } from "@/lib/victims/scope";
import { notifyOrganisation } from "./notices";
import { openRequestGrant } from "./request-grant";
import { checkTransition, mayMove } from "./state-machine";
import { CLOSED_STATUSES, ENDS_WITHOUT_RETURN, type RepatriationStatus, type ReturnKind, type Side } from "./codes";
import { repatriationWhere, sidesOf, worksAlone } from "./policy";
import {
  addDays,
  addMonths,
  checklistOf,
  fieldsOutside,
  FOLLOW_UP_MONTHS,
  givenFields,
  tasksEndedBy,
  writableFields,
} from "./steps";
import { chosenTravelDocument, pickGiven, readStepRecord, readTravelDocument, writeStepRecord } from "./step-record";
import { DERIVED_TRAVEL_FIELDS, travelDocumentState } from "./travel-document";
import type {
  CompleteTaskInput,
  CreateRepatriationInput,
  CreateTaskInput,
  MessageInput,
  StepFields,
  StepRecord,
  TransitionInput,
  UpdateStepInput,
} from "./schema";

/**
 * A new case, prepared by the person's organisation: with a partner organisation (its COORDINATOR),
 * or alone with a counterpart from its directory or for a deportation it meets (a CASE_WORKER too,
 * for a person they may see). Which organisation and counterpart come only from the actor's scope
 * and the own directory; an id of another organisation's counterpart reads as unknown.
 */
export async function createRepatriation(scope: Scope, input: CreateRepatriationInput) {
  const db = dbFor(scope);
  const kind: ReturnKind = input.kind ?? "ASSISTED";
  const alone = kind === "DEPORTATION" || Boolean(input.counterpartId);
  if (!scope.organisationId || !mayMove(scope.role, alone ? ["SENDING", "RECEIVING"] : ["SENDING"]))
    throw new AppError("NOT_FOUND");
  const organisationId = scope.organisationId;
  const victimWhere = await victimScopeWhere(scope);
  return db.$transaction(async (tx) => {
    const victim = await chosenPerson(tx, victimWhere, input.victimId, organisationId);
    const own = await tx.organisation.findFirstOrThrow({
      where: { id: organisationId },
      select: { countryCode: true },
    });
    const counterpart = input.counterpartId
      ? await tx.counterpart.findFirst({
          where: { id: input.counterpartId, organisationId, active: true },
          select: { id: true, countryCode: true },
        })
      : null;
    if (input.counterpartId && !counterpart)
      throw new AppError("INVALID", "errors.INVALID", { counterpartId: "errors.unknownCounterpart" });
    let sides: { receivingOrganisationId: string; sendingCountry: string; receivingCountry: string };
    if (kind === "DEPORTATION") {
      const from = await tx.country.findFirst({ where: { code: input.fromCountry ?? "" }, select: { code: true } });
      if (!from || from.code === own.countryCode)
        throw new AppError("INVALID", "errors.INVALID", { fromCountry: "errors.invalidChoice" });
      sides = { receivingOrganisationId: organisationId, sendingCountry: from.code, receivingCountry: own.countryCode };
    } else if (counterpart) {
      // A counterpart in the organisation's own country is no other side of a return home.
      if (counterpart.countryCode === own.countryCode)
        throw new AppError("INVALID", "errors.INVALID", { counterpartId: "errors.counterpartSameCountry" });
      sides = {
        receivingOrganisationId: organisationId,
        sendingCountry: own.countryCode,
        receivingCountry: counterpart.countryCode,
      };
    } else {
      const receiver = await tx.organisation.findFirst({
        where: { id: input.receivingOrganisationId, active: true },
        select: { id: true, countryCode: true },
      });
      if (!receiver || receiver.id === organisationId)
        throw new AppError("INVALID", "errors.INVALID", { receivingOrganisationId: "errors.unknownOrganisation" });
      sides = {
        receivingOrganisationId: receiver.id,
        sendingCountry: own.countryCode,
        receivingCountry: receiver.countryCode,
      };
    }
    const repatriation = await tx.repatriation.create({
      data: {
        victimId: victim.id,
        kind,
        sendingOrganisationId: organisationId,
        ...sides,
        counterpartId: counterpart?.id ?? null,
        // The counterpart of a deportation is on the deporting side (a consulate, a migration service).
        counterpartSide: counterpart ? (kind === "DEPORTATION" ? "SENDING" : "RECEIVING") : null,
        sendingCoordinatorId: scope.userId,
        receivingCoordinatorId: kind === "DEPORTATION" || counterpart ? scope.userId : null,
        targetTravelDate: input.targetTravelDate ?? null,
        createdById: scope.userId,
        events: { create: { actorId: scope.userId, organisationId, toStatus: "DRAFT", summary: "created" } },
      },
      select: { id: true },
    });
    await appendAudit(tx, scope, {
      action: "repatriation.create",
      recordType: "REPATRIATION",
      recordId: repatriation.id,
      details: { victimId: victim.id, kind, ...(counterpart ? { counterpartId: counterpart.id } : {}) },
    });
    return repatriation;
  });
}

/** The person's consents to return and to share with the other side (a partner or the counterpart). */
async function consentFacts(
  tx: Tx,
  c: { victimId: string; receivingOrganisationId: string; sendingOrganisationId: string; counterpartId: string | null },
) {
  const consents = await tx.victimConsent.findMany({
    where: { victimId: c.victimId },
    select: { kind: true, granteeOrganisationId: true, granteeCounterpartId: true, givenOn: true, withdrawnOn: true },
  });
  const now = new Date();
  return {
    consentToReturn: hasReturnConsent(consents, now),
    consentToShare: c.counterpartId
      ? hasCounterpartSharingConsent(consents, c.counterpartId, now)
      : // Alone without a counterpart (a deportation), nothing leaves the organisation.
        worksAlone(c) || hasSharingConsent(consents, c.receivingOrganisationId, now),
  };
}

/** Locks the case row and loads it; a second writer on this case waits here, then sees the first's result. */
async function lockCase(tx: Tx, scope: Scope, repatriationId: string) {
  const visible = await tx.repatriation.findFirst({
    where: { AND: [{ id: repatriationId }, repatriationWhere(scope)] },
    select: { id: true },
  });
  if (!visible) throw new AppError("NOT_FOUND");
  await tx.$queryRaw`SELECT id FROM repatriations WHERE id = ${repatriationId}::uuid FOR UPDATE`;
  const current = await tx.repatriation.findFirstOrThrow({ where: { id: repatriationId } });
  const travel = await readTravelDocument(tx, repatriationId);
  return { current, sides: sidesOf(scope, current), record: readStepRecord(current, travel) };
}

/**
 * The record as it will stand after a write of `given`: a newly named travel document must be one
 * of the person's passports or certificates of return, and the step then reads where it stands.
 */
async function mergeRecord(tx: Tx, victimId: string, record: StepRecord, given: Partial<StepFields>) {
  const merged: StepRecord = { ...record, ...pickGiven(given) };
  if (!given.travelDocumentId || given.travelDocumentId === record.travelDocumentId) return merged;
  const chosen = await chosenTravelDocument(tx, victimId, given.travelDocumentId);
  if (!chosen) throw refuse("errors.travelDocumentUnknown", "travelDocumentId");
  const withoutOld = Object.fromEntries(
    Object.entries(merged).filter(([key]) => !(DERIVED_TRAVEL_FIELDS as readonly string[]).includes(key)),
  );
  return { ...withoutOld, ...travelDocumentState(chosen) } as StepRecord;
}

const refuse = (reason: string, field = "to") => new AppError("UNPROCESSABLE", reason, { [field]: reason });

/**
 * Step fields may only be written by one who moves the case (lib/repatriations/state-machine.ts
 * mayMove) on a side that works that step; the overrides by a coordinator alone.
 */
function checkFieldWrites(
  scope: Scope,
  sides: readonly Side[],
  fields: Partial<StepFields>,
  steps: readonly RepatriationStatus[],
) {
  const outside = fieldsOutside(fields, steps);
  if (outside.length > 0) throw refuse("errors.fieldNotForStep", outside[0]);
  const allowed = new Set(steps.flatMap((step) => writableFields(step, sides, scope.role)));
  const refused = givenFields(fields).filter((f) => !allowed.has(f) || !mayMove(scope.role, sides));
  if (refused.length > 0) throw refuse("errors.repatriationWrongSide", refused[0]);
}

/** The checklist a step starts with, and at reintegration the follow-ups at about 1, 3 and 6 months. */
async function createStepTasks(
  tx: Tx,
  scope: Scope,
  c: { id: string; kind: ReturnKind },
  status: RepatriationStatus,
  record: StepRecord,
) {
  const repatriationId = c.id;
  // Due dates count from today in the calendar of the organisation that moved the case.
  const today = organisationToday(scope).toISOString().slice(0, 10);
  const tasks: { kind: "CHECKLIST" | "FOLLOW_UP"; templateKey: string; assigneeSide: Side; dueOn: string }[] =
    checklistOf(c.kind, status).map((t) => ({
      kind: "CHECKLIST",
      templateKey: t.key,
      assigneeSide: t.side,
      dueOn: addDays(today, t.dueInDays),
    }));
  if (status === "REINTEGRATION") {
    const from = record.arrivedOn ?? today;
    for (const months of FOLLOW_UP_MONTHS)
      tasks.push({
        kind: "FOLLOW_UP",
        templateKey: `followUp${months}`,
        assigneeSide: "RECEIVING",
        dueOn: addMonths(from, months),
      });
  }
  if (tasks.length === 0) return;
  await tx.repatriationTask.createMany({
    data: tasks.map((t) => ({
      ...t,
      repatriationId,
      status,
      title: "",
      dueOn: new Date(`${t.dueOn}T00:00:00Z`),
      createdById: scope.userId,
    })),
  });
}

/** Marks done, in the writing transaction, the open checklist tasks of step `from` that this write ends. */
async function closeEndedTasks(
  tx: Tx,
  repatriationId: string,
  from: RepatriationStatus,
  to: RepatriationStatus | null,
  record: StepRecord,
) {
  const keys = tasksEndedBy(from, to, record);
  if (keys.length === 0) return;
  await tx.repatriationTask.updateMany({
    where: { repatriationId, status: from, kind: "CHECKLIST", templateKey: { in: keys }, doneOn: null },
    data: { doneOn: new Date() },
  });
}

/** The organisation to notify of the actor's write: the other side, or none when one works the case alone. */
function otherOrganisation(scope: Scope, c: { sendingOrganisationId: string; receivingOrganisationId: string }) {
  if (worksAlone(c)) return null;
  return scope.organisationId === c.sendingOrganisationId ? c.receivingOrganisationId : c.sendingOrganisationId;
}

/** Moves a case to its next status (or cancels it), with that step's fields. */
export async function transitionRepatriation(scope: Scope, repatriationId: string, input: TransitionInput) {
  const db = dbFor(scope);
  if (!scope.organisationId) throw new AppError("NOT_FOUND");
  const { to, from: expected, reason, sharedFields, ...fields } = input;
  return db.$transaction(async (tx) => {
    const { current, sides, record } = await lockCase(tx, scope, repatriationId);
    const from = current.status as RepatriationStatus;
    const kind = current.kind as ReturnKind;
    const alone = worksAlone(current);
    // The other side (or a colleague) moved the case while this move was on its way.
    if (expected && expected !== from)
      throw new AppError("CONFLICT", "errors.repatriationMoved", { to: "errors.repatriationMoved" });
    checkFieldWrites(scope, sides, fields, CLOSED_STATUSES.includes(to) ? [from] : [from, to]);
    if (sharedFields?.length && to !== "REQUESTED") throw refuse("errors.fieldNotForStep", "sharedFields");
    const merged = await mergeRecord(tx, current.victimId, record, fields);
    const openFollowUps = await tx.repatriationTask.count({
      where: { repatriationId, kind: "FOLLOW_UP", doneOn: null },
    });
    const facts = {
      ...(await consentFacts(tx, current)),
      record: merged,
      riskOverrideRecorded: Boolean(current.riskOverrideEncrypted) || Boolean(fields.riskOverride),
      openFollowUps,
      reason: reason ?? null,
    };
    const check = checkTransition({ kind, sides }, from, to, scope.role, facts);
    if (!check.ok) throw refuse(check.reason, check.reason === "errors.reasonRequired" ? "reason" : "to");

    let grantId = current.grantId;
    // Working alone, nothing is shared inside Tumar: the counterpart is told by the organisation itself.
    if (to === "REQUESTED" && !alone) {
      const grant = await openRequestGrant(
        tx,
        scope,
        {
          repatriationId,
          victimId: current.victimId,
          ownerOrganisationId: current.sendingOrganisationId,
          granteeOrganisationId: current.receivingOrganisationId,
        },
        sharedFields ?? [],
      );
      grantId = grant.id;
    }
    if (ENDS_WITHOUT_RETURN.includes(to) && current.grantId) {
      await tx.accessGrant.updateMany({
        where: { id: current.grantId, revokedAt: null },
        data: { revokedAt: new Date(), revokedById: scope.userId, revokeReason: `repatriation.${to.toLowerCase()}` },
      });
    }
    await tx.repatriation.update({
      where: { id: repatriationId },
      data: {
        status: to,
        statusChangedAt: new Date(),
        grantId,
        ...writeStepRecord(scope, fields, merged, repatriationId),
        ...(!alone && sides.includes("RECEIVING") && !current.receivingCoordinatorId
          ? { receivingCoordinatorId: scope.userId }
          : {}),
        endReason: ENDS_WITHOUT_RETURN.includes(to) || (to === "CLOSED" && reason) ? (reason ?? null) : undefined,
        version: { increment: 1 },
        events: {
          create: {
            actorId: scope.userId,
            organisationId: scope.organisationId!,
            fromStatus: from,
            toStatus: to,
            summary: `${from} -> ${to}`,
          },
        },
      },
    });
    await closeEndedTasks(tx, repatriationId, from, to, merged);
    await createStepTasks(tx, scope, { id: repatriationId, kind }, to, merged);
    const other = otherOrganisation(scope, current);
    if (other)
      await notifyOrganisation(tx, {
        organisationId: other,
        kind: to === "REQUESTED" ? "REPATRIATION_REQUESTED" : "REPATRIATION_STATUS",
        repatriationId,
        status: to,
      });
    await appendAudit(tx, scope, {
      action: "repatriation.transition",
      recordType: "REPATRIATION",
      recordId: repatriationId,
      details: { from, to },
    });
    return { status: to };
  });
}

/** Writes fields of the step the case is in now (a document issued, the assessment, a later decision). */
export async function updateStep(scope: Scope, repatriationId: string, input: UpdateStepInput) {
  const db = dbFor(scope);
  if (!scope.organisationId) throw new AppError("NOT_FOUND");
  return db.$transaction(async (tx) => {
    const { current, sides, record } = await lockCase(tx, scope, repatriationId);
    const status = current.status as RepatriationStatus;
    if (CLOSED_STATUSES.includes(status)) throw refuse("errors.repatriationEnded");
    checkFieldWrites(scope, sides, input, [status]);
    const given = pickGiven(input);
    if (Object.keys(given).length === 0) throw new AppError("INVALID", "errors.nothingToSave");
    const merged = await mergeRecord(tx, current.victimId, record, input);
    await tx.repatriation.update({
      where: { id: repatriationId },
      data: {
        ...writeStepRecord(scope, input, merged, repatriationId),
        version: { increment: 1 },
        events: {
          create: {
            actorId: scope.userId,
            organisationId: scope.organisationId!,
            summary: `step ${status} updated: ${Object.keys(given).join(", ")}`,
          },
        },
      },
    });
    await closeEndedTasks(tx, repatriationId, status, null, merged);
    await appendAudit(tx, scope, {
      action: "repatriation.step_update",
      recordType: "REPATRIATION",
      recordId: repatriationId,
      details: { status, fields: Object.keys(given) },
    });
    return { status };
  });
}

/**
 * Loads a live case the actor may see, for messages and tasks (an ended case is read-only): those
 * who write on cases between organisations, or who work this one alone.
 */
async function liveCase(tx: Tx, scope: Scope, repatriationId: string) {
  if (!roleHas(scope.role, "repatriations.write") && !roleHas(scope.role, "repatriations.alone.move"))
    throw new AppError("FORBIDDEN");
  const found = await tx.repatriation.findFirst({
    where: { AND: [{ id: repatriationId }, repatriationWhere(scope)] },
    select: { id: true, status: true, sendingOrganisationId: true, receivingOrganisationId: true },
  });
  if (!found) throw new AppError("NOT_FOUND");
  if (CLOSED_STATUSES.includes(found.status as RepatriationStatus))
    throw new AppError("UNPROCESSABLE", "errors.repatriationEnded");
  return found;
}

/** A message from one side to the other on the case (encrypted at rest). */
export async function postMessage(scope: Scope, repatriationId: string, input: MessageInput) {
  const db = dbFor(scope);
  return db.$transaction(async (tx) => {
    const found = await liveCase(tx, scope, repatriationId);
    const messageId = crypto.randomUUID();
    const message = await tx.repatriationMessage.create({
      data: {
        id: messageId,
        repatriationId,
        authorId: scope.userId,
        organisationId: scope.organisationId!,
        textEncrypted: encryptField(input.text, fieldContext("repatriation_messages", "text_encrypted", messageId)),
      },
      select: { id: true, createdAt: true },
    });
    const other = otherOrganisation(scope, found);
    if (other) await notifyOrganisation(tx, { organisationId: other, kind: "REPATRIATION_MESSAGE", repatriationId });
    await appendAudit(tx, scope, {
      action: "repatriation.message",
      recordType: "REPATRIATION",
      recordId: repatriationId,
      details: { messageId: message.id },
    });
    return message;
  });
}

/** A checklist task for the current status, assigned to either side. */
export async function addTask(scope: Scope, repatriationId: string, input: CreateTaskInput) {
  const db = dbFor(scope);
  return db.$transaction(async (tx) => {
    const found = await liveCase(tx, scope, repatriationId);
    const task = await tx.repatriationTask.create({
      data: {
        repatriationId,
        status: found.status,
        title: input.title,
        assigneeSide: input.assigneeSide,
        dueOn: input.dueOn ?? null,
        createdById: scope.userId,
      },
      select: { id: true },
    });
    await appendAudit(tx, scope, {
      action: "repatriation.task_add",
      recordType: "REPATRIATION",
      recordId: repatriationId,
      details: { taskId: task.id },
    });
    return task;
  });
}

/** Marks a task done; only the side it is assigned to. A follow-up needs a note of what it found. */
export async function completeTask(
  scope: Scope,
  repatriationId: string,
  taskId: string,
  input: CompleteTaskInput = {},
) {
  const db = dbFor(scope);
  return db.$transaction(async (tx) => {
    const found = await liveCase(tx, scope, repatriationId);
    const task = await tx.repatriationTask.findFirst({
      where: { id: taskId, repatriationId, assigneeSide: { in: sidesOf(scope, found) }, doneOn: null },
      select: { id: true, kind: true },
    });
    if (!task) throw new AppError("NOT_FOUND");
    if (task.kind === "FOLLOW_UP" && !input.note)
      throw new AppError("INVALID", "errors.INVALID", { note: "errors.followUpNoteRequired" });
    await tx.repatriationTask.update({
      where: { id: task.id },
      data: {
        doneOn: new Date(),
        noteEncrypted: input.note
          ? encryptField(input.note, fieldContext("repatriation_tasks", "note_encrypted", task.id))
          : null,
      },
    });
    await appendAudit(tx, scope, {
      action: "repatriation.task_done",
      recordType: "REPATRIATION",
      recordId: repatriationId,
      details: { taskId },
    });
  });
}
