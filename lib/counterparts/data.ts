// Reading the organisation's directory of counterparts outside Tumar. Office contacts, not data of
// the people the organisation serves: reads are not audited (every change is, in mutations.ts).
import "server-only";
import { dbFor } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/roles/scope";
import { counterpartWhere } from "./policy";
import type { ListCounterpartsQuery } from "./schema";

const counterpartSelect = {
  id: true,
  name: true,
  countryCode: true,
  type: true,
  contactPerson: true,
  phone: true,
  email: true,
  notes: true,
  active: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

const byName = [{ name: "asc" }, { countryCode: "asc" }, { id: "asc" }] as const;

function statusWhere(status: ListCounterpartsQuery["status"]): Prisma.CounterpartWhereInput {
  return status === "all" ? {} : { active: status === "active" };
}

/**
 * The directory by name, filtered by type, country and whether still offered; a page at a time
 * (the cursor is the last row's id: one of another organisation's reads as the end of the list).
 */
export async function listCounterparts(scope: Scope, query: ListCounterpartsQuery) {
  const rows = await dbFor(scope).counterpart.findMany({
    where: {
      AND: [
        counterpartWhere(scope),
        statusWhere(query.status),
        query.type ? { type: query.type } : {},
        query.country ? { countryCode: query.country } : {},
      ],
    },
    orderBy: [...byName],
    take: query.limit + 1,
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
    select: counterpartSelect,
  });
  const items = rows.slice(0, query.limit);
  return { items, nextCursor: rows.length > query.limit ? (items.at(-1)?.id ?? null) : null };
}

/** One counterpart of the organisation's directory; null for any other (another organisation's reads as missing). */
export async function getCounterpart(scope: Scope, id: string) {
  return dbFor(scope).counterpart.findFirst({
    where: { AND: [{ id }, counterpartWhere(scope)] },
    select: counterpartSelect,
  });
}

export type CounterpartView = NonNullable<Awaited<ReturnType<typeof getCounterpart>>>;

/** The counterparts still offered, by name: the choices of a select in other forms (a return's other side). */
export async function listCounterpartChoices(scope: Scope) {
  return dbFor(scope).counterpart.findMany({
    where: { AND: [counterpartWhere(scope), { active: true }] },
    orderBy: [...byName],
    take: 500,
    select: { id: true, name: true, countryCode: true, type: true },
  });
}

export type CounterpartChoice = Awaited<ReturnType<typeof listCounterpartChoices>>[number];
