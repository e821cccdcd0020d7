import "server-only";
import { cache } from "react";
import { dbFor, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Scope } from "@/lib/auth/scope";
import { listSharedRecordIds } from "@/lib/access/data";
import { victimWhere } from "./policy";

/**
 * Restricted records the actor opened by breaking the glass, while the access lasts. Cached for
 * the rest of a page's render (React cache; a plain call outside rendering, as in server actions).
 */
export const listUnlockedVictimIds = cache(async (scope: Scope): Promise<string[]> => {
  const db = dbFor(scope);
  if (!scope.organisationId) return [];
  const rows = await db.breakGlassAccess.findMany({
    where: { userId: scope.userId, organisationId: scope.organisationId, expiresAt: { gt: new Date() } },
    select: { victimId: true },
  });
  return rows.map((r) => r.victimId);
});

/** The full `where` of the victim records the actor may see: the one entry point for reads and writes. */
export async function victimScopeWhere(scope: Scope) {
  return (await victimScope(scope)).where;
}

/** The same `where`, with the ids shared with the organisation (for callers that need both). */
export async function victimScope(scope: Scope) {
  const [shared, unlocked] = await Promise.all([listSharedRecordIds(scope, "VICTIM"), listUnlockedVictimIds(scope)]);
  return { where: victimWhere(scope, shared, unlocked), shared };
}

/**
 * The person a form or request names, among the records the actor may see (`where`, from
 * victimScopeWhere) and, with `ownOrganisationId`, only among its own; otherwise the field error
 * "choose a person", which says nothing about whether the record exists elsewhere.
 */
export async function chosenPerson(tx: Tx, where: Record<string, unknown>, victimId: string, ownOrganisationId?: string) {
  const victim = await tx.victim.findFirst({ where: { AND: [{ id: victimId, ...(ownOrganisationId ? { organisationId: ownOrganisationId } : {}) }, where] }, select: { id: true } });
  if (!victim) throw new AppError("INVALID", "errors.INVALID", { victimId: "errors.chooseAPerson" });
  return victim;
}
