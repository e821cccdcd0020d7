// Writing claims for unpaid wages: the person's own organisation, with cases.write, on an open record
// the actor may change (lib/victims/editable.ts). The other people of a claim must be the
// organisation's own and seen whole by the actor through the one rule (row-level security refuses
// another organisation's person too). A person's line of a claim that the actor does not see is
// neither changed nor removed. The employer's name and the notes are encrypted; every write is
// audited on each person's record, with ids only.
import "server-only";
import { dbFor, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { encryptField, fieldContext } from "@/lib/crypto";
import { peopleListWhere, personAccessOf, viewOfPerson, PERSON_RULE_SELECT } from "@/lib/access/people";
import { loadEditableVictim } from "@/lib/victims/editable";
import { perpetratorWhere } from "@/lib/perpetrators/policy";
import { situationWhere } from "@/lib/situations/policy";
import type { LabourClaimInput, UpdateLabourClaimInput } from "./schema";

const seal = (column: string, id: string, value: string | undefined) =>
  value ? encryptField(value, fieldContext("labour_claims", column, id)) : null;

function claimColumns(id: string, input: LabourClaimInput) {
  return {
    employerPerpetratorId: input.employerPerpetratorId ?? null,
    // A linked record names the employer; a name typed beside it is not kept.
    employerNameEncrypted: input.employerPerpetratorId ? null : seal("employer_name_encrypted", id, input.employerName),
    countryCode: input.countryCode,
    workFrom: input.workFrom ?? null,
    workTo: input.workTo ?? null,
    currency: input.currency,
    route: input.route,
    status: input.status,
    filedOn: input.filedOn ?? null,
    situationId: input.situationId ?? null,
    notesEncrypted: seal("notes_encrypted", id, input.notes),
  };
}

const invalid = (field: string, key: string) => new AppError("UNPROCESSABLE", key, { [field]: key });

/** The claim must name the person whose record it is recorded or changed from. */
function requireSubject(input: LabourClaimInput, victimId: string) {
  if (!input.people.some((p) => p.victimId === victimId)) throw invalid("people", "errors.claimMissesPerson");
}

/** The employer record and the situation, where named, must be the organisation's, among those the actor sees. */
async function checkLinks(tx: Tx, scope: Scope, input: LabourClaimInput) {
  if (input.employerPerpetratorId) {
    const found = await tx.perpetrator.count({
      where: { AND: [{ id: input.employerPerpetratorId }, await perpetratorWhere(scope)] },
    });
    if (!found) throw invalid("employerPerpetratorId", "errors.invalidChoice");
  }
  if (input.situationId) {
    const found = await tx.situation.count({
      where: { AND: [{ id: input.situationId }, await situationWhere(scope)] },
    });
    if (!found) throw invalid("situationId", "errors.invalidChoice");
  }
}

/**
 * People added to a claim: each of the organisation's own, seen whole by the actor, and not
 * anonymised. Anyone else (another organisation's person, one the actor does not see) is refused
 * as not found among the organisation's people.
 */
async function checkAddedPeople(tx: Tx, scope: Scope, organisationId: string, ids: string[]) {
  if (ids.length === 0) return;
  const [where, access] = await Promise.all([peopleListWhere(scope), personAccessOf(scope)]);
  const rows = await tx.victim.findMany({
    where: { AND: [{ id: { in: ids } }, { organisationId, anonymisedAt: null }, where] },
    select: PERSON_RULE_SELECT,
  });
  const addable = new Set(rows.filter((r) => viewOfPerson(access, r).kind === "all").map((r) => r.id));
  if (ids.some((id) => !addable.has(id))) throw invalid("people", "errors.claimPersonNotFound");
}

async function auditPeople(tx: Tx, scope: Scope, action: string, claimId: string, people: string[]) {
  for (const victimId of new Set(people))
    await appendAudit(tx, scope, {
      action,
      recordType: "VICTIM",
      recordId: victimId,
      details: { claimId },
    });
}

/** Records a claim for the person of the page and, optionally, other people of the organisation. */
export async function createLabourClaim(scope: Scope, victimId: string, input: LabourClaimInput) {
  return dbFor(scope).$transaction(async (tx) => {
    const victim = await loadEditableVictim(tx, scope, victimId);
    requireSubject(input, victimId);
    await checkLinks(tx, scope, input);
    await checkAddedPeople(
      tx,
      scope,
      victim.organisationId,
      input.people.map((p) => p.victimId).filter((id) => id !== victimId),
    );
    const id = crypto.randomUUID();
    await tx.labourClaim.create({
      data: { id, organisationId: victim.organisationId, recordedById: scope.userId, ...claimColumns(id, input) },
    });
    await tx.labourClaimPerson.createMany({
      data: input.people.map((p) => ({
        claimId: id,
        victimId: p.victimId,
        organisationId: victim.organisationId,
        owed: p.owed,
        recovered: p.recovered,
      })),
    });
    await auditPeople(
      tx,
      scope,
      "victim.labour_claim_add",
      id,
      input.people.map((p) => p.victimId),
    );
    return { id };
  });
}

/**
 * Changes a claim of the person, read at `version` (a change made since answers CONFLICT and changes
 * nothing): its fields, and its people as listed. A line of someone the actor does not see is kept
 * as it is and may not be named; a line the actor sees and leaves out is removed.
 */
export async function updateLabourClaim(
  scope: Scope,
  victimId: string,
  claimId: string,
  input: UpdateLabourClaimInput,
) {
  return dbFor(scope).$transaction(async (tx) => {
    // The claim first: another organisation's (a partner reads some) is not found, whoever asks.
    if (!scope.organisationId) throw new AppError("NOT_FOUND");
    const claim = await tx.labourClaim.findFirst({
      where: { id: claimId, organisationId: scope.organisationId, people: { some: { victimId } } },
      select: { id: true, people: { select: { victimId: true, victim: { select: PERSON_RULE_SELECT } } } },
    });
    if (!claim) throw new AppError("NOT_FOUND");
    const victim = await loadEditableVictim(tx, scope, victimId);
    requireSubject(input, victimId);
    const access = await personAccessOf(scope);
    const seen = new Set(
      claim.people.filter((p) => viewOfPerson(access, p.victim).kind === "all").map((p) => p.victimId),
    );
    const existing = new Set(claim.people.map((p) => p.victimId));
    const named = new Set(input.people.map((p) => p.victimId));
    // Someone already on the claim whom the actor does not see: their line is not the actor's to touch.
    if (input.people.some((p) => existing.has(p.victimId) && !seen.has(p.victimId)))
      throw invalid("people", "errors.claimPersonNotFound");
    await checkLinks(tx, scope, input);
    const added = input.people.filter((p) => !existing.has(p.victimId));
    await checkAddedPeople(
      tx,
      scope,
      victim.organisationId,
      added.map((p) => p.victimId),
    );
    const { version, ...fields } = input;
    const changed = await tx.labourClaim.updateMany({
      where: { id: claim.id, version },
      data: { ...claimColumns(claim.id, fields), version: { increment: 1 } },
    });
    if (changed.count === 0) throw new AppError("CONFLICT", "errors.CONFLICT");
    const removed = [...seen].filter((id) => !named.has(id));
    if (removed.length)
      await tx.labourClaimPerson.deleteMany({ where: { claimId: claim.id, victimId: { in: removed } } });
    for (const p of input.people.filter((q) => existing.has(q.victimId)))
      await tx.labourClaimPerson.update({
        where: { claimId_victimId: { claimId: claim.id, victimId: p.victimId } },
        data: { owed: p.owed, recovered: p.recovered },
      });
    if (added.length)
      await tx.labourClaimPerson.createMany({
        data: added.map((p) => ({
          claimId: claim.id,
          victimId: p.victimId,
          organisationId: victim.organisationId,
          owed: p.owed,
          recovered: p.recovered,
        })),
      });
    await auditPeople(tx, scope, "victim.labour_claim_update", claim.id, [...named]);
    await auditPeople(tx, scope, "victim.labour_claim_remove_person", claim.id, removed);
    return { id: claim.id };
  });
}
