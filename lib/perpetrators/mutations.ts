// Writing perpetrator records and linking them to situations. Names, identifiers and notes are
// encrypted where they are stored; the hashes beside them match without reading them.
import "server-only";
import { dbFor } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { encryptField, fieldContext } from "@/lib/crypto";
import { situationWhere } from "@/lib/situations/policy";
import { identifierHash, nameHash, nameKeysOf } from "./keys";
import { mayWritePerpetrators, perpetratorWhere } from "./policy";
import type { CreatePerpetratorInput, LinkPerpetratorInput, LinkPerpetratorToPersonInput } from "./schema";
import { hotlineCallWhere } from "@/lib/hotline/policy";
import { victimScopeWhere } from "@/lib/victims/scope";

function assertWrites(scope: Scope): asserts scope is Scope & { organisationId: string } {
  if (!mayWritePerpetrators(scope)) throw new AppError("NOT_FOUND");
}

export async function createPerpetrator(scope: Scope, input: CreatePerpetratorInput) {
  assertWrites(scope);
  const organisationId = scope.organisationId;
  const situations = await situationWhere(scope);
  return dbFor(scope).$transaction(async (tx) => {
    if (input.situationId) {
      const visible = await tx.situation.count({ where: { AND: [{ id: input.situationId }, situations] } });
      if (!visible) throw new AppError("INVALID", "errors.INVALID", { situationId: "errors.chooseASituation" });
    }
    const id = crypto.randomUUID();
    const seal = (column: string, value: string) => encryptField(value, fieldContext("perpetrators", column, id));
    const names = [input.name, ...input.aliases];
    await tx.perpetrator.create({
      data: {
        id,
        organisationId,
        kind: input.kind,
        roles: input.roles,
        relation: input.relation ?? null,
        nationality: input.nationality ?? null,
        activeIn: input.activeIn,
        nameEncrypted: seal("name_encrypted", input.name),
        aliasesEncrypted: input.aliases.length ? seal("aliases_encrypted", JSON.stringify(input.aliases)) : null,
        nameHash: nameHash(input.name),
        nameKeys: [...new Set(names.flatMap(nameKeysOf))],
        notesEncrypted: input.notes ? seal("notes_encrypted", input.notes) : null,
        source: input.source,
        confidence: input.confidence,
        createdById: scope.userId,
      },
    });
    for (const identifier of input.identifiers) {
      const identifierId = crypto.randomUUID();
      await tx.perpetratorIdentifier.create({
        data: {
          id: identifierId,
          perpetratorId: id,
          organisationId,
          kind: identifier.kind,
          valueEncrypted: encryptField(
            identifier.value,
            fieldContext("perpetrator_identifiers", "value_encrypted", identifierId),
          ),
          valueHash: identifierHash(identifier.kind, identifier.value),
        },
      });
    }
    if (input.situationId)
      await tx.situationPerpetrator.create({
        data: {
          situationId: input.situationId,
          perpetratorId: id,
          role: input.roles[0] ?? null,
          linkedById: scope.userId,
        },
      });
    await appendAudit(tx, scope, {
      action: "perpetrator.create",
      details: { perpetratorId: id, identifiers: input.identifiers.length, situationId: input.situationId ?? null },
    });
    return { id };
  });
}

