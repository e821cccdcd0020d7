// Where the travel document stands, for the travel-documents step (decision 0027). The step names
// one of the person's documents; its holder, recovery steps and expiry are kept on that document
// (lib/documents), and the step reads them rather than keeping fields of its own. Pure: the
// server reads the row (lib/repatriations/step-record.ts) and asks here.
import type { DocumentProgress, TravelDocumentType } from "./codes";
import { DOCUMENT_TYPES } from "./codes";

/** What the step may know of the document it names: never its number or notes. */
export interface TravelDocumentRow {
  type: string;
  holder: string;
  /** `YYYY-MM-DD`, or null where the document has no expiry recorded. */
  expiresOn: string | null;
  /** A recovery or replacement step pending or succeeded (asked, reported, applied, issued). */
  workUnderWay: boolean;
}

/** What the step's record shows of its document, derived, never written by the step. */
export interface TravelDocumentState {
  documentType?: TravelDocumentType;
  documentStatus?: DocumentProgress;
  documentExpiry?: string;
}

/** The keys of TravelDocumentState: cases recorded before decision 0027 kept them in their own JSON. */
export const DERIVED_TRAVEL_FIELDS = ["documentType", "documentStatus", "documentExpiry"] as const;

/** Holders with whom the document is in hand for travel: the person, or the organisation keeping it safe. */
const IN_HAND: readonly string[] = ["PERSON", "ORGANISATION"];

export function isTravelDocumentType(type: string): type is TravelDocumentType {
  return (DOCUMENT_TYPES as readonly string[]).includes(type);
}

/**
 * The document's state as the step's gate and checklist read it: in hand is "issued", a recovery
 * or replacement under way is "applied", anything else not started.
 */
export function travelDocumentState(row: TravelDocumentRow | null): TravelDocumentState {
  if (!row || !isTravelDocumentType(row.type)) return {};
  return {
    documentType: row.type,
    documentStatus: IN_HAND.includes(row.holder) ? "ISSUED" : row.workUnderWay ? "APPLIED" : "NOT_STARTED",
    ...(row.expiresOn ? { documentExpiry: row.expiresOn } : {}),
  };
}
