// Writing a person's documents and their recovery steps: the person's own organisation, on an open
// record the actor may change (lib/victims/editable.ts). Numbers and notes are encrypted; the
// number also gets the keyed hash the network's duplicate check matches.
import "server-only";
import { dbFor, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { encryptField, fieldContext } from "@/lib/crypto";
import { loadEditableVictim } from "@/lib/victims/editable";
import { remindOf } from "@/lib/tasks/reminders";
import { documentNumberHash } from "@/lib/victims/identifiers";
import type { DocumentInput, RecoveryStepInput, UpdateDocumentInput } from "./schema";

const seal = (table: string, column: string, id: string, value: string | undefined) =>
  value ? encryptField(value, fieldContext(table, column, id)) : null;

function documentColumns(id: string, input: DocumentInput) {
  return {
    type: input.type,
    issuingCountry: input.issuingCountry ?? null,
    numberEncrypted: seal("person_documents", "number_encrypted", id, input.number),
    numberHash: documentNumberHash(input.number),
    issuedOn: input.issuedOn ?? null,
    expiresOn: input.expiresOn ?? null,
    holder: input.holder,
    notesEncrypted: seal("person_documents", "notes_encrypted", id, input.notes),
  };
}

export async function createDocument(scope: Scope, victimId: string, input: DocumentInput) {
  return dbFor(scope).$transaction(async (tx) => {
    const victim = await loadEditableVictim(tx, scope, victimId);
    const id = crypto.randomUUID();
    await tx.personDocument.create({
      data: {
        id,
        victimId,
        organisationId: victim.organisationId,
        recordedById: scope.userId,
        ...documentColumns(id, input),
      },
    });
    await appendAudit(tx, scope, {
      action: "victim.document_add",
      recordType: "VICTIM",
      recordId: victimId,
      details: { documentId: id, type: input.type, holder: input.holder },
    });
    await remindOf(tx, expiryReminder(victim, id, input));
    return { id };
  });
}

/**
 * The document of an open record the actor may change, inside a transaction (of that person, when
 * the caller names one: the API's URL); else not found.
 */
async function editableDocument(tx: Tx, scope: Scope, documentId: string, victimId?: string) {
  const document = await tx.personDocument.findFirst({
    where: { id: documentId, organisationId: scope.organisationId ?? undefined, ...(victimId ? { victimId } : {}) },
    select: { id: true, victimId: true, version: true, holder: true },
  });
  if (!document) throw new AppError("NOT_FOUND");
  const person = await loadEditableVictim(tx, scope, document.victimId);
  return { ...document, person };
}

/** Changes a document read at `version`; a change made since answers CONFLICT and changes nothing. */
export async function updateDocument(scope: Scope, documentId: string, input: UpdateDocumentInput, victimId?: string) {
  return dbFor(scope).$transaction(async (tx) => {
    const document = await editableDocument(tx, scope, documentId, victimId);
    const updated = await tx.personDocument.updateMany({
      where: { id: document.id, version: input.version },
      data: { ...documentColumns(document.id, input), version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", "errors.CONFLICT");
    await appendAudit(tx, scope, {
      action: "victim.document_update",
      recordType: "VICTIM",
      recordId: document.victimId,
      details: { documentId: document.id, holder: input.holder, holderBefore: document.holder },
    });
    await remindOf(tx, expiryReminder(document.person, document.id, input));
    return { id: document.id, victimId: document.victimId };
  });
}

/** A step taken to get the document back or replaced, with its outcome. */
export async function addRecoveryStep(scope: Scope, documentId: string, input: RecoveryStepInput, victimId?: string) {
  return dbFor(scope).$transaction(async (tx) => {
    const document = await editableDocument(tx, scope, documentId, victimId);
    const id = crypto.randomUUID();
    await tx.documentRecoveryStep.create({
      data: {
        id,
        documentId: document.id,
        organisationId: scope.organisationId!,
        kind: input.kind,
        takenOn: input.takenOn,
        outcome: input.outcome,
        noteEncrypted: seal("document_recovery_steps", "note_encrypted", id, input.note),
        recordedById: scope.userId,
      },
    });
    // A document handed back is with the person again (a replacement is a document of its own).
    if (input.outcome === "SUCCEEDED" && input.kind === "RETURNED_TO_PERSON")
      await tx.personDocument.update({
        where: { id: document.id },
        data: { holder: "PERSON", version: { increment: 1 } },
      });
    await appendAudit(tx, scope, {
      action: "victim.document_step",
      recordType: "VICTIM",
      recordId: document.victimId,
      details: { documentId: document.id, stepId: id, kind: input.kind, outcome: input.outcome },
    });
    return { id, victimId: document.victimId };
  });
}

/**
 * A document's expiry reminds of its renewal, while renewing it means something: not for a
 * document lost or destroyed (a replacement is a document of its own).
 */
function expiryReminder(
  person: { id: string; organisationId: string; assignedToId: string | null },
  documentId: string,
  input: DocumentInput,
) {
  const gone = input.holder === "LOST" || input.holder === "DESTROYED";
  return {
    organisationId: person.organisationId,
    person,
    kind: "DOCUMENT_EXPIRY" as const,
    sourceId: documentId,
    eventOn: gone ? null : (input.expiresOn ?? null),
  };
}
