// Who sees and writes which situations. A situation belongs to its organisation (row-level
// security keeps others out entirely); inside it, coordinators and administrators see all, and
// case workers and hotline operators see those they recorded or are in charge of, and case
// workers also those of the people they may see (the one visibility rule decides those people).
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { roleHas } from "@/lib/roles/permissions";
import type { Scope } from "@/lib/roles/scope";
import { victimScopeWhere } from "@/lib/victims/scope";

const NOTHING: Prisma.SituationWhereInput = { id: { in: [] } };

export async function situationWhere(scope: Scope): Promise<Prisma.SituationWhereInput> {
  if (!scope.organisationId) return NOTHING;
  const own = { organisationId: scope.organisationId };
  if (roleHas(scope.role, "situations.read.all")) return own;
  if (!roleHas(scope.role, "situations.read.own")) return NOTHING;
  const mine: Prisma.SituationWhereInput[] = [{ createdById: scope.userId }, { assignedToId: scope.userId }];
  if (roleHas(scope.role, "cases.read.own")) mine.push({ people: { some: { victim: await victimScopeWhere(scope) } } });
  return { AND: [own, { OR: mine }] };
}

/** Who may be put in charge of a situation: the roles that work situations. */
export const IN_CHARGE_ROLES = ["ORG_ADMIN", "COORDINATOR", "CASE_WORKER", "HOTLINE_OPERATOR"] as const;

/** Recording a situation, its notes and its links: the organisation's staff who may see it. */
export function mayWriteSituations(scope: Scope) {
  return scope.organisationId !== null && roleHas(scope.role, "situations.write");
}

/**
 * Situation figures (counts by region and type, no record): every role that reads aggregate
 * reports, ANALYST included, for its own organisation only.
 */
export function maySeeSituationFigures(scope: Scope): boolean {
  return scope.organisationId !== null && roleHas(scope.role, "reports.aggregate.read");
}
