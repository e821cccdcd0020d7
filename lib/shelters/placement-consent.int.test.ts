// Accepting a placement request opened a lasting grant on the person though no sharing
// consent named the shelter's organisation, and nothing ever ended that grant. A placement
// request now needs that consent, is sent by the roles that may refer, can be withdrawn, and its
// grant (which points at the request) ends with the hold, the withdrawal or the stay.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { createUser, scopeOf } from "@/tests/support/factories";
import { letTimePass, liveGrants, person, placementSetup } from "@/tests/support/placements";
import { getVictimRecord } from "@/lib/victims/data";
import { admitToShelter, answerPlacement, requestPlacement, updateStay, withdrawPlacement } from "./mutations";
import { getOccupancy, listPlacementRequests, listShelters } from "./data";

const NOTE = "Woman, 24, needs a safe place tonight";

describe("#14.3 a placement request shares a person only with consent", () => {
  it("refuses a request without the person's sharing consent naming the shelter's organisation", async () => {
    const { shelterOrg, requesterOrg, requester, shelter } = await placementSetup();
    const withoutConsent = await person(requester, "NoConsent");
    await expect(
      requestPlacement(requester, { shelterId: shelter.id, victimId: withoutConsent, note: NOTE }),
    ).rejects.toMatchObject({
      code: "UNPROCESSABLE",
      fields: { victimId: "errors.noSharingConsent" },
    });
    // A consent naming somebody else does not count.
    const otherConsent = await person(requester, "OtherConsent", requesterOrg.id);
    await expect(
      requestPlacement(requester, { shelterId: shelter.id, victimId: otherConsent, note: NOTE }),
    ).rejects.toMatchObject({ fields: { victimId: "errors.noSharingConsent" } });
    const consented = await person(requester, "Consented", shelterOrg.id);
    await requestPlacement(requester, { shelterId: shelter.id, victimId: consented, note: NOTE });
  });

  it("is sent only by the roles that may refer (cases.referral.send)", async () => {
    const { shelterOrg, requesterOrg, requester, shelter } = await placementSetup();
    for (const role of ["CASE_WORKER", "ORG_ADMIN"] as const) {
      const scope = scopeOf(await createUser({ organisationId: requesterOrg.id, role }), role, requesterOrg.id);
      // The case worker's own person, consent recorded: still not theirs to share.
      const own = await person(role === "CASE_WORKER" ? scope : requester, `By ${role}`, shelterOrg.id);
      await expect(
        requestPlacement(scope, { shelterId: shelter.id, victimId: own, note: NOTE }),
        role,
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("re-checks the consent when the shelter accepts", async () => {
    const { shelterOrg, requester, shelterCoordinator, shelter } = await placementSetup();
    const victimId = await person(requester, "Withdrawn", shelterOrg.id);
    const request = await requestPlacement(requester, { shelterId: shelter.id, victimId, note: NOTE });
    // Withdrawn behind the app's back (the app's own withdrawal also ends the request).
    await db.victimConsent.updateMany({
      where: { victimId },
      data: { withdrawnOn: new Date(Date.now() - 86_400_000) },
    });
    await expect(
      answerPlacement(shelterCoordinator, request.id, { decision: "ACCEPT", holdHours: 24 }),
    ).rejects.toMatchObject({ code: "UNPROCESSABLE", messageKey: "errors.noSharingConsent" });
    expect(await liveGrants(victimId, shelterOrg.id)).toBe(0);
  });

  it("ends the consent's grant, releases the bed and audits it when the requester withdraws", async () => {
    const { shelterOrg, requesterOrg, requester, shelterCoordinator, shelter } = await placementSetup(1);
    const victimId = await person(requester, "WithdrawMe", shelterOrg.id);
    const request = await requestPlacement(requester, { shelterId: shelter.id, victimId, note: NOTE });
    await answerPlacement(shelterCoordinator, request.id, { decision: "ACCEPT", holdHours: 24 });
    const held = await db.placementRequest.findUniqueOrThrow({ where: { id: request.id } });
    // The grant points at what opened it, and lasts no longer than the hold.
    const grant = await db.accessGrant.findUniqueOrThrow({ where: { id: held.grantId! } });
    expect(grant).toMatchObject({
      sourceType: "PLACEMENT_REQUEST",
      sourceId: request.id,
      expiresAt: held.holdUntil,
      revokedAt: null,
    });
    expect(await getVictimRecord(shelterCoordinator, victimId)).not.toBeNull();
    expect((await listShelters(shelterCoordinator))[0]).toMatchObject({ held: 1, free: 0 });

    // Only the requesting organisation's referrers may withdraw it.
    const caseWorker = scopeOf(
      await createUser({ organisationId: requesterOrg.id, role: "CASE_WORKER" }),
      "CASE_WORKER",
      requesterOrg.id,
    );
    await expect(withdrawPlacement(caseWorker, request.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(withdrawPlacement(shelterCoordinator, request.id)).rejects.toMatchObject({ code: "NOT_FOUND" });

    await withdrawPlacement(requester, request.id);
    expect(await db.placementRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "CANCELLED",
    });
    expect(await db.accessGrant.findUniqueOrThrow({ where: { id: grant.id } })).toMatchObject({
      revokedAt: expect.any(Date),
      revokeReason: "placement.withdrawn",
      revokedById: requester.userId,
    });
    expect(await getVictimRecord(shelterCoordinator, victimId)).toBeNull();
    expect((await listShelters(shelterCoordinator))[0]).toMatchObject({ held: 0, free: 1 });
    expect(
      await db.auditEvent.count({
        where: {
          action: "placement.withdraw",
          recordType: "VICTIM",
          recordId: victimId,
          organisationId: requesterOrg.id,
        },
      }),
    ).toBe(1);
    // Withdrawn once is withdrawn: a second try is a conflict, not a second event.
    await expect(withdrawPlacement(requester, request.id)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("ends the grant when the hold lapses, even if nobody looks, and records why at the first write", async () => {
    const { shelterOrg, requesterOrg, requester, shelterCoordinator, shelter } = await placementSetup(3);
    const victimId = await person(requester, "Lapsed", shelterOrg.id);
    const request = await requestPlacement(requester, { shelterId: shelter.id, victimId, note: NOTE });
    await answerPlacement(shelterCoordinator, request.id, { decision: "ACCEPT", holdHours: 2 });
    await letTimePass(request.id, 3);
    // Nobody has looked at the requests: the person is no longer shared all the same.
    expect(await liveGrants(victimId, shelterOrg.id)).toBe(0);
    expect(await getVictimRecord(shelterCoordinator, victimId)).toBeNull();
    // Where holds are evaluated (an admission counts free beds), the lapse is recorded.
    const local = await person(shelterCoordinator, "Local");
    await admitToShelter(shelterCoordinator, shelter.id, { victimId: local, admittedAt: new Date() });
    const lapsed = await db.placementRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(lapsed.status).toBe("EXPIRED");
    expect(await db.accessGrant.findUniqueOrThrow({ where: { id: lapsed.grantId! } })).toMatchObject({
      revokedAt: expect.any(Date),
      revokeReason: "placement.hold_lapsed",
    });

    // On read: the requester's list shows another lapsed hold as lapsed, and writes nothing.
    const second = await person(requester, "LapsedToo", shelterOrg.id);
    const secondRequest = await requestPlacement(requester, { shelterId: shelter.id, victimId: second, note: NOTE });
    await answerPlacement(shelterCoordinator, secondRequest.id, { decision: "ACCEPT", holdHours: 1 });
    await letTimePass(secondRequest.id, 2);
    const lapses = () =>
      db.auditEvent.count({
        where: { action: "placement.hold_lapse", organisationId: { in: [requesterOrg.id, shelterOrg.id] } },
      });
    const lapsesBefore = await lapses();
    expect((await listPlacementRequests(requester)).outgoing.find((r) => r.id === secondRequest.id)?.status).toBe(
      "EXPIRED",
    );
    expect(
      (await listPlacementRequests(shelterCoordinator)).incoming.find((r) => r.id === secondRequest.id)?.status,
    ).toBe("EXPIRED");
    expect((await db.placementRequest.findUniqueOrThrow({ where: { id: secondRequest.id } })).status).toBe("ACCEPTED");
    expect(await lapses()).toBe(lapsesBefore);
    expect(await liveGrants(second, shelterOrg.id)).toBe(0);
    // Withdrawing it is refused as ended, and that write records the lapse and why the grant ended.
    await expect(withdrawPlacement(requester, secondRequest.id)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "errors.placementEnded",
    });
    expect((await db.placementRequest.findUniqueOrThrow({ where: { id: secondRequest.id } })).status).toBe("EXPIRED");
    expect(await lapses()).toBe(lapsesBefore + 1);
    expect(
      await db.accessGrant.count({
        where: { sourceId: secondRequest.id, revokeReason: "placement.hold_lapsed", revokedAt: { not: null } },
      }),
    ).toBe(1);
  });

  it("keeps the grant through the stay and ends it at discharge; the shelter keeps its own stay record", async () => {
    const { shelterOrg, requester, shelterCoordinator, shelter } = await placementSetup(2);
    const victimId = await person(requester, "Resident", shelterOrg.id);
    const request = await requestPlacement(requester, { shelterId: shelter.id, victimId, note: NOTE });
    await answerPlacement(shelterCoordinator, request.id, { decision: "ACCEPT", holdHours: 2 });
    const admittedAt = new Date(Date.now() - 60_000);
    const stay = await admitToShelter(shelterCoordinator, shelter.id, {
      victimId,
      admittedAt,
      placementRequestId: request.id,
    });
    // The stay, not the hold, now keeps the person shared.
    await letTimePass(request.id, 10);
    expect(await getVictimRecord(shelterCoordinator, victimId)).not.toBeNull();

    await updateStay(shelterCoordinator, stay.id, {
      version: 1,
      discharge: { dischargedAt: new Date(), exitDestination: "FAMILY" },
    });
    const { grantId } = await db.placementRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(await db.accessGrant.findUniqueOrThrow({ where: { id: grantId! } })).toMatchObject({
      revokedAt: expect.any(Date),
      revokeReason: "placement.discharged",
    });
    expect(await getVictimRecord(shelterCoordinator, victimId)).toBeNull();
    expect(await liveGrants(victimId, shelterOrg.id)).toBe(0);
    // What the shelter must retain stays: its stay record with the dates.
    const month = admittedAt.toISOString().slice(0, 7);
    expect((await getOccupancy(shelterCoordinator, shelter.id, month))!.discharged).toBe(1);
  });
});
