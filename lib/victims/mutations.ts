import "server-only";
import { forgetHeldAccess } from "@/lib/access/held-access";
import { db, dbFor, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { roleHas } from "@/lib/roles/permissions";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { encryptField, fieldContext } from "@/lib/crypto";
import { hotlineCallWhere } from "@/lib/hotline/policy";
import { nameSearchKey } from "@/lib/text/name-key";
import { isListedRegion } from "@/lib/i18n/regions";
import { markIntakeAnswered, notifyAssignee, notifyIntake } from "./notices";
import { callToLink, linkPeopleToCall } from "./call-people";
import { nextCaseNumber } from "./case-number";
import { documentNumberHash } from "./identifiers";
import { mayBreakGlass, mayEditVictim } from "./policy";
import { chosenPerson, victimScopeWhere } from "./scope";
import {
  breakGlassSchema,
  type BreakGlassInput,
  type CreateVictimFromCallInput,
  type RegisterGroupFromCallInput,
  type RegisterVictimInput,
  type UpdateVictimInput,
} from "./schema";

type OrgScope = Scope & { organisationId: string };

/** The identity columns shared by registration and editing (the document number as its keyed hash). */
function identityColumns(input: RegisterVictimInput) {
  return {
    identifiedOn: input.identifiedOn,
    identifiedBy: input.identifiedBy,
    riskLevel: input.riskLevel ?? null,
    restricted: input.restricted,
    givenName: input.givenName,
    familyName: input.familyName,
    patronymic: input.patronymic,
    givenNameLatin: input.givenNameLatin,
    familyNameLatin: input.familyNameLatin,
    patronymicLatin: input.patronymicLatin,
    aliases: input.aliases,
    sex: input.sex,
    birthDate: input.birthDate ?? null,
    estimatedAge: input.estimatedAge ?? null,
    citizenships: input.citizenships,
    passportStatus: input.passportStatus ?? null,
    documentNumberHash: documentNumberHash(input.documentNumber),
  };
}

function namesOf(
  v: Partial<
    Record<"givenName" | "familyName" | "patronymic" | "givenNameLatin" | "familyNameLatin" | "patronymicLatin", string>
  > & { aliases?: string[] },
) {
  return [
    v.givenName,
    v.familyName,
    v.patronymic,
    v.givenNameLatin,
    v.familyNameLatin,
    v.patronymicLatin,
    ...(v.aliases ?? []),
  ];
}

async function writeSearchKey(tx: Tx, victim: { id: string; organisationId: string }, names: (string | undefined)[]) {
  const key = nameSearchKey(names);
  await tx.victimSearchKey.upsert({
    where: { victimId: victim.id },
    create: { victimId: victim.id, organisationId: victim.organisationId, key },
    update: { key },
  });
}

/**
 * Registers a person (identity first). A CASE_WORKER's new record is assigned to them. From a
 * hotline call, the call is linked and gains the CASE_OPENED action.
 */
export async function registerVictim(scope: Scope, input: RegisterVictimInput) {
  const fromCall = Boolean(input.fromCallId);
  if (!scope.organisationId || !roleHas(scope.role, fromCall ? "victims.create.fromCall" : "cases.write"))
    throw new AppError("NOT_FOUND");
  const orgScope = scope as OrgScope;
  return dbFor(scope).$transaction(async (tx) => {
    const call = input.fromCallId ? await callToLink(tx, orgScope, input.fromCallId) : null;
    const victim = await createRecord(tx, orgScope, input);
    if (call) await linkPeopleToCall(tx, orgScope, call, [victim.id], "OPENED");
    return victim;
  });
}

/** One new record inside the caller's transaction: number, row, search key, audit, intake notice. */
async function createRecord(tx: Tx, scope: OrgScope, input: RegisterVictimInput) {
  const organisation = await tx.organisation.findFirstOrThrow({
    where: { id: scope.organisationId },
    select: { id: true, code: true },
  });
  const caseNumber = await nextCaseNumber(tx, organisation, new Date().getUTCFullYear());
  // Made here, not by the database, so the encrypted fields can be bound to their row.
  const id = crypto.randomUUID();
  const assignedToId = scope.role === "CASE_WORKER" ? scope.userId : null;
  const victim = await tx.victim.create({
    data: {
      id,
      organisationId: scope.organisationId,
      caseNumber,
      ...identityColumns(input),
      documentNumberEncrypted: input.documentNumber
        ? encryptField(input.documentNumber, fieldContext("victims", "document_number_encrypted", id))
        : null,
      createdById: scope.userId,
      assignedToId,
    },
    select: { id: true, caseNumber: true, organisationId: true },
  });
  await writeSearchKey(tx, victim, namesOf(input));
  await appendAudit(tx, scope, {
    action: "victim.create",
    recordType: "VICTIM",
    recordId: victim.id,
    details: input.fromCallId ? { fromCall: input.fromCallId } : undefined,
  });
  // Opened from a call with nobody assigned: it waits in the intake queue (lib/victims/queues.ts)
  // and the coordinators hear of it, so it is not left orphaned.
  if (input.fromCallId && !assignedToId)
    await notifyIntake(tx, { organisationId: scope.organisationId, victimId: victim.id, openedById: scope.userId });
  return { id: victim.id, caseNumber: victim.caseNumber };
}

/** The minimal record a call opens: the rest of the identity from the call (day, route, citizenship). */
function fromCallIdentity(
  call: { id: string; receivedAt: Date },
  person: Pick<RegisterVictimInput, "givenName" | "familyName" | "sex" | "birthDate" | "estimatedAge">,
  citizenship: string | undefined,
): RegisterVictimInput {
  return {
    givenName: person.givenName,
    familyName: person.familyName,
    patronymic: "",
    givenNameLatin: "",
    familyNameLatin: "",
    patronymicLatin: "",
    aliases: [],
    restricted: false,
    sex: person.sex,
    birthDate: person.birthDate,
    estimatedAge: person.estimatedAge,
    citizenships: citizenship ? [citizenship] : [],
    identifiedOn: call.receivedAt,
    identifiedBy: "HOTLINE",
    fromCallId: call.id,
  };
}

/** "Open a case from this call": the minimal record, prefilled from the call. */
export async function createVictimFromCall(scope: Scope, callId: string, input: CreateVictimFromCallInput) {
  if (!scope.organisationId || !roleHas(scope.role, "victims.create.fromCall")) throw new AppError("NOT_FOUND");
  const call = await dbFor(scope).hotlineCall.findFirst({
    where: { AND: [{ id: callId, organisationId: scope.organisationId }, hotlineCallWhere(scope)] },
    select: { id: true, receivedAt: true },
  });
  if (!call) throw new AppError("NOT_FOUND");
  return registerVictim(scope, fromCallIdentity(call, input, input.citizenship));
}

/**
 * Several people named in one call, registered together (all or none): each gets a record and a
 * case number, and the call is linked to every one. A case worker's records are theirs, as one by one.
 */
export async function registerGroupFromCall(scope: Scope, callId: string, input: RegisterGroupFromCallInput) {
  if (!scope.organisationId || !roleHas(scope.role, "victims.create.fromCall")) throw new AppError("NOT_FOUND");
  const orgScope = scope as OrgScope;
  return dbFor(scope).$transaction(async (tx) => {
    const call = await callToLink(tx, orgScope, callId);
    const created = [];
    for (const person of input.people)
      created.push(await createRecord(tx, orgScope, fromCallIdentity(call, person, input.citizenship)));
    await linkPeopleToCall(
      tx,
      orgScope,
      call,
      created.map((c) => c.id),
      "OPENED",
    );
    return created;
  });
}

/**
 * Links an existing record to a call: a person of the call's own organisation whom the actor may
 * see (the one rule), on a call the actor may read. Linking twice is a no-op.
 */
export async function linkPersonToCall(scope: Scope, callId: string, victimId: string) {
  if (!scope.organisationId || !roleHas(scope.role, "cases.list")) throw new AppError("NOT_FOUND");
  const orgScope = scope as OrgScope;
  const people = await victimScopeWhere(scope);
  return dbFor(scope).$transaction(async (tx) => {
    const call = await callToLink(tx, orgScope, callId, people);
    await chosenPerson(tx, people, victimId, orgScope.organisationId);
    return linkPeopleToCall(tx, orgScope, call, [victimId], "LINKED");
  });
}

const COMPARED_FIELDS = [
  "givenName",
  "familyName",
  "patronymic",
  "givenNameLatin",
  "familyNameLatin",
  "patronymicLatin",
  "aliases",
  "sex",
  "birthDate",
  "estimatedAge",
  "citizenships",
  "identifiedOn",
  "identifiedBy",
  "riskLevel",
  "restricted",
  "regionOfOrigin",
  "placeOfOrigin",
  "languages",
  "maritalStatus",
  "educationLevel",
  "passportStatus",
  "documentNumberHash",
  "documentExpiry",
  "entryBanUntil",
  "traffickingStatus",
  "traffickingStatusDecidedBy",
  "exploitationTypes",
  "labourSectors",
  "meansOfControl",
  "recruitmentMethod",
  "recruiterRelation",
  "assignedToId",
] as const;

/** Fields changed by others since `version`, from the audit trail (for the conflict message). */
async function changedSince(recordId: string, version: number): Promise<string[]> {
  const events = await db.auditEvent.findMany({
    where: { recordType: "VICTIM", recordId, action: "victim.update" },
    select: { details: true },
    orderBy: { id: "desc" },
    take: 50,
  });
  const fields = new Set<string>();
  for (const event of events) {
    const details = event.details as { changed?: string[]; toVersion?: number } | null;
    if (details?.toVersion && details.toVersion > version) for (const f of details.changed ?? []) fields.add(f);
  }
  return [...fields];
}

/**
 * Saves the whole record. Refused when someone saved it since it was read (the message names the
 * fields they changed, and the form keeps what was typed), or when it is closed.
 */
export async function updateVictim(scope: Scope, id: string, input: UpdateVictimInput) {
  const db = dbFor(scope);
  if (!scope.organisationId) throw new AppError("NOT_FOUND");
  // The schema checks the region's country; whether the list holds it is checked here.
  if (input.regionOfOrigin && !isListedRegion(input.regionOfOrigin, input.citizenships))
    throw new AppError("INVALID", "errors.INVALID", { regionOfOrigin: "errors.invalidRegion" });
  const where = await victimScopeWhere(scope);
  return db.$transaction(async (tx) => {
    const current = await tx.victim.findFirst({ where: { AND: [{ id }, where] } });
    if (!current) throw new AppError("NOT_FOUND");
    if (!mayEditVictim(scope, current))
      throw new AppError(
        "UNPROCESSABLE",
        current.status.startsWith("CLOSED") ? "errors.recordClosed" : "errors.UNPROCESSABLE",
      );
    if (current.version !== input.version) {
      const changed = await changedSince(id, input.version);
      throw new AppError(
        "CONFLICT",
        "errors.recordChangedMeanwhile",
        Object.fromEntries(changed.map((f) => [f, "errors.changedMeanwhile"])),
      );
    }
    if (input.assignedToId) {
      const member = await tx.membership.count({
        where: {
          userId: input.assignedToId,
          organisationId: scope.organisationId!,
          role: { in: ["CASE_WORKER", "COORDINATOR"] },
        },
      });
      if (!member) throw new AppError("INVALID", "errors.INVALID", { assignedToId: "errors.invalidChoice" });
    }
    const next = {
      ...identityColumns(input),
      regionOfOrigin: input.regionOfOrigin ?? null,
      placeOfOrigin: input.placeOfOrigin ?? null,
      languages: input.languages,
      maritalStatus: input.maritalStatus ?? null,
      educationLevel: input.educationLevel ?? null,
      documentExpiry: input.documentExpiry ?? null,
      entryBanUntil: input.entryBanUntil ?? null,
      traffickingStatus: input.traffickingStatus ?? null,
      traffickingStatusDecidedBy: input.traffickingStatusDecidedBy ?? null,
      exploitationTypes: input.exploitationTypes,
      labourSectors: input.labourSectors,
      meansOfControl: input.meansOfControl,
      recruitmentMethod: input.recruitmentMethod ?? null,
      recruiterRelation: input.recruiterRelation ?? null,
      assignedToId: input.assignedToId ?? null,
    };
    const changed: string[] = COMPARED_FIELDS.filter((f) => JSON.stringify(current[f]) !== JSON.stringify(next[f]));
    const encrypted = {
      phoneEncrypted: input.phone ? encryptField(input.phone, fieldContext("victims", "phone_encrypted", id)) : null,
      addressEncrypted: input.address
        ? encryptField(input.address, fieldContext("victims", "address_encrypted", id))
        : null,
      trustedContactEncrypted: input.trustedContact
        ? encryptField(input.trustedContact, fieldContext("victims", "trusted_contact_encrypted", id))
        : null,
      documentNumberEncrypted: input.documentNumber
        ? encryptField(input.documentNumber, fieldContext("victims", "document_number_encrypted", id))
        : null,
      narrativeEncrypted: input.narrative
        ? encryptField(input.narrative, fieldContext("victims", "narrative_encrypted", id))
        : null,
    };
    const updated = await tx.victim.updateMany({
      where: { id, version: input.version },
      data: { ...next, ...encrypted, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", "errors.recordChangedMeanwhile");
    await tx.traffickingEvent.deleteMany({ where: { victimId: id } });
    if (input.events.length) {
      await tx.traffickingEvent.createMany({
        data: input.events.map((e) => ({
          victimId: id,
          kind: e.kind,
          countryCode: e.countryCode ?? null,
          place: e.place ?? null,
          startedOn: e.startedOn ?? null,
          endedOn: e.endedOn ?? null,
        })),
      });
    }
    await writeSearchKey(tx, current, namesOf(input));
    // A worker is assigned: the case leaves the intake queue, and its intake notices are answered.
    if (!current.assignedToId && next.assignedToId) await markIntakeAnswered(tx, id);
    // A new worker on the case hears of it (unless they assigned it to themselves).
    if (next.assignedToId && next.assignedToId !== current.assignedToId) {
      await notifyAssignee(tx, {
        organisationId: scope.organisationId!,
        victimId: id,
        assigneeId: next.assignedToId,
        assignedById: scope.userId,
      });
    }
    await appendAudit(tx, scope, {
      action: "victim.update",
      recordType: "VICTIM",
      recordId: id,
      // Field names only; the previous values stay recoverable, encrypted.
      details: {
        changed,
        toVersion: input.version + 1,
        previous: encryptField(
          JSON.stringify(Object.fromEntries(changed.map((f) => [f, current[f as keyof typeof current]]))),
          fieldContext("audit_events", "details.previous", id),
        ),
      },
    });
    return { version: input.version + 1 };
  });
}

const BREAK_GLASS_MINUTES = 60;

/**
 * A COORDINATOR or ORG_ADMIN opens a restricted record of their organisation after giving a
 * reason: access for an hour, audited, and listed for the ORG_ADMIN with the reason.
 */
export async function breakGlass(scope: Scope, victimId: string, input: BreakGlassInput) {
  const db = dbFor(scope);
  if (!scope.organisationId) throw new AppError("NOT_FOUND");
  const checked = breakGlassSchema.safeParse(input);
  if (!checked.success) throw new AppError("INVALID", "errors.INVALID", { reason: "errors.breakGlassReason" });
  const organisationId = scope.organisationId;
  await db.$transaction(async (tx) => {
    const victim = await tx.victim.findFirst({
      where: { id: victimId, organisationId },
      select: { id: true, organisationId: true, restricted: true },
    });
    if (!victim || !mayBreakGlass(scope, victim)) throw new AppError("NOT_FOUND");
    const accessId = crypto.randomUUID();
    const reasonEncrypted = encryptField(
      input.reason,
      fieldContext("break_glass_accesses", "reason_encrypted", accessId),
    );
    const access = await tx.breakGlassAccess.create({
      data: {
        id: accessId,
        victimId,
        organisationId,
        userId: scope.userId,
        reasonEncrypted,
        expiresAt: new Date(Date.now() + BREAK_GLASS_MINUTES * 60_000),
      },
      select: { id: true },
    });
    await appendAudit(tx, scope, {
      action: "victim.break_glass",
      recordType: "VICTIM",
      recordId: victimId,
      details: {
        accessId: access.id,
        reason: encryptField(input.reason, fieldContext("audit_events", "details.reason", victimId)),
      },
    });
  });
  // This request re-renders the record after the action, with the epoch it read before.
  forgetHeldAccess(scope);
}
