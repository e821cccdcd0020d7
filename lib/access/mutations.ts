// Creating and ending access grants. The owning domain first loads the record through its own
// scoped read (so the actor can see it and its owner is the actor's organisation) and passes it
// here; the grantee and owner ids are never taken from the client.
import "server-only";
import { dbFor } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { RecordType } from "@/lib/generated/prisma/client";
import type { OrgScope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import type { CreateAccessGrantInput } from "./schema";

export async function createAccessGrant(
  scope: OrgScope,
  record: { type: RecordType; id: string; ownerOrganisationId: string },
  input: CreateAccessGrantInput,
) {
  const db = dbFor(scope);
  if (record.ownerOrganisationId !== scope.organisationId) throw new AppError("NOT_FOUND");
  if (input.granteeOrganisationId === scope.organisationId) {
    throw new AppError("INVALID", "errors.INVALID", { granteeOrganisationId: "errors.grantToSelf" });
  }
  return db.$transaction(async (tx) => {
    const grantee = await tx.organisation.findFirst({
      where: { id: input.granteeOrganisationId, active: true },
      select: { id: true },
    });
    if (!grantee)
      throw new AppError("INVALID", "errors.INVALID", { granteeOrganisationId: "errors.unknownOrganisation" });
    const grant = await tx.accessGrant.create({
      data: {
        recordType: record.type,
        recordId: record.id,
        ownerOrganisationId: scope.organisationId,
        granteeOrganisationId: grantee.id,
        scope: input.scope,
        fields: input.fields,
        reason: input.reason,
        grantedById: scope.userId,
        expiresAt: input.expiresAt ?? null,
      },
      select: { id: true },
    });
    await appendAudit(tx, scope, {
      action: "access_grant.create",
      recordType: record.type,
      recordId: record.id,
      details: { grantId: grant.id, granteeOrganisationId: grantee.id, scope: input.scope },
    });
    return grant;
  });
}

/** Ends a grant. Only the owning organisation may; an unknown or foreign grant reads as not found. */
export async function revokeAccessGrant(scope: OrgScope, grantId: string) {
  const db = dbFor(scope);
  return db.$transaction(async (tx) => {
    const grant = await tx.accessGrant.findFirst({
      where: { id: grantId, ownerOrganisationId: scope.organisationId, revokedAt: null },
      select: { id: true, recordType: true, recordId: true },
    });
    if (!grant) throw new AppError("NOT_FOUND");
    await tx.accessGrant.update({
      where: { id: grant.id },
      data: { revokedAt: new Date(), revokedById: scope.userId },
    });
    await appendAudit(tx, scope, {
      action: "access_grant.revoke",
      recordType: grant.recordType,
      recordId: grant.recordId,
      details: { grantId: grant.id },
    });
  });
}
