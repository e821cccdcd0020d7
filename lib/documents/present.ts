// The API's answers about a person's documents, typed against api-schema.ts.
import { isoDate } from "@/lib/time/zoned";
import type { DocumentResponse, LegalStatusResponse } from "./api-schema";
import type { LegalStatusView } from "./legal-status";
import { nextDue, statusLine } from "./status-line";
import type { PersonDocumentView } from "./types";

export function presentDocument(d: PersonDocumentView): DocumentResponse {
  return {
    id: d.id,
    type: d.type,
    issuingCountry: d.issuingCountry,
    number: d.number,
    issuedOn: d.issuedOn ? isoDate(d.issuedOn) : null,
    expiresOn: d.expiresOn ? isoDate(d.expiresOn) : null,
    holder: d.holder,
    notes: d.notes,
    version: d.version,
    steps: d.steps.map((s) => ({
      id: s.id,
      kind: s.kind,
      takenOn: isoDate(s.takenOn),
      outcome: s.outcome,
      note: s.note,
    })),
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}

const dayOrNull = (d: Date | null) => (d ? isoDate(d) : null);

export function presentLegalStatus(s: LegalStatusView, today: string): LegalStatusResponse {
  return {
    id: s.id,
    countryCode: s.countryCode,
    registration: s.registration,
    registeredUntil: dayOrNull(s.registeredUntil),
    permit: s.permit,
    permitUntil: dayOrNull(s.permitUntil),
    overstaySince: dayOrNull(s.overstaySince),
    finesOwed: s.finesOwed,
    finesCurrency: s.finesCurrency,
    finesDueOn: dayOrNull(s.finesDueOn),
    removal: s.removal,
    removalDecidedOn: dayOrNull(s.removalDecidedOn),
    reEntryBanUntil: dayOrNull(s.reEntryBanUntil),
    detainedSince: dayOrNull(s.detainedSince),
    releasedOn: dayOrNull(s.releasedOn),
    notes: s.notes,
    line: statusLine(s, today).map((f) => f.key),
    nextDue: nextDue(s, today),
    version: s.version,
    updatedAt: s.updatedAt.toISOString(),
  };
}
