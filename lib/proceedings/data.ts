// Reading a person's legal proceedings. Whoever sees the whole record reads them; a partner only
// through a live grant that names "proceedings" (row-level security holds the same), and then
// without the situation and perpetrator records the case is linked to: those stay the owner's.
// Every reading is audited, with the proceedings' ids, never their numbers.
import "server-only";
import type { Scope } from "@/lib/roles/scope";
import { auditedRead } from "@/lib/audit/audited-read";
import { appendAudit } from "@/lib/audit/mutations";
import { personShowingField } from "@/lib/access/people";
import { decryptField, fieldContext } from "@/lib/crypto";
import { PROCEEDINGS_FIELD, readsLinks } from "./policy";
import type { ProceedingView } from "./types";

const open = (table: string, column: string, id: string, value: string | null) =>
  value ? decryptField(value, fieldContext(table, column, id)) : null;

/** The person's proceedings with their hearings, newest first; null where the actor may not read them. */
export async function listProceedings(scope: Scope, victimId: string): Promise<ProceedingView[] | null> {
  const access = await personShowingField(scope, victimId, PROCEEDINGS_FIELD);
  if (!access) return null;
  const links = readsLinks(scope, access.organisationId);
  return auditedRead(scope, async (tx) => {
    const rows = await tx.legalProceeding.findMany({
      where: { victimId },
      orderBy: [{ createdAt: "desc" }],
      take: 100,
      select: {
        id: true,
        kind: true,
        authority: true,
        authorityName: true,
        countryCode: true,
        caseNumberEncrypted: true,
        role: true,
        lawyerEncrypted: true,
        openedOn: true,
        protectionAsked: true,
        protectionGranted: true,
        compensationClaimed: true,
        compensationAwarded: true,
        compensationCurrency: true,
        outcome: true,
        outcomeOn: true,
        situationId: true,
        notesEncrypted: true,
        version: true,
        createdAt: true,
        updatedAt: true,
        hearings: {
          orderBy: [{ heldOn: "asc" }, { timeOfDay: "asc" }, { createdAt: "asc" }],
          select: { id: true, heldOn: true, timeOfDay: true, status: true, noteEncrypted: true, version: true },
        },
        // Row-level security shows a partner none of these; the owner's only, by the rule too.
        ...(links ? { perpetrators: { select: { perpetratorId: true }, orderBy: { createdAt: "asc" as const } } } : {}),
      },
    });
    if (rows.length)
      await appendAudit(tx, scope, {
        action: "victim.proceedings_read",
        recordType: "VICTIM",
        recordId: victimId,
        organisationId: access.organisationId,
        details: { proceedingIds: rows.map((r) => r.id) },
      });
    return rows.map((row) => {
      const { caseNumberEncrypted, lawyerEncrypted, notesEncrypted, hearings, situationId, ...rest } = row;
      const perpetrators = "perpetrators" in row ? row.perpetrators : [];
      return {
        id: rest.id,
        kind: rest.kind,
        authority: rest.authority,
        authorityName: rest.authorityName,
        countryCode: rest.countryCode,
        role: rest.role,
        openedOn: rest.openedOn,
        protectionAsked: rest.protectionAsked,
        protectionGranted: rest.protectionGranted,
        compensationClaimed: rest.compensationClaimed ? rest.compensationClaimed.toFixed(2) : null,
        compensationAwarded: rest.compensationAwarded ? rest.compensationAwarded.toFixed(2) : null,
        compensationCurrency: rest.compensationCurrency,
        outcome: rest.outcome,
        outcomeOn: rest.outcomeOn,
        version: rest.version,
        createdAt: rest.createdAt,
        updatedAt: rest.updatedAt,
        caseNumber: open("legal_proceedings", "case_number_encrypted", row.id, caseNumberEncrypted),
        lawyer: open("legal_proceedings", "lawyer_encrypted", row.id, lawyerEncrypted),
        notes: open("legal_proceedings", "notes_encrypted", row.id, notesEncrypted),
        situationId: links ? situationId : null,
        perpetratorIds: links ? perpetrators.map((p) => p.perpetratorId) : [],
        hearings: hearings.map(({ noteEncrypted, ...h }) => ({
          ...h,
          note: open("proceeding_hearings", "note_encrypted", h.id, noteEncrypted),
        })),
      };
    });
  });
}
