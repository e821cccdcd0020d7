// Who reads and writes claims for unpaid wages. A claim is its organisation's, for people of its
// own. Reading goes through the one visibility rule (lib/access/people.ts personShowingField): whoever
// sees the whole record of a person of the claim, or a partner whose live grant on that person names
// the field below, who then reads the claim and that person's line only (row-level security holds
// the same: labour_claim_people is filtered row by row). Writing is the person's own organisation's,
// with cases.write, on an open record the actor may change (lib/victims/editable.ts); the other
// people of a claim must be the organisation's own and seen by the actor through the rule.
import type { Scope } from "@/lib/roles/scope";
import { roleHas } from "@/lib/roles/permissions";

/** The field a grant names to share a person's line of the claims they are part of. */
export const LABOUR_CLAIMS_FIELD = "labourClaims";

/** Figures (sums per currency and period, no person, no employer): whoever reads aggregate reports. */
export function maySeeClaimFigures(scope: Scope): boolean {
  return scope.organisationId !== null && roleHas(scope.role, "reports.aggregate.read");
}
