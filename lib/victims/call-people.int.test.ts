import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { callInput, createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { createHotlineCallSchema } from "@/lib/hotline/schema";
import { createHotlineCall, voidHotlineCall } from "@/lib/hotline/mutations";
import { getHotlineCall, listHotlineCalls } from "@/lib/hotline/data";
import { listHotlineCallsQuerySchema } from "@/lib/hotline/schema";
import { createAccessGrant } from "@/lib/access/mutations";
import type { OrgScope } from "@/lib/roles/scope";
import { registerGroupFromCallSchema } from "./schema";
import { linkPersonToCall, registerGroupFromCall, registerVictim } from "./mutations";
import { findPeopleToLink } from "./data";
import { createSituation, linkCallToSituation } from "@/lib/situations/mutations";
import { createSituationSchema } from "@/lib/situations/schema";

type TestScope = ReturnType<typeof scopeOf>;

async function member(organisationId: string, role: "HOTLINE_OPERATOR" | "COORDINATOR" | "CASE_WORKER") {
  return scopeOf(await createUser({ organisationId, role }), role, organisationId);
}

async function network() {
  const org = await createOrganisation();
  const other = await createOrganisation();
  return {
    org,
    other,
    operator: await member(org.id, "HOTLINE_OPERATOR"),
    coordinator: await member(org.id, "COORDINATOR"),
    caseWorker: await member(org.id, "CASE_WORKER"),
    otherCoordinator: await member(other.id, "COORDINATOR"),
  };
}

async function logCall(scope: TestScope, overrides: Record<string, unknown> = {}) {
  const input = createHotlineCallSchema.parse(
    callInput({ confirmUnusualTime: true, personCitizenship: "UZ", ...overrides }),
  );
  return createHotlineCall(scope, input, { source: "intake", defaultCountry: "UZ" });
}

const brigade = (names: string[]) =>
  registerGroupFromCallSchema.parse({
    people: names.map((givenName, i) => ({ givenName, familyName: "Karimov", sex: "MALE", estimatedAge: 20 + i })),
    citizenship: "UZ",
  });

async function person(scope: TestScope, givenName: string) {
  return registerVictim(scope, {
    givenName,
    familyName: "Tursunova",
    patronymic: "",
    givenNameLatin: "",
    familyNameLatin: "",
    patronymicLatin: "",
    aliases: [],
    restricted: false,
    sex: "FEMALE",
    estimatedAge: 30,
    citizenships: [],
    identifiedOn: new Date("2026-05-01"),
    identifiedBy: "NGO_OUTREACH",
  });
}

describe("the people of a call", () => {
  it("registers several people from one call at once, each with a case number, all linked to the call", async () => {
    const n = await network();
    const { id: callId } = await logCall(n.operator, { actions: ["NONE"] });
    const created = await registerGroupFromCall(n.operator, callId, brigade(["Алишер", "Бахтиёр", "Jasur", "Dilshod"]));
    expect(created).toHaveLength(4);
    expect(new Set(created.map((c) => c.caseNumber)).size).toBe(4);
    const people = await db.victim.findMany({
      where: { id: { in: created.map((c) => c.id) } },
      select: { givenName: true, citizenships: true, identifiedBy: true, estimatedAge: true, organisationId: true },
      orderBy: { caseNumber: "asc" },
    });
    expect(people.map((p) => p.givenName)).toEqual(["Алишер", "Бахтиёр", "Jasur", "Dilshod"]);
    expect(people.every((p) => p.citizenships[0] === "UZ" && p.identifiedBy === "HOTLINE")).toBe(true);
    expect(people.every((p) => p.organisationId === n.org.id)).toBe(true);
    const links = await db.callPerson.findMany({ where: { callId } });
    expect(links.map((l) => l.how)).toEqual(["OPENED", "OPENED", "OPENED", "OPENED"]);
    const call = await db.hotlineCall.findUniqueOrThrow({ where: { id: callId } });
    expect(call.actions).toEqual(["CASE_OPENED"]);
    const trail = await db.auditEvent.findMany({ where: { recordId: callId, action: "hotline_call.case_opened" } });
    expect(trail).toHaveLength(4);
    // Nobody is assigned: each waits in the intake queue and the coordinator hears of each.
    expect(
      await db.notification.count({
        where: {
          userId: n.coordinator.userId,
          kind: "CASE_OPENED_FROM_CALL",
          victimId: { in: created.map((c) => c.id) },
        },
      }),
    ).toBe(4);
    // The operator sees the case numbers on the call (the organisation's own), not the records.
    expect((await getHotlineCall(n.operator, callId))?.people.map((p) => [p.caseNumber, p.id])).toEqual(
      created.map((c) => [c.caseNumber, null]),
    );
    // The coordinator's view links each record.
    expect((await getHotlineCall(n.coordinator, callId))?.people.map((p) => p.id)).toEqual(created.map((c) => c.id));
  });

  it("registers nobody when the call cannot take people: void, or another organisation's", async () => {
    const n = await network();
    const { id: callId } = await logCall(n.operator);
    const before = await db.victim.count({ where: { organisationId: { in: [n.org.id, n.other.id] } } });
    await expect(registerGroupFromCall(n.otherCoordinator, callId, brigade(["A", "B"]))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await voidHotlineCall(n.operator, callId, { reason: "logged twice by mistake", version: 1 });
    await expect(registerGroupFromCall(n.operator, callId, brigade(["A", "B"]))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.victim.count({ where: { organisationId: { in: [n.org.id, n.other.id] } } })).toBe(before);
    // An analyst has no road at all.
    const analyst = scopeOf(await createUser({ organisationId: n.org.id, role: "ANALYST" }), "ANALYST", n.org.id);
    await expect(registerGroupFromCall(analyst, callId, brigade(["A"]))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a group without an age for someone, naming the row", () => {
    const parsed = registerGroupFromCallSchema.safeParse({
      people: [
        { givenName: "A", familyName: "", sex: "MALE", estimatedAge: "30" },
        { givenName: "B", familyName: "", sex: "MALE", estimatedAge: "" },
      ],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["people.1.estimatedAge", "errors.birthDateOrAge"],
    ]);
  });

  it("links an existing record to a call once, among the people the actor may see, of the call's organisation", async () => {
    const n = await network();
    const { id: callId } = await logCall(n.operator);
    const known = await person(n.coordinator, "Гульнора");
    expect(await linkPersonToCall(n.coordinator, callId, known.id)).toEqual({ linked: 1 });
    expect(await linkPersonToCall(n.coordinator, callId, known.id)).toEqual({ linked: 0 });
    expect(await db.callPerson.findMany({ where: { callId }, select: { victimId: true, how: true } })).toEqual([
      { victimId: known.id, how: "LINKED" },
    ]);
    // A case worker may not link a record that is not theirs: "choose a person", which says nothing of it.
    const { id: secondCall } = await logCall(n.operator);
    await expect(linkPersonToCall(n.caseWorker, secondCall, known.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A record of another organisation, even one shared with it, is never linked to its calls.
    const theirs = await person(n.otherCoordinator, "Malika");
    await createAccessGrant(
      n.otherCoordinator as OrgScope,
      { type: "VICTIM", id: theirs.id, ownerOrganisationId: n.other.id },
      { granteeOrganisationId: n.org.id, scope: "MINIMAL", fields: [], reason: "referral" },
    );
    await expect(linkPersonToCall(n.coordinator, callId, theirs.id)).rejects.toMatchObject({
      code: "INVALID",
      fields: { victimId: "errors.chooseAPerson" },
    });
    // Another organisation's coordinator cannot reach the call; an operator cannot search people.
    await expect(linkPersonToCall(n.otherCoordinator, callId, theirs.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(linkPersonToCall(n.operator, callId, known.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lets a case worker read the calls about the people they may see, and only those", async () => {
    const n = await network();
    const { id: aboutTheirs } = await logCall(n.operator);
    const { id: aboutOthers } = await logCall(n.operator);
    const theirs = await person(n.caseWorker, "Nodira");
    const others = await person(n.coordinator, "Shahnoza");
    await linkPersonToCall(n.coordinator, aboutTheirs, theirs.id);
    await linkPersonToCall(n.coordinator, aboutOthers, others.id);
    expect((await getHotlineCall(n.caseWorker, aboutTheirs))?.people.map((p) => p.id)).toEqual([theirs.id]);
    expect(await getHotlineCall(n.caseWorker, aboutOthers)).toBeNull();
    const listed = await listHotlineCalls(n.caseWorker, listHotlineCallsQuerySchema.parse({ limit: 100 }), "UTC");
    expect(listed.items.map((c) => c.id)).toEqual([aboutTheirs]);
  });

  it("finds records to link by name in either alphabet or by case number, only the organisation's own", async () => {
    const n = await network();
    const mine = await person(n.coordinator, "Гульнора");
    await person(n.otherCoordinator, "Гульнора");
    expect((await findPeopleToLink(n.coordinator, "Gulnora")).map((p) => p.id)).toEqual([mine.id]);
    expect((await findPeopleToLink(n.coordinator, mine.caseNumber.toLowerCase())).map((p) => p.id)).toEqual([mine.id]);
    expect(await findPeopleToLink(n.otherCoordinator, mine.caseNumber)).toEqual([]);
    const shown = await db.auditEvent.count({
      where: { actorUserId: n.coordinator.userId, action: "people.shown" },
    });
    expect(shown).toBeGreaterThan(0);
  });
});

describe("a call's people and its situations", () => {
  it("brings the call's people into a situation recorded from it or attached to it", async () => {
    const n = await network();
    const { id: callId } = await logCall(n.operator);
    const created = await registerGroupFromCall(n.operator, callId, brigade(["Anvar", "Bobur", "Sardor", "Temur"]));
    const situation = await createSituation(
      n.operator,
      createSituationSchema.parse({ countryCode: "RU", regionCode: "RU-MOS", peopleEstimated: 12, fromCallId: callId }),
    );
    const inIt = await db.situationPerson.findMany({
      where: { situationId: situation.id },
      select: { victimId: true },
    });
    expect(inIt.map((p) => p.victimId).sort()).toEqual(created.map((c) => c.id).sort());
    // A later call about one of them, attached to the same situation, adds nobody twice.
    const { id: later } = await logCall(n.operator);
    const known = await person(n.coordinator, "Farrukh");
    await linkPersonToCall(n.coordinator, later, known.id);
    await linkPersonToCall(n.coordinator, later, created[0]!.id);
    await linkCallToSituation(n.coordinator, situation.id, later);
    expect(await db.situationPerson.count({ where: { situationId: situation.id } })).toBe(5);
    expect(await db.situationCall.count({ where: { situationId: situation.id } })).toBe(2);
  });
});
