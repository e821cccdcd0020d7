import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { dbFor } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { asJson, createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { registerVictimSchema } from "@/lib/victims/schema";
import { registerVictim } from "@/lib/victims/mutations";
import { getVictimRecord } from "@/lib/victims/data";
import { recordConsent } from "@/lib/casework/mutations";
import { createShelterSchema } from "./schema";
import {
  admitToShelter,
  answerPlacement,
  assignShelterStaff,
  createShelter,
  requestPlacement,
  updateStay,
} from "./mutations";
import {
  getShelterBoard,
  listAdmissionCandidates,
  listAvailability,
  listPlacementRequests,
  listShelters,
} from "./data";

const SECRET_ADDRESS = "Chilonzor 9, house 14";

async function setup(capacity: number, beds: { label: string }[] = []) {
  const org = await createOrganisation("shelter");
  const coordinator = scopeOf(await createUser({ organisationId: org.id, role: "COORDINATOR" }), "COORDINATOR", org.id);
  const shelter = await createShelter(
    coordinator,
    createShelterSchema.parse({
      name: `Shelter ${org.code}`,
      city: "Tashkent",
      countryCode: "UZ",
      address: SECRET_ADDRESS,
      phone: "+998712000000",
      population: "WOMEN",
      minAge: 18,
      capacity,
      beds,
    }),
  );
  return { org, coordinator, shelter };
}

async function people(scope: ReturnType<typeof scopeOf>, count: number) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { id } = await registerVictim(
      scope,
      registerVictimSchema.parse({
        givenName: `Resident ${i}`,
        sex: "FEMALE",
        estimatedAge: 25,
        identifiedOn: "2026-01-01",
        identifiedBy: "OTHER",
      }),
    );
    ids.push(id);
  }
  return ids;
}

