// Who has a bell: everyone who works cases. Coordinators and administrators hear of repatriations
// and intake; a case worker of the cases given to them. Which notices a bell shows is the person
// and repatriation rules' answer (lib/notifications/data.ts asks them).
import type { Scope } from "@/lib/roles/scope";
import { roleHas } from "@/lib/roles/permissions";

export function hasBell(scope: Scope): scope is Scope & { organisationId: string } {
  return Boolean(scope.organisationId) && roleHas(scope.role, "cases.list");
}
