// Shapes victim pages hand to components (components never import data.ts).
export interface DuplicateMatch {
  /** Set only when the match is a record the actor may open. */
  victimId: string | null;
  caseNumber: string | null;
  organisationName: string;
  sameOrganisation: boolean;
  reason: "document" | "name_and_birth_date";
}

/** A record offered for linking to a call: its case number and, where the rule shows them, its names. */
export type PersonToLink = { id: string; caseNumber: string; names: string | null; estimatedAge: number | null };
