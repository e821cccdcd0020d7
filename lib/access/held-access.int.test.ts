import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { createOrganisation, createUser, scopeOf, unique } from "@/tests/support/factories";
import { loadActor } from "@/lib/auth/load-actor";
import { registerVictim, breakGlass } from "@/lib/victims/mutations";
import { registerVictimSchema } from "@/lib/victims/schema";
import type { OrgScope, Scope } from "@/lib/roles/scope";
import { createAccessGrant, revokeAccessGrant } from "./mutations";
import { heldAccessOf } from "./held-access";

async function personOf(scope: OrgScope, restricted = false) {
  const input = registerVictimSchema.parse({
    givenName: "Held",
    familyName: unique("Access"),
    sex: "FEMALE",
    estimatedAge: 30,
    citizenships: ["UZ"],
    identifiedOn: "2026-05-01",
    identifiedBy: "NGO_OUTREACH",
    restricted,
  });
  return (await registerVictim(scope, input)).id;
}

const epochOf = async (organisationId: string) =>
  (await db.organisation.findFirstOrThrow({ where: { id: organisationId }, select: { accessEpoch: true } }))
    .accessEpoch;

/** The scope a request of this user would act with: the epoch is the one read with the actor. */
async function requestScope(userId: string, organisationId: string): Promise<Scope> {
  const actor = await loadActor({ userId, preferredOrganisationId: organisationId, requestId: null, via: "token" });
  return actor!.scope;
}

async function network() {
  const owner = await createOrganisation("owner");
  const partner = await createOrganisation("partner");
  const ownerUser = await createUser({ organisationId: owner.id, role: "COORDINATOR" });
  const partnerUser = await createUser({ organisationId: partner.id, role: "COORDINATOR" });
  return {
    owner,
    partner,
    partnerUser,
    ownerScope: scopeOf(ownerUser, "COORDINATOR", owner.id) as OrgScope,
    partnerScope: scopeOf(partnerUser, "COORDINATOR", partner.id) as OrgScope,
  };
}

const share = (scope: OrgScope, recordId: string, granteeOrganisationId: string, expiresAt?: Date) =>
  createAccessGrant(
    scope,
    { type: "VICTIM", id: recordId, ownerOrganisationId: scope.organisationId },
    { granteeOrganisationId, scope: "MINIMAL", fields: [], reason: "referral", expiresAt },
  );

describe("the person rule's grants and openings kept between requests", () => {
  it("moves the grantee's access epoch in the commit that shares, revokes or breaks the glass, and on nothing else", async () => {
    const { owner, partner, ownerScope, partnerScope } = await network();
    const person = await personOf(ownerScope);
    const before = { owner: await epochOf(owner.id), partner: await epochOf(partner.id) };

    const grant = await share(ownerScope, person, partner.id);
    const shared = await epochOf(partner.id);
    expect(shared).toBeGreaterThan(before.partner);
    await personOf(partnerScope); // a write that opens nothing
    expect(await epochOf(partner.id)).toBe(shared);

    await revokeAccessGrant(ownerScope, grant.id);
    expect(await epochOf(partner.id)).toBeGreaterThan(shared);
    expect(await epochOf(owner.id)).toBe(before.owner); // the owner's holdings did not change

    const restricted = await personOf(ownerScope, true);
    await breakGlass(ownerScope, restricted, { reason: "A court hearing tomorrow needs the file" });
    expect(await epochOf(owner.id)).toBeGreaterThan(before.owner);
  });

  it("reads the grants again only when the epoch moved, and sees every change through it", async () => {
    const { partner, partnerUser, ownerScope } = await network();
    const first = await personOf(ownerScope);
    const grant = await share(ownerScope, first, partner.id);

    const scope = await requestScope(partnerUser.id, partner.id);
    expect(scope.accessEpoch).toBe(await epochOf(partner.id));
    expect((await heldAccessOf(scope)).grants.map((g) => g.recordId)).toEqual([first]);

    // Behind the app's back, without the trigger (replication role): the epoch does not move, and
    // a request at that epoch is served what was kept, without reading the grants.
    await db.$transaction([
      db.$executeRaw`SET LOCAL session_replication_role = replica`,
      db.$executeRaw`UPDATE access_grants SET revoked_at = now() WHERE id = ${grant.id}::uuid`,
    ]);
    const unchanged = await requestScope(partnerUser.id, partner.id);
    expect(unchanged.accessEpoch).toBe(scope.accessEpoch);
    expect((await heldAccessOf(unchanged)).grants.map((g) => g.recordId)).toEqual([first]);
    // A scope without an epoch (a script) always reads.
    expect((await heldAccessOf(scopeOf(partnerUser, "COORDINATOR", partner.id))).grants).toEqual([]);

    // Through the app, the epoch moves and the next request reads what holds now.
    const second = await personOf(ownerScope);
    await share(ownerScope, second, partner.id);
    const moved = await requestScope(partnerUser.id, partner.id);
    expect(moved.accessEpoch).toBeGreaterThan(scope.accessEpoch!);
    expect((await heldAccessOf(moved)).grants.map((g) => g.recordId)).toEqual([second]);
  });

  it("lets a kept grant lapse at its expiry without a read", async () => {
    const { partner, partnerUser, ownerScope } = await network();
    const person = await personOf(ownerScope);
    const expiresAt = new Date(Date.now() + 60 * 60_000);
    await share(ownerScope, person, partner.id, expiresAt);
    const scope = await requestScope(partnerUser.id, partner.id);
    expect((await heldAccessOf(scope, new Date(expiresAt.getTime() - 1))).grants).toHaveLength(1);
    // The row extended behind the triggers' back: a read would find it alive past the old expiry,
    // so its lapse there shows the kept row was judged, not read again.
    await db.$transaction([
      db.$executeRaw`SET LOCAL session_replication_role = replica`,
      db.$executeRaw`UPDATE access_grants SET expires_at = expires_at + interval '1 day' WHERE record_id = ${person}::uuid`,
    ]);
    expect((await heldAccessOf(scope, expiresAt)).grants).toEqual([]);
    // A scope without an epoch reads, and finds it alive.
    expect((await heldAccessOf(scopeOf(partnerUser, "COORDINATOR", partner.id), expiresAt)).grants).toHaveLength(1);
  });

  it("shows a glass broken in this request to the rest of it, though its scope carries the epoch read before", async () => {
    const { owner, ownerScope } = await network();
    const restricted = await personOf(ownerScope, true);
    const user = ownerScope.userId;
    const scope = await requestScope(user, owner.id);
    expect((await heldAccessOf(scope)).openings).toEqual([]);
    await breakGlass(scope, restricted, { reason: "A court hearing tomorrow needs the file" });
    expect((await heldAccessOf(scope)).openings.map((o) => o.victimId)).toEqual([restricted]);
  });
});
