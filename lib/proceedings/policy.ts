// Who reads and writes a person's legal proceedings. Reading follows the one visibility rule
// (lib/access/person.ts, asked through lib/access/people.ts personShowingField): whoever sees the
// whole record, or a partner whose live grant names the field below; shelter staff's care view
// never. Row-level security holds the same (legal_proceedings_read). Writing is the person's own
// organisation's, on an open record the actor may change (lib/victims/editable.ts).
//
// The situation and the perpetrator records a case is linked to stay the owner's: a partner reads
// the case without them (row-level security hides proceeding_perpetrators from it; data.ts drops
// the situation's id, which sits on the case's own row).

/** The field a grant names to share a person's legal proceedings with their hearings. */
export const PROCEEDINGS_FIELD = "proceedings";

/** Whether the reader of a person's proceedings also reads their links (the person's own organisation). */
export function readsLinks(scope: { organisationId: string | null }, ownerOrganisationId: string): boolean {
  return scope.organisationId !== null && scope.organisationId === ownerOrganisationId;
}
