// The API's answers about a person's documents, typed against api-schema.ts.
import { isoDate } from "@/lib/time/zoned";
import type { DocumentResponse } from "./api-schema";
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
