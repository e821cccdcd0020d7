// The life of a placement's grant on the person. It is born from the person's sharing
// consent when the shelter accepts, points at the request that opened it (sourceType, sourceId),
// lasts as long as the bed is held (its expiresAt is the hold's end) or, once the person is
// admitted, as long as the stay, and ends, with its reason, when the hold lapses, the request is
// withdrawn (or the consent is), or the stay ends.
//
// Lock order, so that concurrent writers wait instead of deadlocking: a placement request's row
// first, then its shelter's row (capacity), then grants. The lapse sweep runs under a shelter's
// lock but skips request rows locked by others (SKIP LOCKED): it never waits on a request.
import "server-only";
import type { Tx } from "@/lib/db";
import type { Scope } from "@/lib/roles/scope";
import { AppError } from "@/lib/errors";
import { appendAudit } from "@/lib/audit/mutations";

export type PlacementGrantEnd =
  "placement.withdrawn" | "placement.hold_lapsed" | "placement.discharged" | "consent.withdrawn";

/** Opens the grant of an accepted request: the minimal record, for as long as the bed is held. */
export function openPlacementGrant(
  tx: Tx,
  request: { id: string; victimId: string; fromOrganisationId: string; requestedById: string },
  granteeOrganisationId: string,
  holdUntil: Date,
) {
  return tx.accessGrant.create({
    data: {
      recordType: "VICTIM",
      recordId: request.victimId,
      ownerOrganisationId: request.fromOrganisationId,
      granteeOrganisationId,
      scope: "MINIMAL",
      reason: "shelter placement",
      grantedById: request.requestedById,
      expiresAt: holdUntil,
      sourceType: "PLACEMENT_REQUEST",
      sourceId: request.id,
    },
    select: { id: true },
  });
}

/** Ends exactly the grant this request opened (if it is still live), saying why. */
export function endPlacementGrant(
  tx: Tx,
  requestId: string,
  reason: PlacementGrantEnd,
  revokedById: string | null,
  at: Date = new Date(),
) {
  return tx.accessGrant.updateMany({
    where: { sourceType: "PLACEMENT_REQUEST", sourceId: requestId, revokedAt: null },
    data: { revokedAt: at, revokedById, revokeReason: reason },
  });
}

/** Admitted: the stay, not the hold, now keeps the person shared, until discharge. */
export function keepPlacementGrantForStay(tx: Tx, requestId: string) {
  return tx.accessGrant.updateMany({
    where: { sourceType: "PLACEMENT_REQUEST", sourceId: requestId, revokedAt: null },
    data: { expiresAt: null },
  });
}

/**
 * Locks one placement request row for the rest of the transaction and reads it afresh: a second
 * writer on the same request (an answer, a withdrawal, an admission) waits here and then sees the
 * first one's result. Read committed: the read after the lock sees the latest commit.
 */
export async function lockPlacementRequest(tx: Tx, requestId: string) {
  await tx.$queryRaw`SELECT id FROM placement_requests WHERE id = ${requestId}::uuid FOR UPDATE`;
  return tx.placementRequest.findFirst({ where: { id: requestId } });
}

/** The CONFLICT a writer gets when the request moved on before it. */
export function placementMovedOn(status: string) {
  if (status === "CANCELLED") return new AppError("CONFLICT", "errors.placementWithdrawn");
  if (status === "PENDING") return new AppError("CONFLICT", "errors.placementNotAnswered");
  return new AppError("CONFLICT", "errors.placementAnswered");
}

/**
 * Records the holds that have lapsed: the request becomes EXPIRED and its grant is ended with the
 * reason, dated when the hold ran out.
 *
 * Why here and on read: the grant itself already stops opening the person at the hold's end,
 * whether or not anybody looks (its expiresAt is the hold's end, and every grant check, in the
 * app and in row-level security, compares it with the clock). What no clock can do is write down
 * that the hold lapsed; so every write that evaluates holds (counting free beds under the
 * shelter's lock) or acts on a lapsed request first records the lapses it can see, and the
 * status, the bed count and the grant agree before anybody acts on them. Reads never write: they
 * show a lapsed hold as lapsed (placementStatusNow in codes.ts).
 */
export async function recordLapsedHolds(tx: Tx, scope: Scope, shelterId?: string) {
  // Row-level security keeps this to requests the organisation is party to.
  const lapsed = shelterId
    ? await tx.$queryRaw<{ id: string; hold_until: Date }[]>`
        SELECT id, hold_until FROM placement_requests
        WHERE shelter_id = ${shelterId}::uuid AND status = 'ACCEPTED' AND hold_until <= now()
        LIMIT 100 FOR UPDATE SKIP LOCKED`
    : await tx.$queryRaw<{ id: string; hold_until: Date }[]>`
        SELECT id, hold_until FROM placement_requests
        WHERE status = 'ACCEPTED' AND hold_until <= now()
        LIMIT 100 FOR UPDATE SKIP LOCKED`;
  if (lapsed.length === 0) return 0;
  await tx.placementRequest.updateMany({
    where: { id: { in: lapsed.map((r) => r.id) }, status: "ACCEPTED" },
    data: { status: "EXPIRED" },
  });
  for (const r of lapsed) await endPlacementGrant(tx, r.id, "placement.hold_lapsed", null, r.hold_until);
  await appendAudit(tx, scope, { action: "placement.hold_lapse", details: { requestIds: lapsed.map((r) => r.id) } });
  return lapsed.length;
}
