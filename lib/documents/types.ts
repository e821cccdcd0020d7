// A person's document as the app reads it (lib/documents/data.ts), for pages and components.
import type { DOCUMENT_HOLDERS, DOCUMENT_TYPES, RECOVERY_KINDS, RECOVERY_OUTCOMES } from "./codes";

export interface PersonDocumentView {
  id: string;
  type: (typeof DOCUMENT_TYPES)[number];
  issuingCountry: string | null;
  number: string | null;
  issuedOn: Date | null;
  expiresOn: Date | null;
  holder: (typeof DOCUMENT_HOLDERS)[number];
  notes: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  steps: {
    id: string;
    kind: (typeof RECOVERY_KINDS)[number];
    takenOn: Date;
    outcome: (typeof RECOVERY_OUTCOMES)[number];
    note: string | null;
    createdAt: Date;
  }[];
}
