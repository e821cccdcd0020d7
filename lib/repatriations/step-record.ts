// How a case's step record is stored: the risk outcome in its own column (figures count it), the
// assessment notes and override decision in their own encrypted columns, every other step field in
// one encrypted JSON document. Server-only: it decrypts.
import "server-only";
import type { Scope } from "@/lib/roles/scope";
import { decryptField, decryptJsonField, encryptField, fieldContext } from "@/lib/crypto";
import type { StepFields } from "./schema";

/** Fields kept in their own columns rather than in the JSON document. */
const RISK_COLUMNS: readonly string[] = ["riskOutcome", "riskNotes", "riskOverride"];

interface StoredCase {
  /** The case's row, which the encrypted columns are bound to. */
  id: string;
  riskOutcome: string | null;
  riskNotesEncrypted: string | null;
  riskOverrideEncrypted: string | null;
  stepDetailsEncrypted: string | null;
}

export function readStepRecord(stored: StoredCase): StepFields {
  const details = stored.stepDetailsEncrypted
    ? decryptJsonField<StepFields>(
        stored.stepDetailsEncrypted,
        fieldContext("repatriations", "step_details_encrypted", stored.id),
        {},
      )
    : {};
  return {
    ...details,
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
export function writeStepRecord(scope: Scope, given: Partial<StepFields>, merged: StepFields, id: string) {
  const isDetail = (key: string) => !RISK_COLUMNS.includes(key);
  const details = Object.fromEntries(Object.entries(pickGiven(merged)).filter(([key]) => isDetail(key)));
  const touchesDetails = Object.keys(pickGiven(given)).some(isDetail);
  return {
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
