import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { createOrganisation, createUser, scopeOf, unique } from "@/tests/support/factories";
import { registerVictim } from "@/lib/victims/mutations";
import { registerVictimSchema } from "@/lib/victims/schema";
import { listSharedRecordIds, getActiveGrant } from "./data";
import { createAccessGrant, revokeAccessGrant } from "./mutations";
import type { OrgScope } from "@/lib/roles/scope";

// A grant names a record its owner holds: the database refuses one for a record of another
// organisation, so these grants are on a real person of the owner.
async function recordOf(scope: OrgScope) {
  const input = registerVictimSchema.parse({
    givenName: "Test",
    familyName: unique("Grant"),
    sex: "FEMALE",
    estimatedAge: 30,
    citizenships: ["UZ"],
    identifiedOn: "2026-05-01",
    identifiedBy: "NGO_OUTREACH",
  });
  return (await registerVictim(scope, input)).id;
}

describe("access grants", () => {
  it("shares a record with one organisation until it is revoked", async () => {
    const owner = await createOrganisation("owner");
    const partner = await createOrganisation("partner");
    const stranger = await createOrganisation("stranger");
    const ownerCoordinator = await createUser({ organisationId: owner.id, role: "COORDINATOR" });
    const partnerCoordinator = await createUser({ organisationId: partner.id, role: "COORDINATOR" });
    const strangerCoordinator = await createUser({ organisationId: stranger.id, role: "COORDINATOR" });
    const ownerScope = scopeOf(ownerCoordinator, "COORDINATOR", owner.id) as OrgScope;
    const partnerScope = scopeOf(partnerCoordinator, "COORDINATOR", partner.id);
    const strangerScope = scopeOf(strangerCoordinator, "COORDINATOR", stranger.id);
    const recordId = await recordOf(ownerScope);

    const grant = await createAccessGrant(
      ownerScope,
      { type: "VICTIM", id: recordId, ownerOrganisationId: owner.id },
      { granteeOrganisationId: partner.id, scope: "MINIMAL", fields: [], reason: "repatriation request" },
    );
    expect(await listSharedRecordIds(partnerScope, "VICTIM")).toEqual([recordId]);
    expect(await listSharedRecordIds(strangerScope, "VICTIM")).toEqual([]);
    expect((await getActiveGrant(partnerScope, "VICTIM", recordId))?.scope).toBe("MINIMAL");

    await revokeAccessGrant(ownerScope, grant.id);
    expect(await listSharedRecordIds(partnerScope, "VICTIM")).toEqual([]);
    const actions = (
      await db.auditEvent.findMany({
        where: { recordId, action: { startsWith: "access_grant." } },
        orderBy: { id: "asc" },
      })
    ).map((e) => e.action);
    expect(actions).toEqual(["access_grant.create", "access_grant.revoke"]);
  });

  it("stops sharing when the grant expires", async () => {
    const owner = await createOrganisation("owner");
    const partner = await createOrganisation("partner");
    const ownerUser = await createUser({ organisationId: owner.id, role: "COORDINATOR" });
    const partnerUser = await createUser({ organisationId: partner.id, role: "COORDINATOR" });
    const recordId = crypto.randomUUID();
    await db.accessGrant.create({
      data: {
        recordType: "VICTIM",
        recordId,
        ownerOrganisationId: owner.id,
        granteeOrganisationId: partner.id,
        scope: "FULL",
        reason: "expired referral",
        grantedById: ownerUser.id,
        expiresAt: new Date(Date.now() - 1000),
      },
    });
    expect(await listSharedRecordIds(scopeOf(partnerUser, "COORDINATOR", partner.id), "VICTIM")).toEqual([]);
  });

  it("lets only the owner create or revoke a grant", async () => {
    const owner = await createOrganisation("owner");
    const other = await createOrganisation("other");
    const ownerUser = await createUser({ organisationId: owner.id, role: "COORDINATOR" });
    const otherUser = await createUser({ organisationId: other.id, role: "COORDINATOR" });
    const otherScope = scopeOf(otherUser, "COORDINATOR", other.id) as OrgScope;
    const ownerScope = scopeOf(ownerUser, "COORDINATOR", owner.id) as OrgScope;
    const recordId = await recordOf(ownerScope);
    await expect(
      createAccessGrant(
        otherScope,
        { type: "VICTIM", id: recordId, ownerOrganisationId: owner.id },
        {
          granteeOrganisationId: other.id,
          scope: "FULL",
          fields: [],
          reason: "taking it",
        },
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const grant = await createAccessGrant(
      ownerScope,
      { type: "VICTIM", id: recordId, ownerOrganisationId: owner.id },
      {
        granteeOrganisationId: other.id,
        scope: "MINIMAL",
        fields: [],
        reason: "referral",
      },
    );
    await expect(revokeAccessGrant(otherScope, grant.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
