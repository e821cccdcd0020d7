import type { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/roles/scope";
import { NOTHING } from "@/lib/access/policy";

/** NETWORK_ADMIN sees every organisation; everyone else only their own. */
export function organisationWhere(scope: Scope): Prisma.OrganisationWhereInput {
  if (scope.role === "NETWORK_ADMIN") return {};
  if (!scope.organisationId) return NOTHING;
  return { id: scope.organisationId };
}
