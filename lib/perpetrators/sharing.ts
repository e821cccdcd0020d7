// Sharing a perpetrator record with a partner (decision 0022). A record is shared only by a grant
// that names it, opened by a coordinator through a grant the organisation already gave the partner
// on a person linked to the record (a referral, repatriation or placement, each born from the
// person's consent). The new grant lives only while that one does and while the link stands
// (lib/access/policy.ts activeGrantWhere, and the database's own policy and triggers).
import "server-only";
import { dbFor } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { appendAudit } from "@/lib/audit/mutations";
import type { Scope } from "@/lib/roles/scope";
import { maySharePerpetrators, perpetratorWhere } from "./policy";
import type { SharePerpetratorInput } from "./schema";

const alive = (now: Date) => ({ revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] });

/** The organisation's record, visible to the actor and not anonymised; else not found. */
async function ownRecord(scope: Scope, perpetratorId: string) {
  const found = await dbFor(scope).perpetrator.findFirst({
    where: { AND: [{ id: perpetratorId, anonymisedAt: null }, await perpetratorWhere(scope)] },
    select: { id: true },
  });
  if (!found) throw new AppError("NOT_FOUND");
  return found;
}

/**
 * Where the record may be shared: each live grant the organisation gave a partner on a person
 * linked to the record, with the partner, what opened it and the part the record played for that
 * person. The person is not named here: the coordinator knows them from the person's page.
 */
export async function listShareBases(scope: Scope, perpetratorId: string) {
  if (!maySharePerpetrators(scope)) return [];
  await ownRecord(scope, perpetratorId);
  const db = dbFor(scope);
  const links = await db.personPerpetrator.findMany({
    where: { perpetratorId, organisationId: scope.organisationId },
    select: { victimId: true, role: true },
  });
  if (links.length === 0) return [];
  const grants = await db.accessGrant.findMany({
    where: {
      AND: [
        alive(new Date()),
        {
          ownerOrganisationId: scope.organisationId,
          recordType: "VICTIM",
          recordId: { in: links.map((l) => l.victimId) },
        },
      ],
    },
    orderBy: { createdAt: "desc" },
    select: { id: true, recordId: true, sourceType: true, createdAt: true, grantee: { select: { name: true } } },
  });
  return grants.map((g) => ({
    grantId: g.id,
    partner: g.grantee.name,
    source: g.sourceType,
    since: g.createdAt,
    role: links.find((l) => l.victimId === g.recordId)?.role ?? null,
  }));
}

/** The record's shares, live and ended, newest first (the record's page, for its coordinators). */
export async function listShares(scope: Scope, perpetratorId: string) {
  if (!maySharePerpetrators(scope)) return [];
  await ownRecord(scope, perpetratorId);
  const rows = await dbFor(scope).accessGrant.findMany({
    where: { ownerOrganisationId: scope.organisationId, recordType: "PERPETRATOR", recordId: perpetratorId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      scope: true,
      createdAt: true,
      revokedAt: true,
      revokeReason: true,
      grantee: { select: { name: true } },
      grantedBy: { select: { name: true } },
      parent: { select: { revokedAt: true, expiresAt: true } },
    },
  });
  const now = new Date();
  return rows.map((r) => ({
    id: r.id,
    partner: r.grantee.name,
    scope: r.scope,
    since: r.createdAt,
    sharedBy: r.grantedBy.name,
    // Ended by a person's grant that lapsed on its own (a placement's hold) counts as ended too.
    live: !r.revokedAt && !!r.parent && !r.parent.revokedAt && (!r.parent.expiresAt || r.parent.expiresAt > now),
    endedAt: r.revokedAt,
    endReason: r.revokeReason,
  }));
}

/**
 * Shares the record with the partner of one of the bases above. Refused when the basis has ended
 * or is not one (INVALID), or when the partner already holds a live share of it (CONFLICT).
 */
export async function sharePerpetrator(scope: Scope, perpetratorId: string, input: SharePerpetratorInput) {
  if (!maySharePerpetrators(scope)) throw new AppError("NOT_FOUND");
  await ownRecord(scope, perpetratorId);
  const now = new Date();
  return dbFor(scope).$transaction(async (tx) => {
    const basis = await tx.accessGrant.findFirst({
      where: {
        AND: [alive(now), { id: input.basisGrantId, ownerOrganisationId: scope.organisationId, recordType: "VICTIM" }],
      },
      select: { id: true, recordId: true, granteeOrganisationId: true },
    });
    const linked =
      basis &&
      (await tx.personPerpetrator.findFirst({
        where: { victimId: basis.recordId, perpetratorId, organisationId: scope.organisationId },
        select: { victimId: true },
      }));
    if (!basis || !linked) throw new AppError("INVALID", "errors.INVALID", { basisGrantId: "errors.shareBasisGone" });
    const already = await tx.accessGrant.findFirst({
      where: {
        AND: [
          alive(now),
          { recordType: "PERPETRATOR", recordId: perpetratorId, granteeOrganisationId: basis.granteeOrganisationId },
          { parent: { is: alive(now) } },
        ],
      },
      select: { id: true },
    });
    if (already) throw new AppError("CONFLICT", "errors.alreadyShared");
    const grant = await tx.accessGrant.create({
      data: {
        recordType: "PERPETRATOR",
        recordId: perpetratorId,
        ownerOrganisationId: scope.organisationId,
        granteeOrganisationId: basis.granteeOrganisationId,
        scope: input.scope,
        reason: "perpetrator.shared",
        grantedById: scope.userId,
        // Its parent is what opened it; it names no source of its own, so that a source's own
        // bookkeeping (a placement's grant kept for the stay) never touches it.
        parentGrantId: basis.id,
      },
      select: { id: true, grantee: { select: { name: true } } },
    });
    await appendAudit(tx, scope, {
      action: "perpetrator.share",
      recordType: "PERPETRATOR",
      recordId: perpetratorId,
      details: { grantId: grant.id, basisGrantId: basis.id, to: basis.granteeOrganisationId, scope: input.scope },
    });
    return { grantId: grant.id, partner: grant.grantee.name };
  });
}

/** Ends one live share of the record: the partner no longer sees it. */
export async function endPerpetratorShare(scope: Scope, perpetratorId: string, grantId: string) {
  if (!maySharePerpetrators(scope)) throw new AppError("NOT_FOUND");
  await ownRecord(scope, perpetratorId);
  return dbFor(scope).$transaction(async (tx) => {
    const grant = await tx.accessGrant.findFirst({
      where: {
        id: grantId,
        recordType: "PERPETRATOR",
        recordId: perpetratorId,
        ownerOrganisationId: scope.organisationId,
        revokedAt: null,
      },
      select: { id: true, granteeOrganisationId: true },
    });
    if (!grant) throw new AppError("NOT_FOUND");
    await tx.accessGrant.update({
      where: { id: grant.id },
      data: { revokedAt: new Date(), revokedById: scope.userId, revokeReason: "perpetrator.share_ended" },
    });
    await appendAudit(tx, scope, {
      action: "perpetrator.share_end",
      recordType: "PERPETRATOR",
      recordId: perpetratorId,
      details: { grantId: grant.id, to: grant.granteeOrganisationId },
    });
  });
}
