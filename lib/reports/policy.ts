// Who sees figures, and how exact (decision 0032). Figures are counts, never a person: the
// organisation's coordinators, administrators and analysts (reports.aggregate.read) see their own
// organisation's exactly; whatever leaves its staff (a period report for a donor) hides small numbers.
import { roleHas } from "@/lib/roles/permissions";
import type { Scope } from "@/lib/roles/scope";

/** Who the figures are for: the organisation's own staff, or readers outside it. */
export type Audience = "staff" | "outside";

/** The organisation whose figures the actor may see, or null. */
export function figuresOrganisation(scope: Scope): string | null {
  if (!scope.organisationId || !roleHas(scope.role, "reports.aggregate.read")) return null;
  return scope.organisationId;
}

export function hidesSmallNumbers(audience: Audience): boolean {
  return audience === "outside";
}

/**
 * Whether the organisation adds its anonymised data to the network's pool is its administrator's
 * choice (org.settings.manage), as its retention periods are.
 */
export function sharingOrganisation(scope: Scope): string | null {
  if (!scope.organisationId || !roleHas(scope.role, "org.settings.manage")) return null;
  return scope.organisationId;
}

/** Whether the actor may download the network's pooled anonymised file (of the organisations that opted in). */
export function mayExportNetwork(scope: Scope): boolean {
  return roleHas(scope.role, "reports.network.export");
}

/** Whose people an anonymised file of the actor's holds: the network's pool for its administrator, else its own organisation's. */
export function casePoolOf(scope: Scope): "organisation" | "network" {
  return mayExportNetwork(scope) ? "network" : "organisation";
}
