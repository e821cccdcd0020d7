// Who sees which shelters and residents.
//   ORG_ADMIN, COORDINATOR of the owning organisation: its shelters, addresses and residents
//   SHELTER_STAFF: the shelters they are assigned to, and their residents with a reduced field set
//   everyone else in the network: availability only (city, population, free beds), never an
//   address or a resident.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/roles/scope";
import { roleHas } from "@/lib/roles/permissions";
import { NOTHING } from "@/lib/access/policy";

export function shelterWhere(scope: Scope): Prisma.ShelterWhereInput {
  if (!scope.organisationId || !roleHas(scope.role, "shelters.residents.read")) return NOTHING;
  if (scope.role === "SHELTER_STAFF")
    return { organisationId: scope.organisationId, staff: { some: { userId: scope.userId } } };
  return { organisationId: scope.organisationId };
}

export function stayWhere(scope: Scope): Prisma.ShelterStayWhereInput {
  const shelter = shelterWhere(scope);
  return shelter === NOTHING ? NOTHING : { shelter };
}

/**
 * The stays a person's case file lists (for a person the actor may already see): those in the
 * organisation's own shelters, for every case role (a case worker's own people included). Row-level
 * security is wider, since a stay follows its person; but another organisation's stay is that
 * shelter's record, and the case file shows it only through the placement request.
 */
export function caseFileStayWhere(scope: Scope): Prisma.ShelterStayWhereInput {
  return scope.organisationId ? { shelter: { organisationId: scope.organisationId } } : NOTHING;
}

/** Admitting, moving, discharging, answering placement requests: the owner's staff, not its ORG_ADMIN. */
export function mayRunShelter(scope: Scope) {
  return scope.organisationId !== null && roleHas(scope.role, "shelters.stays.write") && scope.role !== "ORG_ADMIN";
}

/** SHELTER_STAFF see what care needs; the owner's coordinators and admins see the whole stay. */
export function residentFieldSet(scope: Scope): "care" | "full" {
  return scope.role === "SHELTER_STAFF" ? "care" : "full";
}
