// Shapes victim pages hand to components (components never import data.ts).
export interface DuplicateMatch {
  /** Set only when the match is a record the actor may open. */
  victimId: string | null;
  caseNumber: string | null;
  organisationName: string;
  sameOrganisation: boolean;
  reason: "document" | "name_and_birth_date";
}
