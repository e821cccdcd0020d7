// Writing a person's legal proceedings and their hearings: the person's own organisation, on an
// open record the actor may change (lib/victims/editable.ts). The case number, the lawyer and the
// notes are encrypted. A case is linked only to the organisation's own situations the person is in
// and to its own perpetrator records linked to the person (row-level security refuses any other
// organisation's too).
import "server-only";
import { dbFor, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { encryptField, fieldContext } from "@/lib/crypto";
import { loadEditableVictim } from "@/lib/victims/editable";
import { remindOf } from "@/lib/tasks/reminders";
import { perpetratorWhere } from "@/lib/perpetrators/policy";
import { situationWhere } from "@/lib/situations/policy";
import type { HearingInput, ProceedingInput, UpdateHearingInput, UpdateProceedingInput } from "./schema";

const seal = (table: string, column: string, id: string, value: string | undefined) =>
  value ? encryptField(value, fieldContext(table, column, id)) : null;

type ProceedingFields = Omit<ProceedingInput, "hearings">;

function proceedingColumns(id: string, input: ProceedingFields) {
  return {
    kind: input.kind,
    authority: input.authority,
    authorityName: input.authorityName ?? null,
    countryCode: input.countryCode,
    caseNumberEncrypted: seal("legal_proceedings", "case_number_encrypted", id, input.caseNumber),
    role: input.role,
    lawyerEncrypted: seal("legal_proceedings", "lawyer_encrypted", id, input.lawyer),
    openedOn: input.openedOn ?? null,
    protectionAsked: [...new Set(input.protectionAsked)],
    protectionGranted: [...new Set(input.protectionGranted)],
    compensationClaimed: input.compensationClaimed ?? null,
    compensationAwarded: input.compensationAwarded ?? null,
    compensationCurrency: input.compensationCurrency ?? null,
    outcome: input.outcome,
    outcomeOn: input.outcomeOn ?? null,
    situationId: input.situationId ?? null,
    notesEncrypted: seal("legal_proceedings", "notes_encrypted", id, input.notes),
  };
}

/**
 * The links asked for, checked: a situation of the organisation's that the person is in and the
 * actor sees, and perpetrator records of the organisation's that the actor sees and that are linked
 * to the person or to one of the person's situations. Links the case already has are kept as they
 * are. Anything else answers as a field error, before anything is written.
 */
async function checkLinks(
  tx: Tx,
  scope: Scope,
  victimId: string,
  input: ProceedingFields,
  existing: { situationId: string | null; perpetratorIds: string[] } = { situationId: null, perpetratorIds: [] },
) {
  const perpetratorIds = [...new Set(input.perpetratorIds)];
  if (input.situationId && input.situationId !== existing.situationId) {
    const situation = await tx.situation.findFirst({
      where: { AND: [await situationWhere(scope), { id: input.situationId, people: { some: { victimId } } }] },
      select: { id: true },
    });
    if (!situation) throw new AppError("INVALID", "errors.INVALID", { situationId: "errors.invalidChoice" });
  }
  const added = perpetratorIds.filter((id) => !existing.perpetratorIds.includes(id));
  if (added.length) {
    const found = await tx.perpetrator.findMany({
      where: {
        AND: [
          await perpetratorWhere(scope),
          { id: { in: added } },
          {
            OR: [
              { people: { some: { victimId } } },
              { situations: { some: { situation: { people: { some: { victimId } } } } } },
            ],
          },
        ],
      },
      select: { id: true },
    });
    if (found.length !== added.length)
      throw new AppError("INVALID", "errors.INVALID", { perpetratorIds: "errors.invalidChoice" });
  }
  return perpetratorIds;
}

/**
 * Writes one hearing of a case. The one place a hearing is written: a reminder of the hearing (the
 * tasks feature to come) hooks in here, inside the same transaction.
 */
async function writeHearing(
  tx: Tx,
  scope: Scope,
  proceeding: { id: string; organisationId: string; person: { id: string; assignedToId: string | null } },
  input: HearingInput,
) {
  const id = crypto.randomUUID();
  await tx.proceedingHearing.create({
    data: {
      id,
      proceedingId: proceeding.id,
      organisationId: proceeding.organisationId,
      heldOn: input.heldOn,
      timeOfDay: input.timeOfDay ?? null,
      status: input.status,
      noteEncrypted: seal("proceeding_hearings", "note_encrypted", id, input.note),
      recordedById: scope.userId,
    },
  });
  // A scheduled hearing reminds the person's worker a few days before (lib/tasks/reminders.ts).
  await remindOf(tx, {
    organisationId: proceeding.organisationId,
    person: proceeding.person,
    kind: "HEARING",
    sourceId: id,
    eventOn: input.status === "SCHEDULED" ? input.heldOn : null,
  });
  return id;
}

/** Records a case of the person, with the hearings already known and its links. */
export async function createProceeding(scope: Scope, victimId: string, input: ProceedingInput) {
  return dbFor(scope).$transaction(async (tx) => {
    const victim = await loadEditableVictim(tx, scope, victimId);
    const perpetratorIds = await checkLinks(tx, scope, victimId, input);
    const id = crypto.randomUUID();
    const { hearings, ...fields } = input;
    await tx.legalProceeding.create({
      data: {
        id,
        victimId,
        organisationId: victim.organisationId,
        recordedById: scope.userId,
        ...proceedingColumns(id, fields),
      },
    });
    const proceeding = { id, organisationId: victim.organisationId, person: victim };
    const hearingIds: string[] = [];
    for (const hearing of hearings) hearingIds.push(await writeHearing(tx, scope, proceeding, hearing));
    if (perpetratorIds.length)
      await tx.proceedingPerpetrator.createMany({
        data: perpetratorIds.map((perpetratorId) => ({
          proceedingId: id,
          perpetratorId,
          organisationId: victim.organisationId,
        })),
      });
    await appendAudit(tx, scope, {
      action: "victim.proceeding_add",
      recordType: "VICTIM",
      recordId: victimId,
      details: {
        proceedingId: id,
        kind: input.kind,
        role: input.role,
        hearingIds,
        situationId: input.situationId ?? null,
        perpetratorIds,
      },
    });
    return { id };
  });
}

/**
 * The case of an open record the actor may change, inside a transaction (of that person, when the
 * caller names one: the API's URL); else not found.
 */
async function editableProceeding(tx: Tx, scope: Scope, proceedingId: string, victimId?: string) {
  const proceeding = await tx.legalProceeding.findFirst({
    where: {
      id: proceedingId,
      organisationId: scope.organisationId ?? undefined,
      ...(victimId ? { victimId } : {}),
    },
    select: {
      id: true,
      victimId: true,
      organisationId: true,
      outcome: true,
      situationId: true,
      perpetrators: { select: { perpetratorId: true } },
    },
  });
  if (!proceeding) throw new AppError("NOT_FOUND");
  const person = await loadEditableVictim(tx, scope, proceeding.victimId);
  return { ...proceeding, person };
}

/** Changes a case read at `version`; a change made since answers CONFLICT and changes nothing. */
export async function updateProceeding(
  scope: Scope,
  proceedingId: string,
  input: UpdateProceedingInput,
  victimId?: string,
) {
  return dbFor(scope).$transaction(async (tx) => {
    const proceeding = await editableProceeding(tx, scope, proceedingId, victimId);
    const linked = proceeding.perpetrators.map((p) => p.perpetratorId);
    const perpetratorIds = await checkLinks(tx, scope, proceeding.victimId, input, {
      situationId: proceeding.situationId,
      perpetratorIds: linked,
    });
    const { version, ...fields } = input;
    const updated = await tx.legalProceeding.updateMany({
      where: { id: proceeding.id, version },
      data: { ...proceedingColumns(proceeding.id, fields), version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", "errors.CONFLICT");
    // A link to a record the actor does not see (the form could not show it) is not the actor's to remove.
    const unticked = linked.filter((id) => !perpetratorIds.includes(id));
    const removed = unticked.length
      ? (
          await tx.perpetrator.findMany({
            where: { AND: [await perpetratorWhere(scope), { id: { in: unticked } }] },
            select: { id: true },
          })
        ).map((p) => p.id)
      : [];
    if (removed.length)
      await tx.proceedingPerpetrator.deleteMany({
        where: { proceedingId: proceeding.id, perpetratorId: { in: removed } },
      });
    const added = perpetratorIds.filter((id) => !linked.includes(id));
    if (added.length)
      await tx.proceedingPerpetrator.createMany({
        data: added.map((perpetratorId) => ({
          proceedingId: proceeding.id,
          perpetratorId,
          organisationId: proceeding.organisationId,
        })),
      });
    await appendAudit(tx, scope, {
      action: "victim.proceeding_update",
      recordType: "VICTIM",
      recordId: proceeding.victimId,
      details: {
        proceedingId: proceeding.id,
        outcome: input.outcome,
        outcomeBefore: proceeding.outcome,
        perpetratorsAdded: added,
        perpetratorsRemoved: removed,
      },
    });
    return { id: proceeding.id, victimId: proceeding.victimId };
  });
}

/** A hearing of a case: its date, the local time where known, its status and a note. */
export async function addHearing(scope: Scope, proceedingId: string, input: HearingInput, victimId?: string) {
  return dbFor(scope).$transaction(async (tx) => {
    const proceeding = await editableProceeding(tx, scope, proceedingId, victimId);
    const id = await writeHearing(tx, scope, proceeding, input);
    await appendAudit(tx, scope, {
      action: "victim.proceeding_hearing",
      recordType: "VICTIM",
      recordId: proceeding.victimId,
      details: { proceedingId: proceeding.id, hearingId: id, status: input.status },
    });
    return { id, victimId: proceeding.victimId };
  });
}

/**
 * Changes a hearing read at `version` (postponed to a new date, held, cancelled). Its reminder
 * follows: moved with a new date while it is scheduled, removed once it is not. Of a case of the
 * URL's person, when the caller names one.
 */
export async function updateHearing(
  scope: Scope,
  hearingId: string,
  input: UpdateHearingInput,
  within: { proceedingId?: string; victimId?: string } = {},
) {
  return dbFor(scope).$transaction(async (tx) => {
    const hearing = await tx.proceedingHearing.findFirst({
      where: { id: hearingId, ...(within.proceedingId ? { proceedingId: within.proceedingId } : {}) },
      select: { id: true, proceedingId: true, status: true, heldOn: true },
    });
    if (!hearing) throw new AppError("NOT_FOUND");
    const proceeding = await editableProceeding(tx, scope, hearing.proceedingId, within.victimId);
    const updated = await tx.proceedingHearing.updateMany({
      where: { id: hearing.id, version: input.version },
      data: {
        heldOn: input.heldOn,
        timeOfDay: input.timeOfDay ?? null,
        status: input.status,
        noteEncrypted: seal("proceeding_hearings", "note_encrypted", hearing.id, input.note),
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", "errors.CONFLICT");
    await remindOf(tx, {
      organisationId: proceeding.organisationId,
      person: proceeding.person,
      kind: "HEARING",
      sourceId: hearing.id,
      eventOn: input.status === "SCHEDULED" ? input.heldOn : null,
    });
    await appendAudit(tx, scope, {
      action: "victim.proceeding_hearing_update",
      recordType: "VICTIM",
      recordId: proceeding.victimId,
      details: {
        proceedingId: proceeding.id,
        hearingId: hearing.id,
        status: input.status,
        statusBefore: hearing.status,
        moved: hearing.heldOn.getTime() !== input.heldOn.getTime(),
      },
    });
    return { id: hearing.id, victimId: proceeding.victimId };
  });
}
