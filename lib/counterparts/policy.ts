// Who sees and changes the organisation's directory of counterparts outside Tumar. A counterpart
// is its organisation's alone (row-level security: counterparts_own); inside it, administrators,
// coordinators and case workers read it and add or correct entries, and administrators and
// coordinators stop offering one or offer it again. Hotline operators, shelter staff, analysts and
// network roles see none. The organisation is always the actor's, never one sent by the client.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NOTHING } from "@/lib/access/policy";
import { roleHas } from "@/lib/roles/permissions";
import type { Scope } from "@/lib/roles/scope";

type InOrganisation = Scope & { organisationId: string };

export function counterpartWhere(scope: Scope): Prisma.CounterpartWhereInput {
  if (!scope.organisationId || !roleHas(scope.role, "counterparts.read")) return NOTHING;
  return { organisationId: scope.organisationId };
}

/** Add a counterpart and correct its contact details. */
export function mayWriteCounterparts(scope: Scope): scope is InOrganisation {
  return scope.organisationId !== null && roleHas(scope.role, "counterparts.write");
}

/** Stop offering a counterpart (it stays on the cases that name it), or offer it again. */
export function mayManageCounterparts(scope: Scope): scope is InOrganisation {
  return scope.organisationId !== null && roleHas(scope.role, "counterparts.manage");
}
