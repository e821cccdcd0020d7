import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Scope } from "@/lib/roles/scope";
import { mayEditVictim } from "./policy";
import { victimScopeWhere } from "./scope";

/**
 * A record the actor may change, inside a transaction: in scope, of their own organisation, open.
 * Out of scope answers NOT_FOUND; a closed record answers that it is closed.
 */
export async function loadEditableVictim(tx: Tx, scope: Scope, victimId: string) {
  const victim = await tx.victim.findFirst({
    where: { AND: [{ id: victimId }, await victimScopeWhere(scope)] },
    select: { id: true, organisationId: true, status: true, version: true, assignedToId: true, birthDate: true },
  });
  if (!victim) throw new AppError("NOT_FOUND");
  if (!mayEditVictim(scope, victim)) {
    throw new AppError(
      "UNPROCESSABLE",
      victim.status.startsWith("CLOSED") ? "errors.recordClosed" : "errors.UNPROCESSABLE",
    );
  }
  return victim;
}