/** Links a record the actor sees to a situation the actor sees, with the part it played; twice is a no-op. */
export async function linkPerpetratorToSituation(
  scope: Scope,
  situationId: string,
  input: { perpetratorId: string; role?: CreatePerpetratorInput["roles"][number] },
) {
  assertWrites(scope);
  const [situations, perpetrators] = await Promise.all([situationWhere(scope), perpetratorWhere(scope)]);
  return dbFor(scope).$transaction(async (tx) => {
    const situation = await tx.situation.count({ where: { AND: [{ id: situationId }, situations] } });
    if (!situation) throw new AppError("NOT_FOUND");
    const perpetrator = await tx.perpetrator.count({ where: { AND: [{ id: input.perpetratorId }, perpetrators] } });
    if (!perpetrator) throw new AppError("INVALID", "errors.INVALID", { perpetratorId: "errors.choosePerpetrator" });
    const linked = await tx.situationPerpetrator.createMany({
      data: [{ situationId, perpetratorId: input.perpetratorId, role: input.role ?? null, linkedById: scope.userId }],
      skipDuplicates: true,
    });
    if (linked.count)
      await appendAudit(tx, scope, {
        action: "situation.perpetrator_link",
        recordType: "SITUATION",
        recordId: situationId,
        details: { perpetratorId: input.perpetratorId },
      });
    return { linked: linked.count > 0 };
  });
}

/**
 * A perpetrator's part in what happened to one person of the organisation (a record the actor may
 * see and edit, through the one rule). `guardian`: they are the person's parent or guardian, whose
 * consent then counts for nothing (lib/casework/authority-reports.ts). Linking again updates the part.
 */
export async function linkPerpetratorToPerson(scope: Scope, victimId: string, input: LinkPerpetratorToPersonInput) {
  assertWrites(scope);
  const organisationId = scope.organisationId!;
  const [people, perpetrators] = await Promise.all([victimScopeWhere(scope), perpetratorWhere(scope)]);
  return dbFor(scope).$transaction(async (tx) => {
    const person = await tx.victim.count({ where: { AND: [{ id: victimId, organisationId }, people] } });
    if (!person) throw new AppError("NOT_FOUND");
    const perpetrator = await tx.perpetrator.count({ where: { AND: [{ id: input.perpetratorId }, perpetrators] } });
    if (!perpetrator) throw new AppError("INVALID", "errors.INVALID", { perpetratorId: "errors.choosePerpetrator" });
    const part = { role: input.role ?? null, guardian: input.guardian };
    await tx.personPerpetrator.upsert({
      where: { victimId_perpetratorId: { victimId, perpetratorId: input.perpetratorId } },
      create: { victimId, perpetratorId: input.perpetratorId, organisationId, linkedById: scope.userId, ...part },
      update: part,
    });
    await appendAudit(tx, scope, {
      action: "victim.perpetrator_link",
      recordType: "VICTIM",
      recordId: victimId,
      details: { perpetratorId: input.perpetratorId, role: part.role, guardian: part.guardian },
    });
  });
}

/**
 * A perpetrator named in a call of the organisation that the actor may read, with the part the
 * caller said they played. Linking again updates the part.
 */
export async function linkPerpetratorToCall(scope: Scope, callId: string, input: LinkPerpetratorInput) {
  assertWrites(scope);
  const organisationId = scope.organisationId!;
  const [people, perpetrators] = await Promise.all([victimScopeWhere(scope), perpetratorWhere(scope)]);
  return dbFor(scope).$transaction(async (tx) => {
    const call = await tx.hotlineCall.count({
      where: { AND: [{ id: callId, organisationId, voidedAt: null }, hotlineCallWhere(scope, people)] },
    });
    if (!call) throw new AppError("NOT_FOUND");
    const perpetrator = await tx.perpetrator.count({ where: { AND: [{ id: input.perpetratorId }, perpetrators] } });
    if (!perpetrator) throw new AppError("INVALID", "errors.INVALID", { perpetratorId: "errors.choosePerpetrator" });
    const role = input.role ?? null;
    await tx.callPerpetrator.upsert({
      where: { callId_perpetratorId: { callId, perpetratorId: input.perpetratorId } },
      create: { callId, perpetratorId: input.perpetratorId, organisationId, linkedById: scope.userId, role },
      update: { role },
    });
    await appendAudit(tx, scope, {
      action: "hotline_call.perpetrator_link",
      recordType: "HOTLINE_CALL",
      recordId: callId,
      details: { perpetratorId: input.perpetratorId, role },
    });
  });
}
