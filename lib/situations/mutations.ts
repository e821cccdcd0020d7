// Writing situations: recording one, its notes, and linking calls and people to it. Each write is
// audited in the same transaction; the organisation comes from the actor's scope, never the input.
import "server-only";
import { dbFor, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { encryptField, fieldContext } from "@/lib/crypto";
import { hotlineCallWhere } from "@/lib/hotline/policy";
import { regionsOf } from "@/lib/i18n/regions";
import { chosenPerson, victimScopeWhere } from "@/lib/victims/scope";
import { IN_CHARGE_ROLES, mayWriteSituations, situationWhere } from "./policy";
import type { CreateSituationInput, SituationNoteInput } from "./schema";

function assertWrites(scope: Scope): asserts scope is Scope & { organisationId: string } {
  if (!mayWriteSituations(scope)) throw new AppError("NOT_FOUND");
}

async function nextReference(tx: Tx, organisationId: string, year: number) {
  const organisation = await tx.organisation.findFirst({ where: { id: organisationId }, select: { code: true } });
  if (!organisation) throw new AppError("NOT_FOUND");
  const counter = await tx.situationReferenceCounter.upsert({
    where: { organisationId_year: { organisationId, year } },
    create: { organisationId, year, last: 1 },
    update: { last: { increment: 1 } },
    select: { last: true },
  });
  return `${organisation.code}-S-${year}-${String(counter.last).padStart(4, "0")}`;
}

/** The member put in charge: an active member of the organisation who may work situations. */
async function assertInCharge(tx: Tx, organisationId: string, userId: string) {
  const member = await tx.membership.count({
    where: {
      organisationId,
      userId,
      role: { in: [...IN_CHARGE_ROLES] },
      user: { active: true },
    },
  });
  if (!member) throw new AppError("INVALID", "errors.INVALID", { assignedToId: "errors.chooseAMember" });
}

export async function createSituation(scope: Scope, input: CreateSituationInput) {
  assertWrites(scope);
  // Where the country has a list of regions, the region is one of them (the form offers only those).
  const listed = regionsOf(input.countryCode);
  if (input.regionCode && listed.length && !listed.some((r) => r.code === input.regionCode))
    throw new AppError("INVALID", "errors.INVALID", { regionCode: "errors.invalidRegion" });
  const organisationId = scope.organisationId;
  return dbFor(scope).$transaction(async (tx) => {
    if (input.assignedToId) await assertInCharge(tx, organisationId, input.assignedToId);
    const id = crypto.randomUUID();
    const seal = (column: string, value: string | undefined) =>
      value ? encryptField(value, fieldContext("situations", column, id)) : null;
    const situation = await tx.situation.create({
      data: {
        id,
        organisationId,
        reference: await nextReference(tx, organisationId, new Date().getUTCFullYear()),
        countryCode: input.countryCode,
        regionCode: input.regionCode ?? null,
        placeEncrypted: seal("place_encrypted", input.place),
        exploitationTypes: input.exploitationTypes,
        labourSectors: input.labourSectors,
        startedOn: input.startedOn ?? null,
        endedOn: input.endedOn ?? null,
        peopleEstimated: input.peopleEstimated ?? null,
        summaryEncrypted: seal("summary_encrypted", input.summary),
        createdById: scope.userId,
        // Whoever records it is in charge until someone else is named.
        assignedToId: input.assignedToId ?? scope.userId,
      },
      select: { id: true, reference: true },
    });
    await appendAudit(tx, scope, {
      action: "situation.create",
      recordType: "SITUATION",
      recordId: situation.id,
      details: input.fromCallId ? { fromCallId: input.fromCallId } : undefined,
    });
    if (input.fromCallId) await linkCall(tx, scope, situation.id, input.fromCallId);
    return situation;
  });
}

/** The situation, if the actor may see it, locked for the write (links and notes are added one at a time). */
async function visibleSituation(tx: Tx, scope: Scope, situationId: string) {
  const found = await tx.situation.findFirst({
    where: { AND: [{ id: situationId }, await situationWhere(scope)] },
    select: { id: true },
  });
  if (!found) throw new AppError("NOT_FOUND");
  await tx.$queryRaw`SELECT id FROM situations WHERE id = ${found.id}::uuid FOR UPDATE`;
  return found;
}

export async function addSituationNote(scope: Scope, situationId: string, input: SituationNoteInput) {
  assertWrites(scope);
  return dbFor(scope).$transaction(async (tx) => {
    await visibleSituation(tx, scope, situationId);
    const id = crypto.randomUUID();
    await tx.situationNote.create({
      data: {
        id,
        situationId,
        authorId: scope.userId,
        bodyEncrypted: encryptField(input.body, fieldContext("situation_notes", "body_encrypted", id)),
      },
    });
    await tx.situation.update({ where: { id: situationId }, data: { version: { increment: 1 } } });
    await appendAudit(tx, scope, {
      action: "situation.note_add",
      recordType: "SITUATION",
      recordId: situationId,
      details: { noteId: id },
    });
    return { id };
  });
}

/**
 * Links a person the actor may see (the one visibility rule) and of the actor's own organisation:
 * a situation never names another organisation's person, shared or not. Linking twice is a no-op.
 */
export async function linkPersonToSituation(scope: Scope, situationId: string, victimId: string) {
  assertWrites(scope);
  const people = await victimScopeWhere(scope);
  return dbFor(scope).$transaction(async (tx) => {
    await visibleSituation(tx, scope, situationId);
    await chosenPerson(tx, people, victimId, scope.organisationId);
    const linked = await tx.situationPerson.createMany({
      data: [{ situationId, victimId, linkedById: scope.userId }],
      skipDuplicates: true,
    });
    if (linked.count)
      await appendAudit(tx, scope, {
        action: "situation.person_link",
        recordType: "SITUATION",
        recordId: situationId,
        details: { victimId },
      });
    return { linked: linked.count > 0 };
  });
}

/** The same, for a case number typed on the situation's page: a person the actor may see, or "choose a person". */
export async function linkPersonByCaseNumber(scope: Scope, situationId: string, caseNumber: string) {
  assertWrites(scope);
  const people = await victimScopeWhere(scope);
  const found = await dbFor(scope).victim.findFirst({
    where: { AND: [{ caseNumber, organisationId: scope.organisationId }, people] },
    select: { id: true },
  });
  if (!found) {
    // Whether the situation is the actor's decides the answer first: 404 says nothing of the person.
    await dbFor(scope).$transaction((tx) => visibleSituation(tx, scope, situationId));
    throw new AppError("INVALID", "errors.INVALID", { caseNumber: "errors.chooseAPerson" });
  }
  return linkPersonToSituation(scope, situationId, found.id);
}

/** Links a call of the organisation that the actor may read. Linking twice is a no-op. */
export async function linkCallToSituation(scope: Scope, situationId: string, callId: string) {
  assertWrites(scope);
  return dbFor(scope).$transaction(async (tx) => {
    await visibleSituation(tx, scope, situationId);
    return linkCall(tx, scope, situationId, callId);
  });
}

/**
 * Links a call the actor may read, and with it the people registered from or linked to the call
 * (its own organisation's, as every call's people are): the operator who registered a brigade from
 * the call need not see their records to say they were there.
 */
async function linkCall(tx: Tx, scope: Scope, situationId: string, callId: string) {
  const calls = hotlineCallWhere(scope, await victimScopeWhere(scope));
  const call = await tx.hotlineCall.findFirst({
    where: { AND: [{ id: callId }, calls] },
    select: {
      id: true,
      people: { where: { victim: { organisationId: scope.organisationId! } }, select: { victimId: true } },
    },
  });
  if (!call) throw new AppError("INVALID", "errors.INVALID", { callId: "errors.chooseACall" });
  const linked = await tx.situationCall.createMany({
    data: [{ situationId, callId, linkedById: scope.userId }],
    skipDuplicates: true,
  });
  const people = await tx.situationPerson.createManyAndReturn({
    data: call.people.map((p) => ({ situationId, victimId: p.victimId, linkedById: scope.userId })),
    skipDuplicates: true,
    select: { victimId: true },
  });
  if (linked.count)
    await appendAudit(tx, scope, {
      action: "situation.call_link",
      recordType: "SITUATION",
      recordId: situationId,
      details: { callId, people: people.map((p) => p.victimId) },
    });
  return { linked: linked.count > 0 };
}
