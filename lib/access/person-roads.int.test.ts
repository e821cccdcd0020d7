// The roads to a person keep to the one visibility rule: restricted records on boards and
// repatriations (14.4), shared rows in lists (14.8), audited list and board views (14.9), the
// duplicate check (14.12). Each test failed on the code before the rule was routed through.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { consentAll } from "@/tests/support/repatriations";
import { registerVictimSchema, listVictimsQuerySchema } from "@/lib/victims/schema";
import { breakGlass, registerVictim } from "@/lib/victims/mutations";
import { checkDuplicates, listVictims } from "@/lib/victims/data";
import { createShelterSchema } from "@/lib/shelters/schema";
import { admitToShelter, assignShelterStaff, createShelter } from "@/lib/shelters/mutations";
import { getShelterBoard } from "@/lib/shelters/data";
import { createRepatriation, transitionRepatriation } from "@/lib/repatriations/mutations";
import { getRepatriation, listRepatriations } from "@/lib/repatriations/data";
import { DUPLICATE_CHECK_LIMIT } from "@/lib/victims/duplicate-limit";

const register = (scope: ReturnType<typeof scopeOf>, over: Record<string, unknown>) =>
  registerVictim(
    scope,
    registerVictimSchema.parse({
      sex: "FEMALE",
      estimatedAge: 30,
      identifiedOn: "2026-03-01",
      identifiedBy: "POLICE",
      citizenships: ["UZ"],
      ...over,
    }),
  );
const list = (over: Record<string, unknown> = {}) => listVictimsQuerySchema.parse({ limit: 100, ...over });

async function organisation(label: string) {
  const org = await createOrganisation(label);
  const as = async (role: Parameters<typeof createUser>[0]["role"]) =>
    scopeOf(await createUser({ organisationId: org.id, role }), role!, org.id);
  return { org, as };
}

async function peopleShownEvents(userId: string) {
  const events = await db.auditEvent.findMany({
    where: { actorUserId: userId, action: "people.shown" },
    select: { details: true },
  });
  return events.map((e) => e.details as { road: string; people: string[] });
}

