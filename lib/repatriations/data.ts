import "server-only";
import { db } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { repatriationWhere, sideOf } from "./policy";
import { nextMoves, waitingOn, type RepatriationStatus } from "./state-machine";

/** One case the actor may see, with the timeline and the moves open to the actor's side. */
export async function getRepatriation(scope: Scope, id: string) {
  const found = await db.repatriation.findFirst({
    where: { AND: [{ id }, repatriationWhere(scope)] },
    select: {
      id: true,
      status: true,
      statusChangedAt: true,
      sendingOrganisationId: true,
      receivingOrganisationId: true,
      sendingCountry: true,
      receivingCountry: true,
      targetTravelDate: true,
      riskOutcome: true,
      endReason: true,
      victimId: true,
      version: true,
      events: { orderBy: { createdAt: "asc" }, select: { id: true, fromStatus: true, toStatus: true, createdAt: true, organisationId: true, actorId: true } },
    },
  });
  if (!found) return null;
  const side = sideOf(scope, found)!;
  return { ...found, side, nextMoves: nextMoves(found.status as RepatriationStatus, side), waitingOn: waitingOn(found.status as RepatriationStatus) };
}

/** The organisation's cases on either side, newest first. */
export async function listRepatriations(scope: Scope) {
  return db.repatriation.findMany({
    where: repatriationWhere(scope),
    orderBy: { statusChangedAt: "desc" },
    take: 200,
    select: { id: true, status: true, statusChangedAt: true, sendingCountry: true, receivingCountry: true, sendingOrganisationId: true, receivingOrganisationId: true },
  });
}
