// Reading a person's documents. Whoever sees the whole record reads them; a partner only through a
// live grant that names "documents" (row-level security holds the same).
// Every reading is audited, with the document ids, never their numbers.
import "server-only";
import type { Scope } from "@/lib/roles/scope";
import { auditedRead } from "@/lib/audit/audited-read";
import { appendAudit } from "@/lib/audit/mutations";
import { personShowingField } from "@/lib/access/people";
import { DOCUMENTS_FIELD } from "./policy";
import type { PersonDocumentView } from "./types";
import { decryptField, fieldContext } from "@/lib/crypto";

const open = (table: string, column: string, id: string, value: string | null) =>
  value ? decryptField(value, fieldContext(table, column, id)) : null;

/** The person's documents with their recovery steps, newest first; null where the actor may not read them. */
export async function listDocuments(scope: Scope, victimId: string): Promise<PersonDocumentView[] | null> {
  const access = await personShowingField(scope, victimId, DOCUMENTS_FIELD);
  if (!access) return null;
  return auditedRead(scope, async (tx) => {
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
