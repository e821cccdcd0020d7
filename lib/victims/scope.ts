import "server-only";
import { cache } from "react";
import { dbFor, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { Scope } from "@/lib/roles/scope";
import { peopleListWhere, personAccessOf } from "@/lib/access/people";

/**
 * The full `where` of the victim records the actor may find: the one visibility rule
 * (lib/access/person.ts), for reads and writes that name a person.
 */
export async function victimScopeWhere(scope: Scope): Promise<Prisma.VictimWhereInput> {
  return peopleListWhere(scope);
}

/**
 * The person if the actor may see them at all (their id and organisation), else null. Read once
 * per request and person (React cache): a record page's sections each ask before reading their
 * part (measured: the victim page asked four times).
 */
export const personInScope = cache(async (scope: Scope, victimId: string) =>
  dbFor(scope).victim.findFirst({
    where: { AND: [{ id: victimId }, await victimScopeWhere(scope)] },
    select: { id: true, organisationId: true },
  }),
);

/** The same `where`, with the rule's context (grants and their fields) for callers that need both. */
export async function victimScope(scope: Scope) {
  const access = await personAccessOf(scope);
  return { where: await peopleListWhere(scope), access };
}

/**
 * The person a form or request names, among the records the actor may see (`where`, from
 * victimScopeWhere) and, with `ownOrganisationId`, only among its own; otherwise the field error
 * "choose a person", which says nothing about whether the record exists elsewhere.
 */
export async function chosenPerson(
  tx: Tx,
  where: Prisma.VictimWhereInput,
  victimId: string,
  ownOrganisationId?: string,
) {
  const victim = await tx.victim.findFirst({
    where: { AND: [{ id: victimId, ...(ownOrganisationId ? { organisationId: ownOrganisationId } : {}) }, where] },
    select: { id: true },
  });
  if (!victim) throw new AppError("INVALID", "errors.INVALID", { victimId: "errors.chooseAPerson" });
  return victim;
}
