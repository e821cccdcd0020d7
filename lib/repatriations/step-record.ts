// How a case's step record is stored: the risk outcome in its own column (figures count it), the
// assessment notes and override decision in their own encrypted columns, the travel document as a
// reference to one of the person's documents, every other step field in one encrypted JSON
// document. Server-only: it decrypts.
import "server-only";
import type { Tx } from "@/lib/db";
import { isoDate } from "@/lib/time/zoned";
import type { Scope } from "@/lib/roles/scope";
import { decryptField, decryptJsonField, encryptField, fieldContext } from "@/lib/crypto";
import { DOCUMENT_TYPES } from "./codes";
import { DERIVED_TRAVEL_FIELDS, travelDocumentState, type TravelDocumentRow } from "./travel-document";
import type { StepFields, StepRecord } from "./schema";

/** Fields kept in their own columns rather than in the JSON document. */
const COLUMN_FIELDS: readonly string[] = ["riskOutcome", "riskNotes", "riskOverride", "travelDocumentId"];
/** Derived from the travel document; a case recorded before decision 0027 keeps its own in the JSON. */
const DERIVED: readonly string[] = DERIVED_TRAVEL_FIELDS;

interface StoredCase {
  /** The case's row, which the encrypted columns are bound to. */
  id: string;
  riskOutcome: string | null;
  riskNotesEncrypted: string | null;
  riskOverrideEncrypted: string | null;
  stepDetailsEncrypted: string | null;
  travelDocumentId: string | null;
}

/**
 * Where the case's travel document stands, for either side of the case: kind, holder, expiry and
 * whether work is under way, through a database function that answers only a side of the case
 * and never gives the number (the document itself a partner reads only through its grant).
 */
export async function readTravelDocument(
  tx: Pick<Tx, "$queryRaw">,
  repatriationId: string,
): Promise<TravelDocumentRow | null> {
  const rows = await tx.$queryRaw<{ type: string; holder: string; expires_on: Date | null; work_under_way: boolean }[]>`
    SELECT type::text, holder::text, expires_on, work_under_way FROM repatriation_travel_document(${repatriationId}::uuid)`;
  const row = rows[0];
  return row
    ? {
        type: row.type,
        holder: row.holder,
        expiresOn: row.expires_on ? isoDate(row.expires_on) : null,
        workUnderWay: row.work_under_way,
      }
    : null;
}

/**
 * The document a write names for the travel, read as the writer sees it: one of this person's
 * passports or certificates of return, else null (the write is refused).
 */
export async function chosenTravelDocument(
  tx: Tx,
  victimId: string,
  documentId: string,
): Promise<TravelDocumentRow | null> {
  const found = await tx.personDocument.findFirst({
    where: { id: documentId, victimId, type: { in: [...DOCUMENT_TYPES] } },
    select: { type: true, holder: true, expiresOn: true, steps: { select: { outcome: true } } },
  });
  return found
    ? {
        type: found.type,
        holder: found.holder,
        expiresOn: found.expiresOn ? isoDate(found.expiresOn) : null,
        workUnderWay: found.steps.some((s) => s.outcome === "PENDING" || s.outcome === "SUCCEEDED"),
      }
    : null;
}

/** The steps' record: `travel` is the document the case names (readTravelDocument), null if none. */
export function readStepRecord(stored: StoredCase, travel: TravelDocumentRow | null): StepRecord {
  const details = stored.stepDetailsEncrypted
    ? decryptJsonField<StepRecord>(
        stored.stepDetailsEncrypted,
        fieldContext("repatriations", "step_details_encrypted", stored.id),
        {},
      )
    : {};
  return {
    ...details,
    // A case recorded before decision 0027 keeps its own document fields until a document is chosen.
    ...(stored.travelDocumentId ? travelDocumentState(travel) : {}),
    travelDocumentId: stored.travelDocumentId ?? undefined,
    riskOutcome: (stored.riskOutcome as StepFields["riskOutcome"]) ?? undefined,
    riskNotes: stored.riskNotesEncrypted
      ? decryptField(stored.riskNotesEncrypted, fieldContext("repatriations", "risk_notes_encrypted", stored.id))
      : undefined,
    riskOverride: stored.riskOverrideEncrypted
      ? decryptField(stored.riskOverrideEncrypted, fieldContext("repatriations", "risk_override_encrypted", stored.id))
      : undefined,
  };
}

/** Only the fields a write actually carries (undefined means "not given", not "clear it"). */
export function pickGiven(fields: Partial<StepFields>): Partial<StepFields> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<StepFields>;
}

/** The column updates for a write that carries `given`, the record being `merged` afterwards, on case `id`. */
export function writeStepRecord(scope: Scope, given: Partial<StepFields>, merged: StepRecord, id: string) {
  const isDetail = (key: string) => !COLUMN_FIELDS.includes(key);
  // The old document fields stay only on a case that names no document yet.
  const kept = (key: string) => isDetail(key) && (!DERIVED.includes(key) || !merged.travelDocumentId);
  const details = Object.fromEntries(Object.entries(pickGiven(merged)).filter(([key]) => kept(key)));
  const touchesDetails = Object.keys(pickGiven(given)).some((key) => isDetail(key) || key === "travelDocumentId");
  return {
    ...(given.travelDocumentId ? { travelDocumentId: given.travelDocumentId } : {}),
    ...(given.riskOutcome ? { riskOutcome: given.riskOutcome } : {}),
    ...(given.riskNotes
      ? { riskNotesEncrypted: encryptField(given.riskNotes, fieldContext("repatriations", "risk_notes_encrypted", id)) }
      : {}),
    ...(given.riskOverride
      ? {
          riskOverrideEncrypted: encryptField(
            given.riskOverride,
            fieldContext("repatriations", "risk_override_encrypted", id),
          ),
          riskOverrideById: scope.userId,
        }
      : {}),
    ...(touchesDetails
      ? {
          stepDetailsEncrypted: encryptField(
            JSON.stringify(details),
            fieldContext("repatriations", "step_details_encrypted", id),
          ),
        }
      : {}),
  };
}
