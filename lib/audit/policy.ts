// Who reads the audit trail: an ORG_ADMIN, for their own organisation only.
import type { Scope } from "@/lib/roles/scope";
import { roleHas } from "@/lib/roles/permissions";

/** The organisation whose trail the actor may read, or null. */
export function auditOrganisation(scope: Scope): string | null {
  return scope.organisationId && roleHas(scope.role, "org.audit.read") ? scope.organisationId : null;
}
