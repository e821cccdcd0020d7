// Who sets an organisation's retention periods: its ORG_ADMIN (the job itself runs as the system).
import type { Scope } from "@/lib/roles/scope";
import { roleHas } from "@/lib/roles/permissions";

/** The organisation whose retention the actor manages, or null. */
export function retentionOrganisation(scope: Scope): string | null {
  return scope.organisationId && roleHas(scope.role, "org.settings.manage") ? scope.organisationId : null;
}
