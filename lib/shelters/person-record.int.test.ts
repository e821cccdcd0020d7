//, "a person's case file": the shelter section and its "in a shelter" flag read the
// person's stays and placement requests (listShelterRecordOfPerson), a new road to a person's
// stays. The owner sees the stays in its own shelters and its own requests; another organisation's
// shelter shows only through the request, and whether that stay has ended; nobody else gets
// anything, and no shelter's address or phone is ever in the answer (decision 0013).
import { describe, expect, it } from "vitest";
import { asJson, createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { letTimePass, person, placementSetup } from "@/tests/support/placements";
import { createShelterSchema } from "./schema";
import { admitToShelter, answerPlacement, createShelter, requestPlacement, updateStay } from "./mutations";
import { listShelterRecordOfPerson } from "./data";

const OWN_ADDRESS = "Abay avenue 7, flat 3";
const OWN_PHONE = "+77270001122";
const OTHER_ADDRESS = "Furmanov street 102";
const OTHER_PHONE = "+77270009988";

async function setup() {
  const base = await placementSetup();
  const { shelterOrg, requesterOrg, requester, shelterCoordinator } = base;
  const names = { own: `Own ${requesterOrg.code}`, other: `Other ${shelterOrg.code}` };
  // Both shelters with a secret address and phone, so the answer can be searched for them.
  const ownShelter = await createShelter(
    requester,
    createShelterSchema.parse({
      name: names.own,
      city: "Almaty",
      countryCode: "KZ",
      address: OWN_ADDRESS,
      phone: OWN_PHONE,
      population: "WOMEN",
      capacity: 2,
    }),
  );
  const otherShelter = await createShelter(
    shelterCoordinator,
    createShelterSchema.parse({
      name: names.other,
      city: "Astana",
      countryCode: "KZ",
      address: OTHER_ADDRESS,
      phone: OTHER_PHONE,
      population: "WOMEN",
      capacity: 2,
    }),
  );
  const victimId = await person(requester, "Resident", shelterOrg.id);
  return {
    ...base,
    ownShelter: { ...ownShelter, name: names.own },
    otherShelter: { ...otherShelter, name: names.other },
    victimId,
  };
}

describe("a person's shelter record on the case file", () => {
  it("shows the owner its own shelter's stays and its requests, and another organisation's stay only through the request", async () => {
    const { shelterOrg, requester, shelterCoordinator, ownShelter, otherShelter, victimId } = await setup();
    // A first stay in the owner's own shelter, ended; then a bed asked of the other organisation.
    const ownStay = await admitToShelter(requester, ownShelter.id, {
      victimId,
      admittedAt: new Date("2026-03-01T08:00:00Z"),
      plannedDischargeOn: new Date("2026-04-01"),
    });
    await updateStay(requester, ownStay.id, {
      version: 1,
      discharge: { dischargedAt: new Date("2026-03-10T12:00:00Z"), exitDestination: "OTHER_SHELTER" },
    });
    const request = await requestPlacement(requester, {
      shelterId: otherShelter.id,
      victimId,
      note: "Woman, 24, safe place needed",
    });

    let record = await listShelterRecordOfPerson(requester, victimId);
    expect(record).toMatchObject({
      inShelter: false,
      requests: [
        { id: request.id, status: "PENDING", shelterName: otherShelter.name, organisationName: shelterOrg.name },
      ],
    });
    expect(record!.stays).toEqual([
      {
        id: ownStay.id,
        shelterName: ownShelter.name,
        shelterCity: "Almaty",
        admittedAt: new Date("2026-03-01T08:00:00Z"),
        plannedDischargeOn: new Date("2026-04-01"),
        dischargedAt: new Date("2026-03-10T12:00:00Z"),
        exitDestination: "OTHER_SHELTER",
      },
    ]);

    await answerPlacement(shelterCoordinator, request.id, { decision: "ACCEPT", holdHours: 24 });
    record = await listShelterRecordOfPerson(requester, victimId);
    expect(record!.requests[0]).toMatchObject({ status: "ACCEPTED", holdUntil: expect.any(Date) });
    expect(record!.inShelter).toBe(false);

    const otherStay = await admitToShelter(shelterCoordinator, otherShelter.id, {
      victimId,
      admittedAt: new Date(),
      placementRequestId: request.id,
    });
    record = await listShelterRecordOfPerson(requester, victimId);
    // The other organisation's stay is its own record: the owner sees the request, admitted, and
    // the flag, not the stay (row-level security would let it read the row).
    expect(record).toMatchObject({
      inShelter: true,
      requests: [{ id: request.id, status: "ADMITTED", stayEnded: false }],
    });
    expect(record!.stays.map((s) => s.id)).toEqual([ownStay.id]);

    // The shelter's organisation, while the person stays (its placement grant lives), sees its own
    // stay of the person and nothing of the owner's shelter or requests.
    const atShelter = await listShelterRecordOfPerson(shelterCoordinator, victimId);
    expect(atShelter).toMatchObject({ inShelter: true, requests: [] });
    expect(atShelter!.stays.map((s) => s.id)).toEqual([otherStay.id]);

    // A discharge leaves the request ADMITTED; the flag follows the stay, not the request.
    await updateStay(shelterCoordinator, otherStay.id, {
      version: 1,
      discharge: { dischargedAt: new Date(), exitDestination: "FAMILY" },
    });
    record = await listShelterRecordOfPerson(requester, victimId);
    expect(record).toMatchObject({
      inShelter: false,
      requests: [{ id: request.id, status: "ADMITTED", stayEnded: true }],
    });
    // And the grant ended with the stay: the shelter's organisation no longer sees the person.
    expect(await listShelterRecordOfPerson(shelterCoordinator, victimId)).toBeNull();

    // No address or phone of either shelter, ever.
    for (const secret of [OWN_ADDRESS, OWN_PHONE, OTHER_ADDRESS, OTHER_PHONE]) {
      expect(asJson(record)).not.toContain(secret);
      expect(asJson(atShelter)).not.toContain(secret);
    }
  });

  it("flags an open stay in the owner's own shelter", async () => {
    const { requester, ownShelter, victimId } = await setup();
    await admitToShelter(requester, ownShelter.id, { victimId, admittedAt: new Date() });
    expect(await listShelterRecordOfPerson(requester, victimId)).toMatchObject({
      inShelter: true,
      stays: [{ shelterName: ownShelter.name, dischargedAt: null }],
      requests: [],
    });
  });

  it("reads a lapsed hold as lapsed without writing it down", async () => {
    const { requester, shelterCoordinator, otherShelter, victimId } = await setup();
    const request = await requestPlacement(requester, {
      shelterId: otherShelter.id,
      victimId,
      note: "Woman, 24, safe place needed",
    });
    await answerPlacement(shelterCoordinator, request.id, { decision: "ACCEPT", holdHours: 24 });
    await letTimePass(request.id, 48);
    expect(await listShelterRecordOfPerson(requester, victimId)).toMatchObject({
      inShelter: false,
      requests: [{ id: request.id, status: "EXPIRED" }],
    });
  });

  it("gives nothing to those who may not see the person: another organisation, another case worker, shelter staff", async () => {
    const { requesterOrg, requester, ownShelter, otherShelter, victimId } = await setup();
    await admitToShelter(requester, ownShelter.id, { victimId, admittedAt: new Date() });
    await requestPlacement(requester, { shelterId: otherShelter.id, victimId, note: "Woman, 24, safe place needed" });
    const outsiderOrg = await createOrganisation("outsider");
    const outsiders = await Promise.all(
      (["COORDINATOR", "ORG_ADMIN", "CASE_WORKER"] as const).map(async (role) =>
        scopeOf(await createUser({ organisationId: outsiderOrg.id, role }), role, outsiderOrg.id),
      ),
    );
    const insiders = await Promise.all(
      (["CASE_WORKER", "SHELTER_STAFF", "HOTLINE_OPERATOR", "ANALYST"] as const).map(async (role) =>
        scopeOf(await createUser({ organisationId: requesterOrg.id, role }), role, requesterOrg.id),
      ),
    );
    for (const scope of [...outsiders, ...insiders]) {
      expect(
        await listShelterRecordOfPerson(scope, victimId),
        `${scope.role} of ${scope.organisationId === outsiderOrg.id ? "an outsider" : "the owner"}`,
      ).toBeNull();
    }
  });
});
