// Who reads and writes a person's documents and legal status. Reading follows the one visibility
// rule (lib/access/person.ts, asked through lib/access/people.ts personShowingField): whoever sees
// the whole record, or a partner whose grant names the field below; shelter staff's care view
// names neither. Writing is the person's own organisation's, on an open record the actor may
// change (lib/victims/editable.ts).

/** The field a grant names to share a person's documents and their recovery steps. */
export const DOCUMENTS_FIELD = "documents";

/** The field a grant names to share a person's legal status in each country. */
export const LEGAL_STATUS_FIELD = "legalStatus";
