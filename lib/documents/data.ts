// Reading a person's documents. Whoever sees the whole record reads them; a partner only through a
// live grant that names "documents" (row-level security holds the same).
// Every reading is audited, with the document ids, never their numbers.
import "server-only";
import { dbFor } from "@/lib/db";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { PERSON_RULE_SELECT, peopleListWhere, viewOfPersonFor } from "@/lib/access/people";
import { viewIncludesDocuments } from "./policy";
import type { PersonDocumentView } from "./types";
import { decryptField, fieldContext } from "@/lib/crypto";

const open = (table: string, column: string, id: string, value: string | null) =>
  value ? decryptField(value, fieldContext(table, column, id)) : null;

/**
 * Whether the actor reads this person's documents, by the one rule (lib/access/person.ts): a view
 * of the whole record (the person's organisation, for a role that sees it), or of fields that
 * name "documents" (a partner's grant). Shelter staff's care view does not.
 */
export async function mayReadDocumentsOf(scope: Scope, victimId: string) {
  const row = await dbFor(scope).victim.findFirst({
    where: { AND: [{ id: victimId }, await peopleListWhere(scope)] },
    select: PERSON_RULE_SELECT,
  });
  if (!row) return null;
  const view = await viewOfPersonFor(scope, row);
  if (!viewIncludesDocuments(view)) return null;
  return { own: row.organisationId === scope.organisationId, organisationId: row.organisationId };
}

/** The person's documents with their recovery steps, newest first; null where the actor may not read them. */
export async function listDocuments(scope: Scope, victimId: string): Promise<PersonDocumentView[] | null> {
  const access = await mayReadDocumentsOf(scope, victimId);
  if (!access) return null;
  return dbFor(scope).$transaction(async (tx) => {
    const rows = await tx.personDocument.findMany({
      where: { victimId },
      orderBy: [{ createdAt: "desc" }],
      take: 100,
      select: {
        id: true,
        type: true,
        issuingCountry: true,
        numberEncrypted: true,
        issuedOn: true,
        expiresOn: true,
        holder: true,
        notesEncrypted: true,
        version: true,
        createdAt: true,
        updatedAt: true,
        steps: {
          orderBy: [{ takenOn: "asc" }, { createdAt: "asc" }],
          select: { id: true, kind: true, takenOn: true, outcome: true, noteEncrypted: true, createdAt: true },
        },
      },
    });
    if (rows.length)
      await appendAudit(tx, scope, {
        action: "victim.documents_read",
        recordType: "VICTIM",
        recordId: victimId,
        organisationId: access.organisationId,
        details: { documentIds: rows.map((r) => r.id) },
      });
    return rows.map(({ numberEncrypted, notesEncrypted, steps, ...row }) => ({
      ...row,
      number: open("person_documents", "number_encrypted", row.id, numberEncrypted),
      notes: open("person_documents", "notes_encrypted", row.id, notesEncrypted),
      steps: steps.map(({ noteEncrypted, ...step }) => ({
        ...step,
        note: open("document_recovery_steps", "note_encrypted", step.id, noteEncrypted),
      })),
    }));
  });
}
