import "server-only";
import { dbFor } from "@/lib/db";
import type { Scope } from "@/lib/roles/scope";
import { organisationWhere } from "./policy";
import type { ListOrganisationsQuery } from "./schema";

const organisationSelect = {
  id: true,
  name: true,
  code: true,
  kind: true,
  countryCode: true,
  timeZone: true,
  active: true,
  createdAt: true,
  _count: { select: { memberships: true } },
} as const;

export async function listOrganisations(scope: Scope, query: ListOrganisationsQuery) {
  const db = dbFor(scope);
  const rows = await db.organisation.findMany({
    where: {
      AND: [
        organisationWhere(scope),
        query.country ? { countryCode: query.country } : {},
        query.q ? { name: { contains: query.q, mode: "insensitive" as const } } : {},
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
    select: organisationSelect,
  });
  const items = rows.slice(0, query.limit);
  return { items, nextCursor: rows.length > query.limit ? (items.at(-1)?.id ?? null) : null };
}

export async function getOrganisation(scope: Scope, id: string) {
  const db = dbFor(scope);
  return db.organisation.findFirst({ where: { AND: [{ id }, organisationWhere(scope)] }, select: organisationSelect });
}
