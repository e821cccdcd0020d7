// Who answers a data-subject request (decision 0033): the person's own organisation's COORDINATOR,
// on a record they see whole under the one visibility rule (a restricted record only after
// breaking the glass). Everyone else, a partner holding a grant included, gets "not found".
import type { Scope } from "@/lib/roles/scope";
import { roleHas } from "@/lib/roles/permissions";

export function mayAnswerSubjectRequest(scope: Scope, record: { organisationId: string }) {
  return (
    scope.organisationId !== null &&
    record.organisationId === scope.organisationId &&
    roleHas(scope.role, "cases.subjectRequest")
  );
}
