// What the person rule needs about an organisation that changes rarely (the grants it holds, the
// break-glass openings of its staff), kept between requests while the organisation's access epoch
// stays the same. The epoch moves in the same commit as any change to those rows (database
// triggers, migration 20261207231717; decision 0041) and is read with the request's actor, in the
// statement that reads the actor anyway: a page whose epoch has not moved reads neither table.
//
// Only the live rows are kept, each with its expiry, and expiry is judged again at every use, since
// time passing moves no epoch. Without an epoch (a scope minted by a script or a test) every call
// reads afresh, as before.
import "server-only";
import { dbFor } from "@/lib/db";
import { EpochCache } from "@/lib/epoch-cache";
import type { Scope } from "@/lib/roles/scope";
import { activeGrantWhere, grantAliveAt } from "./policy";

export interface HeldGrant {
  recordId: string;
  fields: string[];
  createdAt: Date;
  expiresAt: Date | null;
  /** The expiry of the grant this one was opened through, if any. */
  parentExpiresAt: Date | null;
}

export interface HeldOpening {
  victimId: string;
  expiresAt: Date;
}

// Bounded by count: an organisation's grants are a few hundred rows at most in the scaled network
// (364), so 500 organisations and 5,000 users stay within a few megabytes.
const grantsOf = new EpochCache<HeldGrant>(500);
const openingsOf = new EpochCache<HeldOpening>(5_000);

async function readGrants(scope: Scope, now: Date): Promise<HeldGrant[]> {
  const rows = await dbFor(scope).accessGrant.findMany({
    where: { ...activeGrantWhere(scope, now), recordType: "VICTIM" },
    select: { recordId: true, fields: true, createdAt: true, expiresAt: true, parent: { select: { expiresAt: true } } },
  });
  return rows.map(({ parent, ...g }) => ({ ...g, parentExpiresAt: parent?.expiresAt ?? null }));
}

async function readOpenings(scope: Scope, now: Date): Promise<HeldOpening[]> {
  return dbFor(scope).breakGlassAccess.findMany({
    where: { userId: scope.userId, organisationId: scope.organisationId!, expiresAt: { gt: now } },
    select: { victimId: true, expiresAt: true },
  });
}

/** The organisation's live grants on people and the actor's live break-glass openings, at `now`. */
export async function heldAccessOf(
  scope: Scope,
  now: Date = new Date(),
): Promise<{ grants: HeldGrant[]; openings: HeldOpening[] }> {
  const organisationId = scope.organisationId;
  if (!organisationId) return { grants: [], openings: [] };
  const [grants, openings] = await Promise.all([
    grantsOf.keptOrRead(organisationId, scope.accessEpoch, () => readGrants(scope, now)),
    openingsOf.keptOrRead(`${organisationId}:${scope.userId}`, scope.accessEpoch, () => readOpenings(scope, now)),
  ]);
  return {
    grants: grants.filter((g) => grantAliveAt(g, now)),
    openings: openings.filter((o) => o.expiresAt > now),
  };
}

/**
 * Forgets what this process keeps for the actor's organisation, for a write that changes it within
 * a request whose scope still carries the epoch read before the write (a server action re-renders
 * its page in the same request). Other requests and processes read the moved epoch anyway.
 */
export function forgetHeldAccess(scope: Scope): void {
  if (!scope.organisationId) return;
  grantsOf.forget(scope.organisationId);
  openingsOf.forget(`${scope.organisationId}:${scope.userId}`);
}
