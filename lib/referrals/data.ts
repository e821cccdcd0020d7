import "server-only";
import { db, dbFor } from "@/lib/db";
import type { Scope } from "@/lib/roles/scope";

const referralSelect = {
  id: true,
  victimId: true,
  status: true,
  reason: true,
  decisionReason: true,
  sharedFields: true,
  createdAt: true,
  decidedAt: true,
  revokedAt: true,
  fromOrganisationId: true,
  toOrganisationId: true,
} as const;

async function withOrganisationNames<T extends { fromOrganisationId: string; toOrganisationId: string }>(rows: T[]) {
  const ids = [...new Set(rows.flatMap((r) => [r.fromOrganisationId, r.toOrganisationId]))];
  // No referrals, no read (Prisma would still send a query that matches nothing).
  const found = ids.length
    ? await db.organisation.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
    : [];
  const names = new Map(found.map((o) => [o.id, o.name]));
  return rows.map((r) => ({
    ...r,
    fromOrganisation: names.get(r.fromOrganisationId) ?? "",
    toOrganisation: names.get(r.toOrganisationId) ?? "",
  }));
}

/** A record's referrals, as both the sending and the receiving organisation see them. */
export async function listReferralsOfVictim(scope: Scope, victimId: string) {
  const db = dbFor(scope);
  if (!scope.organisationId) return [];
  const rows = await db.referral.findMany({
    where: { victimId, OR: [{ fromOrganisationId: scope.organisationId }, { toOrganisationId: scope.organisationId }] },
    orderBy: { createdAt: "desc" },
    select: referralSelect,
  });
  return withOrganisationNames(rows);
}

/** Referrals sent to the actor's organisation, newest first. Before acceptance: the reason only. */
export async function listIncomingReferrals(scope: Scope) {
  const db = dbFor(scope);
  if (!scope.organisationId) return [];
  const rows = await db.referral.findMany({
    where: { toOrganisationId: scope.organisationId },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    take: 100,
    select: referralSelect,
  });
  return withOrganisationNames(rows);
}
