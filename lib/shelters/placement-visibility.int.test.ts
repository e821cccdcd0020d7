// Outgoing placement requests were listed to every case worker and shelter staff member of
// the requesting organisation, with the person's id and the note, for people outside their
// scope. The requester side now sees a request only where it may see the person; the shelter
// side sees the requests to its own shelters (shelter staff: the shelters they are assigned to).
import { describe, expect, it } from "vitest";
import { createUser, scopeOf } from "@/tests/support/factories";
import { person, placementSetup } from "@/tests/support/placements";
import { createShelterSchema } from "./schema";
import { assignShelterStaff, createShelter, requestPlacement } from "./mutations";
import { listPlacementRequests } from "./data";

describe("#14.7 placement requests follow the person's scope", () => {
  it("shows an outgoing request only to those who may see the person", async () => {
    const { shelterOrg, requesterOrg, requester, shelter } = await placementSetup(4);
    const ownWorker = scopeOf(
      await createUser({ organisationId: requesterOrg.id, role: "CASE_WORKER" }),
      "CASE_WORKER",
      requesterOrg.id,
    );
    const otherWorker = scopeOf(
      await createUser({ organisationId: requesterOrg.id, role: "CASE_WORKER" }),
      "CASE_WORKER",
      requesterOrg.id,
    );
    const ownStaff = scopeOf(
      await createUser({ organisationId: requesterOrg.id, role: "SHELTER_STAFF" }),
      "SHELTER_STAFF",
      requesterOrg.id,
    );
    const workersPerson = await person(ownWorker, "Workers");
    const { recordConsent } = await import("@/lib/casework/mutations");
    await recordConsent(requester, workersPerson, {
      sheetLanguage: "ru",
      kind: "SHARING",
      granteeOrganisationId: shelterOrg.id,
      givenOn: new Date("2026-01-02"),
      method: "WRITTEN",
    });
    const coordinatorsPerson = await person(requester, "Coordinators", shelterOrg.id);
    const forWorkers = await requestPlacement(requester, {
      shelterId: shelter.id,
      victimId: workersPerson,
      note: "private note about the worker's person",
    });
    const forCoordinators = await requestPlacement(requester, {
      shelterId: shelter.id,
      victimId: coordinatorsPerson,
      note: "private note about the coordinator's person",
    });

    const outgoingOf = async (scope: typeof requester) =>
      (await listPlacementRequests(scope)).outgoing.map((r) => r.id).sort();
    expect(await outgoingOf(requester)).toEqual([forWorkers.id, forCoordinators.id].sort());
    expect(await outgoingOf(ownWorker)).toEqual([forWorkers.id]);
    expect(await outgoingOf(otherWorker)).toEqual([]);
    expect(await outgoingOf(ownStaff)).toEqual([]);
  });

  it("shows incoming requests to the shelter's side as before: shelter staff only for their shelters", async () => {
    const { shelterOrg, requester, shelterCoordinator, shelter } = await placementSetup(4);
    const second = await createShelter(
      shelterCoordinator,
      createShelterSchema.parse({
        name: `Second ${shelterOrg.code}`,
        city: "Almaty",
        countryCode: "KZ",
        population: "WOMEN",
        capacity: 2,
      }),
    );
    const staffUser = await createUser({ organisationId: shelterOrg.id, role: "SHELTER_STAFF" });
    await assignShelterStaff(shelterCoordinator, shelter.id, staffUser.id);
    const staff = scopeOf(staffUser, "SHELTER_STAFF", shelterOrg.id);
    const unassigned = scopeOf(
      await createUser({ organisationId: shelterOrg.id, role: "SHELTER_STAFF" }),
      "SHELTER_STAFF",
      shelterOrg.id,
    );
    const toFirst = await requestPlacement(requester, {
      shelterId: shelter.id,
      victimId: await person(requester, "First", shelterOrg.id),
      note: "to the first shelter",
    });
    const toSecond = await requestPlacement(requester, {
      shelterId: second.id,
      victimId: await person(requester, "Second", shelterOrg.id),
      note: "to the second shelter",
    });

    const incomingOf = async (scope: typeof requester) =>
      (await listPlacementRequests(scope)).incoming.map((r) => r.id).sort();
    expect(await incomingOf(shelterCoordinator)).toEqual([toFirst.id, toSecond.id].sort());
    expect(await incomingOf(staff)).toEqual([toFirst.id]);
    expect(await incomingOf(unassigned)).toEqual([]);
    expect(await incomingOf(requester)).toEqual([]);
  });
});