describe("shelter capacity under concurrency", () => {
  it("admits exactly five of twenty simultaneous admissions to five free beds, and tells the others why", async () => {
    const { coordinator, shelter } = await setup(5);
    const ids = await people(coordinator, 20);
    const results = await Promise.allSettled(
      ids.map((victimId) => admitToShelter(coordinator, shelter.id, { victimId, admittedAt: new Date() })),
    );
    const admitted = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(admitted).toHaveLength(5);
    expect(refused).toHaveLength(15);
    for (const r of refused) expect(r.reason).toMatchObject({ code: "CONFLICT", messageKey: "errors.shelterFull" });
    expect(await db.shelterStay.count({ where: { shelterId: shelter.id, dischargedAt: null } })).toBe(5);
  });

  it("lets only one of two simultaneous admissions to the same bed succeed", async () => {
    const { coordinator, shelter } = await setup(4, [{ label: "A" }, { label: "B" }]);
    const bed = await db.shelterBed.findFirstOrThrow({ where: { shelterId: shelter.id, label: "A" } });
    const [first, second] = await people(coordinator, 2);
    const results = await Promise.allSettled(
      [first!, second!].map((victimId) =>
        admitToShelter(coordinator, shelter.id, { victimId, bedId: bed.id, admittedAt: new Date() }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(refused.reason).toBeInstanceOf(AppError);
    expect(refused.reason.messageKey).toBe("errors.bedTaken");
  });

  it("refuses a person already in a shelter, a bed of another shelter, and a discharge before admission", async () => {
    const { coordinator, shelter } = await setup(3, [{ label: "A" }]);
    const other = await setup(3, [{ label: "Z" }]);
    const [person] = await people(coordinator, 1);
    const stay = await admitToShelter(coordinator, shelter.id, {
      victimId: person!,
      admittedAt: new Date("2026-03-01"),
    });
    await expect(
      admitToShelter(coordinator, shelter.id, { victimId: person!, admittedAt: new Date() }),
    ).rejects.toMatchObject({ messageKey: "errors.alreadyInShelter" });
    const foreignBed = await db.shelterBed.findFirstOrThrow({ where: { shelterId: other.shelter.id } });
    await expect(updateStay(coordinator, stay.id, { version: 1, moveToBedId: foreignBed.id })).rejects.toMatchObject({
      fields: { moveToBedId: "errors.bedOfOtherShelter" },
    });
    await expect(
      updateStay(coordinator, stay.id, {
        version: 1,
        discharge: { dischargedAt: new Date("2026-02-01"), exitDestination: "FAMILY" },
      }),
    ).rejects.toMatchObject({ fields: { "discharge.dischargedAt": "errors.dischargeBeforeAdmission" } });
    await updateStay(coordinator, stay.id, {
      version: 1,
      addService: { kind: "MEDICAL", providedOn: new Date("2026-03-02") },
    });
    await updateStay(coordinator, stay.id, {
      version: 2,
      discharge: { dischargedAt: new Date("2026-03-10"), exitDestination: "FAMILY" },
    });
    expect((await listShelters(coordinator))[0]).toMatchObject({ occupied: 0, free: 3 });
  });
});

describe("shelter secrecy and access", () => {
  it("never shows the address in availability, nor to another organisation", async () => {
    const { shelter } = await setup(2);
    const outsiderOrg = await createOrganisation("outsider");
    for (const role of ["ORG_ADMIN", "COORDINATOR", "CASE_WORKER", "SHELTER_STAFF"] as const) {
      const scope = scopeOf(await createUser({ organisationId: outsiderOrg.id, role }), role, outsiderOrg.id);
      const availability = await listAvailability(scope, { city: "Tashkent" });
      expect(
        availability.map((s) => s.id),
        role,
      ).toContain(shelter.id);
      expect(asJson(availability)).not.toContain("Chilonzor");
      expect(asJson(availability)).not.toContain("998712");
      expect(await getShelterBoard(scope, shelter.id), role).toBeNull();
      expect(
        (await listShelters(scope)).map((s) => s.id),
        role,
      ).not.toContain(shelter.id);
    }
  });

  it("#14.14 (b) keeps the address and phone from other organisations at the database too, and shows them to the owner", async () => {
    const { coordinator, shelter } = await setup(2);
    const outsiderOrg = await createOrganisation("outsider");
    const outsider = dbFor(
      scopeOf(await createUser({ organisationId: outsiderOrg.id, role: "COORDINATOR" }), "COORDINATOR", outsiderOrg.id),
    );
    // A raw read behind the app's back, as the app's role with another organisation set: it
    // finds nothing, or the database refuses it (the column or table is not there for it).
    const read = async (query: () => Promise<unknown[]>) => {
      try {
        return await query();
      } catch (error) {
        expect(String(error)).toMatch(/does not exist|permission denied/);
        return [];
      }
    };
    expect(
      await read(
        () =>
          outsider.$queryRaw`SELECT address_encrypted, phone_encrypted FROM shelters WHERE id = ${shelter.id}::uuid`,
      ),
    ).toEqual([]);
    expect(
      await read(() =>
        outsider.$queryRawUnsafe(`SELECT * FROM shelter_contacts WHERE shelter_id = $1::uuid`, shelter.id),
      ),
    ).toEqual([]);
    expect(await read(() => outsider.$queryRawUnsafe(`SELECT * FROM shelter_contacts`))).toEqual([]);
    // The directory itself stays the network's.
    expect(await outsider.$queryRaw`SELECT name FROM shelters WHERE id = ${shelter.id}::uuid`).toHaveLength(1);
    const board = await getShelterBoard(coordinator, shelter.id);
    expect(board?.shelter).toMatchObject({ address: SECRET_ADDRESS, phone: "+998712000000" });
  });

  it("lets shelter staff open only the shelters they are assigned to, with care fields only", async () => {
    const { org, coordinator, shelter } = await setup(3);
    const second = await createShelter(
      coordinator,
      createShelterSchema.parse({
        name: `Second ${org.code}`,
        city: "Bukhara",
        countryCode: "UZ",
        population: "MIXED",
        capacity: 2,
      }),
    );
    const staffUser = await createUser({ organisationId: org.id, role: "SHELTER_STAFF" });
    await assignShelterStaff(coordinator, shelter.id, staffUser.id);
    const staff = scopeOf(staffUser, "SHELTER_STAFF", org.id);
    const [inFirst, inSecond] = await people(coordinator, 2);
    await admitToShelter(coordinator, shelter.id, {
      victimId: inFirst!,
      admittedAt: new Date(),
      healthNotes: "Allergic to penicillin",
    });
    await admitToShelter(coordinator, second.id, { victimId: inSecond!, admittedAt: new Date() });
    const board = (await getShelterBoard(staff, shelter.id))!;
    expect(board.shelter.address).toBe(SECRET_ADDRESS);
    expect(board.residents).toHaveLength(1);
    expect(board.residents[0]).toMatchObject({
      name: "Resident 0",
      healthNotes: "Allergic to penicillin",
      victimId: null,
      caseNumber: null,
    });
    expect(await getShelterBoard(staff, second.id)).toBeNull();
    // Shelter staff do not open case records (and their narratives).
    expect(await getVictimRecord(staff, inFirst!)).toBeNull();
  });
});

describe("placement requests", () => {
  it("holds a bed on acceptance and lets the shelter admit the other organisation's person", async () => {
    const { coordinator: shelterCoordinator, shelter } = await setup(1);
    const requesterOrg = await createOrganisation("requester");
    // Those who may refer ask, for a person who agreed to share with the shelter's organisation.
    const requester = scopeOf(
      await createUser({ organisationId: requesterOrg.id, role: "COORDINATOR" }),
      "COORDINATOR",
      requesterOrg.id,
    );
    const [person] = await people(requester, 1);
    const shelterOrganisationId = (await db.shelter.findUniqueOrThrow({ where: { id: shelter.id } })).organisationId;
    await recordConsent(requester, person!, {
      sheetLanguage: "ru",
      kind: "SHARING",
      granteeOrganisationId: shelterOrganisationId,
      givenOn: new Date("2026-01-02"),
      method: "WRITTEN",
    });
    const request = await requestPlacement(requester, {
      shelterId: shelter.id,
      victimId: person!,
      note: "Woman, 25, needs a safe place tonight",
    });
    expect((await listPlacementRequests(shelterCoordinator)).incoming.map((r) => r.id)).toContain(request.id);
    await answerPlacement(shelterCoordinator, request.id, { decision: "ACCEPT", holdHours: 24 });
    expect((await listShelters(shelterCoordinator))[0]).toMatchObject({ held: 1, free: 0 });
    // The held bed is not given to somebody else…
    const [local] = await people(shelterCoordinator, 1);
    // The admission's choices: the organisation's own people and the one shared for this placement
    // (with its request), newest first, each read on its own and merged (listAdmissionCandidates).
    const candidates = await listAdmissionCandidates(shelterCoordinator, shelter.id);
    expect(candidates.map((c) => c.id)).toEqual([local, person]);
    expect(candidates.map((c) => c.placementRequestId)).toEqual([null, request.id]);
    await expect(
      admitToShelter(shelterCoordinator, shelter.id, { victimId: local!, admittedAt: new Date() }),
    ).rejects.toMatchObject({ messageKey: "errors.shelterFull" });
    // …but to the person it was held for.
    await admitToShelter(shelterCoordinator, shelter.id, {
      victimId: person!,
      admittedAt: new Date(),
      placementRequestId: request.id,
    });
    expect((await listShelters(shelterCoordinator))[0]).toMatchObject({ occupied: 1, held: 0, free: 0 });
    expect((await listPlacementRequests(requester)).outgoing.find((r) => r.id === request.id)?.status).toBe("ADMITTED");
    // In a shelter now: no longer a choice. The requester's other people never were.
    await people(requester, 1);
    expect((await listAdmissionCandidates(shelterCoordinator, shelter.id)).map((c) => c.id)).toEqual([local]);
  });
});

describe("occupancy figures", () => {
  it("counts bed-nights, the occupancy rate and the average length of stay of a month", async () => {
    const { coordinator, shelter } = await setup(2);
    const [a, b] = await people(coordinator, 2);
    const stayA = await admitToShelter(coordinator, shelter.id, {
      victimId: a!,
      admittedAt: new Date("2026-02-01T00:00:00Z"),
    });
    await updateStay(coordinator, stayA.id, {
      version: 1,
      discharge: { dischargedAt: new Date("2026-02-11T00:00:00Z"), exitDestination: "FAMILY" },
    });
    const stayB = await admitToShelter(coordinator, shelter.id, {
      victimId: b!,
      admittedAt: new Date("2026-01-25T00:00:00Z"),
    });
    await updateStay(coordinator, stayB.id, {
      version: 1,
      discharge: { dischargedAt: new Date("2026-02-05T00:00:00Z"), exitDestination: "HOSPITAL" },
    });
    const { getOccupancy } = await import("./data");
    const february = (await getOccupancy(coordinator, shelter.id, "2026-02"))!;
    // A: 10 nights in February, B: 4 nights in February (7 in January).
    expect(february.bedNights).toBe(14);
    expect(february.occupancyRate).toBeCloseTo(14 / (2 * 28));
    expect(february.averageLengthOfStay).toBeCloseTo((10 + 11) / 2);
    expect((await getOccupancy(coordinator, shelter.id, "2026-01"))!.bedNights).toBe(7);
  });

  it("gives the bed board's series the same figures as month by month", async () => {
    const { coordinator, shelter } = await setup(2);
    const [a] = await people(coordinator, 1);
    const now = new Date();
    const admitted = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 10));
    const stay = await admitToShelter(coordinator, shelter.id, { victimId: a!, admittedAt: admitted });
    await updateStay(coordinator, stay.id, {
      version: 1,
      discharge: {
        dischargedAt: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 5)),
        exitDestination: "FAMILY",
      },
    });
    const { getOccupancy, getOccupancySeries } = await import("./data");
    const series = (await getOccupancySeries(coordinator, shelter.id, 4))!;
    expect(series.map((m) => m.month)).toHaveLength(4);
    expect(series.some((m) => m.bedNights > 0)).toBe(true);
    for (const m of series) {
      const single = (await getOccupancy(coordinator, shelter.id, m.month))!;
      expect(m).toMatchObject({ bedNights: single.bedNights, averageLengthOfStay: single.averageLengthOfStay });
      expect(m.occupancyRate).toBeCloseTo(single.occupancyRate);
    }
  });
});

describe("closing a shelter", () => {
  it("takes it out of availability and refuses admissions with a clear reason", async () => {
    const { coordinator, shelter } = await setup(3);
    const { setShelterActive } = await import("./mutations");
    await setShelterActive(coordinator, shelter.id, false);
    expect((await listAvailability(coordinator, {})).map((s) => s.id)).not.toContain(shelter.id);
    const [person] = await people(coordinator, 1);
    await expect(
      admitToShelter(coordinator, shelter.id, { victimId: person!, admittedAt: new Date() }),
    ).rejects.toMatchObject({
      code: "UNPROCESSABLE",
      messageKey: "errors.shelterClosed",
    });
    await setShelterActive(coordinator, shelter.id, true);
    await admitToShelter(coordinator, shelter.id, { victimId: person!, admittedAt: new Date() });
  });
});