describe("restricted records on every road that joins a person (#14.4)", () => {
  it("shows a restricted resident on the bed board as 'restricted record' with the case number only, until break-glass", async () => {
    const owner = await organisation("owner");
    const worker = await owner.as("CASE_WORKER");
    const coordinator = await owner.as("COORDINATOR");
    const staff = await owner.as("SHELTER_STAFF");
    const shelter = await createShelter(
      coordinator,
      createShelterSchema.parse({
        name: `Board ${owner.org.code}`,
        city: "Almaty",
        countryCode: "KZ",
        address: "Secret 1",
        population: "WOMEN",
        capacity: 4,
      }),
    );
    await assignShelterStaff(coordinator, shelter.id, staff.userId);
    const hidden = await register(worker, {
      givenName: "Скрытая",
      familyName: "Restrictova",
      restricted: true,
      birthDate: "1990-01-01",
    });
    const open = await register(coordinator, { givenName: "Открытая", familyName: "Openova" });
    // The restricted person is admitted behind the app's back: a coordinator who neither created
    // nor is assigned to her could only admit her after breaking the glass.
    await admitToShelter(coordinator, shelter.id, { victimId: open.id, admittedAt: new Date() });
    await db.shelterStay.create({
      data: {
        shelterId: shelter.id,
        victimId: hidden.id,
        admittedAt: new Date(),
        healthNotesEncrypted: null,
        createdById: coordinator.userId,
      },
    });

    for (const scope of [coordinator, staff]) {
      const board = (await getShelterBoard(scope, shelter.id))!;
      const restricted = board.residents.find((r) => r.person === "restricted")!;
      expect(restricted).toMatchObject({
        name: null,
        age: null,
        victimId: null,
        caseNumber: hidden.caseNumber,
        languages: [],
        needs: [],
      });
      expect(JSON.stringify(board)).not.toContain("Restrictova");
      expect(JSON.stringify(board)).not.toContain("Скрытая");
      expect(board.residents.find((r) => r.person === "person")?.name).toContain("Openova");
    }
    await breakGlass(coordinator, hidden.id, { reason: "The shelter called: she is unwell tonight" });
    const opened = (await getShelterBoard(coordinator, shelter.id))!;
    expect(opened.residents.map((r) => r.name)).toContain("Скрытая Restrictova");
    // Shelter staff cannot break the glass: still restricted for them.
    expect((await getShelterBoard(staff, shelter.id))!.residents.filter((r) => r.person === "restricted")).toHaveLength(
      1,
    );
  });

  it("shows a restricted person of a repatriation as 'restricted record' on the case page and the board", async () => {
    const sending = await organisation("sending");
    const receiving = await organisation("receiving");
    const creator = await sending.as("CASE_WORKER");
    const coordinator = await sending.as("COORDINATOR");
    const person = await register(creator, { givenName: "Мадина", familyName: `Returnova`, restricted: true });
    // Prepared by the coordinator after breaking the glass; the glass then closes (expires).
    await breakGlass(coordinator, person.id, { reason: "Preparing her return home with the consulate" });
    await consentAll(coordinator, person.id, receiving.org.id);
    const { id } = await createRepatriation(coordinator, {
      victimId: person.id,
      receivingOrganisationId: receiving.org.id,
    });
    await db.breakGlassAccess.updateMany({
      where: { victimId: person.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });

    const other = await sending.as("COORDINATOR");
    for (const scope of [coordinator, other]) {
      const found = (await getRepatriation(scope, id))!;
      expect(found).toMatchObject({
        person: null,
        personShown: "restricted",
        restrictedCaseNumber: person.caseNumber,
        record: null,
      });
      const row = (await listRepatriations(scope, {})).items.find((r) => r.id === id)!;
      expect(row).toMatchObject({ person: null, personShown: "restricted", restrictedCaseNumber: person.caseNumber });
      expect(JSON.stringify([found, row])).not.toContain("Returnova");
    }
    // The receiving side sees what the owner shared with it (the restriction is the owner's matter).
    await transitionRepatriation(coordinator, id, { to: "REQUESTED" });
    const receiver = await receiving.as("COORDINATOR");
    expect((await getRepatriation(receiver, id))!.person?.familyName).toBe("Returnova");
  });
});

describe("shared rows in lists carry only granted fields (#14.8)", () => {
  it("hides the owner's worker and dates, and lets no filter match on a field the grant does not show", async () => {
    const owner = await organisation("owner");
    const partner = await organisation("partner");
    const ownerCoordinator = await owner.as("COORDINATOR");
    const ownerWorker = await owner.as("CASE_WORKER");
    const partnerCoordinator = await partner.as("COORDINATOR");
    const person = await register(ownerCoordinator, { givenName: "Нигора", familyName: "Listova" });
    await db.victim.update({
      where: { id: person.id },
      data: { assignedToId: ownerWorker.userId, exploitationTypes: ["FORCED_LABOUR"] },
    });
    const grant = await db.accessGrant.create({
      data: {
        recordType: "VICTIM",
        recordId: person.id,
        ownerOrganisationId: owner.org.id,
        granteeOrganisationId: partner.org.id,
        scope: "MINIMAL",
        fields: [],
        reason: "referral",
        grantedById: ownerCoordinator.userId,
      },
    });

    const row = (await listVictims(partnerCoordinator, list())).items.find((v) => v.id === person.id)!;
    expect(row).toMatchObject({ familyName: "Listova", shared: true, createdAt: null, assignedTo: null });
    expect(row.listedAt.getTime()).toBe(grant.createdAt.getTime());
    // The owner's assigned worker is no filter for the partner: it would tell who works the case.
    expect(
      (await listVictims(partnerCoordinator, list({ assignedTo: ownerWorker.userId }))).items.map((v) => v.id),
    ).not.toContain(person.id);
    // The form of exploitation was not granted: filtering by it must not find her.
    expect(
      (await listVictims(partnerCoordinator, list({ exploitationType: "FORCED_LABOUR" }))).items.map((v) => v.id),
    ).not.toContain(person.id);
    // Granted, the same filter finds her.
    await db.accessGrant.update({ where: { id: grant.id }, data: { fields: ["exploitationTypes"] } });
    expect(
      (await listVictims(partnerCoordinator, list({ exploitationType: "FORCED_LABOUR" }))).items.map((v) => v.id),
    ).toContain(person.id);
    // The owner still filters on everything.
    expect(
      (await listVictims(ownerCoordinator, list({ assignedTo: ownerWorker.userId }))).items.map((v) => v.id),
    ).toContain(person.id);
  });
});

describe("a shared person is found by name while the grant lives (#14.8)", () => {
  it("finds her in any script for the partner, and no longer once the grant is revoked", async () => {
    const owner = await organisation("owner");
    const partner = await organisation("partner");
    const outsider = await organisation("outsider");
    const ownerCoordinator = await owner.as("COORDINATOR");
    const partnerCoordinator = await partner.as("COORDINATOR");
    const outsiderCoordinator = await outsider.as("COORDINATOR");
    const surname = `Поискова${Date.now() % 100000}`;
    const person = await register(ownerCoordinator, { givenName: "Мунира", familyName: surname });
    const grant = await db.accessGrant.create({
      data: {
        recordType: "VICTIM",
        recordId: person.id,
        ownerOrganisationId: owner.org.id,
        granteeOrganisationId: partner.org.id,
        scope: "MINIMAL",
        fields: [],
        reason: "referral",
        grantedById: ownerCoordinator.userId,
      },
    });
    const found = async (scope: typeof partnerCoordinator, q: string) =>
      (await listVictims(scope, list({ q }))).items.map((v) => v.id);

    // Failed before: the search read only the partner's own people.
    expect(await found(partnerCoordinator, surname)).toContain(person.id);
    expect(await found(partnerCoordinator, `Munira ${surname.replace("Поискова", "Poiskova")}`)).toContain(person.id);
    expect(await found(outsiderCoordinator, surname)).not.toContain(person.id);
    await db.accessGrant.update({ where: { id: grant.id }, data: { revokedAt: new Date() } });
    expect(await found(partnerCoordinator, surname)).not.toContain(person.id);
    expect(await found(ownerCoordinator, surname)).toContain(person.id);
  });
});

describe("list, search and board views are audited with the people they showed (#14.9)", () => {
  it("writes one event per view naming the people shown", async () => {
    const owner = await organisation("owner");
    const coordinator = await owner.as("COORDINATOR");
    const a = await register(coordinator, { givenName: "Гульнора", familyName: "Auditova" });
    const b = await register(coordinator, { givenName: "Zarina", familyName: "Auditova" });
    await listVictims(coordinator, list());
    await listVictims(coordinator, list({ q: "Auditova" }));
    const shelter = await createShelter(
      coordinator,
      createShelterSchema.parse({
        name: `Audit ${owner.org.code}`,
        city: "Almaty",
        countryCode: "KZ",
        population: "WOMEN",
        capacity: 2,
      }),
    );
    await admitToShelter(coordinator, shelter.id, { victimId: a.id, admittedAt: new Date() });
    await getShelterBoard(coordinator, shelter.id);
    const events = await peopleShownEvents(coordinator.userId);
    expect(events.find((e) => e.road === "victims.list")?.people.sort()).toEqual([a.id, b.id].sort());
    expect(events.find((e) => e.road === "victims.search")?.people.sort()).toEqual([a.id, b.id].sort());
    expect(events.find((e) => e.road === "shelters.board")?.people).toEqual([a.id]);
    // Never a name or the search words in the event.
    expect(JSON.stringify(events)).not.toContain("Auditova");
  });
});

describe("the duplicate check is no oracle (#14.12)", () => {
  it("is for case staff only, limited per user per hour, and audited", async () => {
    const holder = await organisation("holder");
    const asker = await organisation("asker");
    const holderCoordinator = await holder.as("COORDINATOR");
    await register(holderCoordinator, { givenName: "Oracle", familyName: "Questionova", birthDate: "1991-05-05" });
    const input = { givenName: "Oracle", familyName: "Questionova", birthDate: new Date("1991-05-05") };
    const operator = await asker.as("HOTLINE_OPERATOR");
    await expect(checkDuplicates(operator, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const worker = await asker.as("CASE_WORKER");
    const first = await checkDuplicates(worker, input);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ victimId: null, caseNumber: null, sameOrganisation: false });
    for (let i = 1; i < DUPLICATE_CHECK_LIMIT.points; i++) await checkDuplicates(worker, input);
    await expect(checkDuplicates(worker, input)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // Another user of the same organisation has a count of their own.
    expect(await checkDuplicates(await asker.as("COORDINATOR"), input)).toHaveLength(1);
    const audited = await db.auditEvent.count({
      where: { actorUserId: worker.userId, action: "victim.duplicate_check" },
    });
    expect(audited).toBe(DUPLICATE_CHECK_LIMIT.points);
  });
});
