// Who sees which perpetrator records. A record is its organisation's alone (row-level security);
// inside it, coordinators and administrators see all, hotline operators and case workers those they
// made, and case workers also those of the situations they see. Analysts see counts only. A
// partner's coordinators read a record shared with them by a grant (lib/perpetrators/sharing.ts).
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { roleHas } from "@/lib/roles/permissions";
import type { Scope } from "@/lib/roles/scope";
import { situationWhere } from "@/lib/situations/policy";
import { listSharedRecordIds } from "@/lib/access/data";

const NOTHING: Prisma.PerpetratorWhereInput = { id: { in: [] } };

export async function perpetratorWhere(scope: Scope): Promise<Prisma.PerpetratorWhereInput> {
  if (!scope.organisationId) return NOTHING;
  const own = { organisationId: scope.organisationId };
  if (roleHas(scope.role, "perpetrators.read.all")) return own;
  if (!roleHas(scope.role, "perpetrators.read.own")) return NOTHING;
  const mine: Prisma.PerpetratorWhereInput[] = [{ createdById: scope.userId }];
  if (roleHas(scope.role, "cases.read.own"))
    mine.push({ situations: { some: { situation: await situationWhere(scope) } } });
  return { AND: [own, { OR: mine }] };
}

/**
 * What the actor may read: the organisation's own records as above and, for its coordinators and
 * administrators, the records partners shared with it by a grant that names them (decision 0022;
 * row-level security holds the same). Writing, linking and "seen before?" keep to perpetratorWhere.
 */
export async function perpetratorReadWhere(scope: Scope): Promise<Prisma.PerpetratorWhereInput> {
  const own = await perpetratorWhere(scope);
  if (!scope.organisationId || !roleHas(scope.role, "perpetrators.read.all")) return own;
  const shared = await listSharedRecordIds(scope, "PERPETRATOR");
  return shared.length ? { OR: [own, { id: { in: shared } }] } : own;
}

/** Whether the role sees any perpetrator record at all (a situation's page shows its list then). */
export function maySeePerpetrators(scope: Scope) {
  return roleHas(scope.role, "perpetrators.read.all") || roleHas(scope.role, "perpetrators.read.own");
}

export function mayWritePerpetrators(scope: Scope) {
  return scope.organisationId !== null && roleHas(scope.role, "perpetrators.write");
}

/** Asking other organisations about a match, and answering them: a coordinator of an organisation. */
export function mayContactOrganisations(scope: Scope): scope is Scope & { organisationId: string } {
  return scope.organisationId !== null && roleHas(scope.role, "perpetrators.contact");
}

/** Sharing a record with a partner that holds a grant on a person it is linked to: a coordinator. */
export function maySharePerpetrators(scope: Scope): scope is Scope & { organisationId: string } {
  return scope.organisationId !== null && roleHas(scope.role, "perpetrators.share");
}
