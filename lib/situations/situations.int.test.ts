// Situations on real PostgreSQL: what one records, who sees it, and how its people are shown.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { asJson, callInput, createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { createHotlineCall } from "@/lib/hotline/mutations";
import { createHotlineCallSchema } from "@/lib/hotline/schema";
import { registerVictim } from "@/lib/victims/mutations";
import { registerVictimSchema } from "@/lib/victims/schema";
import { getSituation, listSituations, listSituationsOf } from "./data";
import {
  addSituationNote,
  createSituation,
  linkCallToSituation,
  linkPersonByCaseNumber,
  linkPersonToSituation,
} from "./mutations";
import { createSituationSchema, listSituationsQuerySchema } from "./schema";

type TestScope = ReturnType<typeof scopeOf>;

async function member(organisationId: string, role: Parameters<typeof scopeOf>[1]) {
  return scopeOf(await createUser({ organisationId, role: role as never }), role, organisationId);
}

async function personOf(scope: TestScope, givenName: string, extra: Record<string, unknown> = {}) {
  const { id } = await registerVictim(
    scope,
    registerVictimSchema.parse({
      givenName,
      familyName: "Brigada",
      sex: "MALE",
      estimatedAge: 30,
      identifiedOn: "2026-11-20",
      identifiedBy: "HOTLINE",
      ...extra,
    }),
  );
  return id;
}

const brigade = (extra: Record<string, unknown> = {}) =>
  createSituationSchema.parse({
    countryCode: "RU",
    regionCode: "RU-MOS",
    place: "brick kiln outside Noginsk",
    exploitationTypes: ["FORCED_LABOUR"],
    labourSectors: ["CONSTRUCTION"],
    startedOn: "2026-06-01",
    peopleEstimated: 12,
    summary: "Twelve men from Kasbi recruited by a neighbour; passports taken, unpaid since July.",
    ...extra,
  });

describe("situations", () => {
  it("records a situation with its place and summary encrypted, numbered per organisation, audited", async () => {
    const org = await createOrganisation("situations");
    const coordinator = await member(org.id, "COORDINATOR");
    const { id, reference } = await createSituation(coordinator, brigade());
    expect(reference).toBe(`${org.code}-S-${new Date().getUTCFullYear()}-0001`);
    expect((await createSituation(coordinator, brigade())).reference).toMatch(/-0002$/);
    const stored = await db.situation.findUniqueOrThrow({ where: { id } });
    expect(asJson(stored)).not.toMatch(/Noginsk|Kasbi/);
    expect(stored).toMatchObject({ organisationId: org.id, assignedToId: coordinator.userId, status: "OPEN" });
    const shown = await getSituation(coordinator, id);
    expect(shown).toMatchObject({
      reference,
      place: "brick kiln outside Noginsk",
      summary: expect.stringContaining("Kasbi"),
      peopleEstimated: 12,
      figures: { identified: 0, inShelter: 0, returnedHome: 0 },
    });
    expect(
      await db.auditEvent.count({ where: { action: "situation.create", recordType: "SITUATION", recordId: id } }),
    ).toBe(1);
    // A country with a list of regions takes only its listed regions; others take any well-formed code.
    await expect(createSituation(coordinator, brigade({ regionCode: "RU-XYZ" }))).rejects.toMatchObject({
      code: "INVALID",
      fields: { regionCode: "errors.invalidRegion" },
    });
    await createSituation(coordinator, brigade({ countryCode: "DE", regionCode: "DE-BE" }));
  });

  it("refuses a region of another country and an end before the start", () => {
    const result = createSituationSchema.safeParse({
      countryCode: "KZ",
      regionCode: "RU-MOS",
      startedOn: "2026-06-01",
      endedOn: "2026-05-01",
    });
    expect(result.success).toBe(false);
    expect(Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]))).toEqual({
      regionCode: "errors.regionOfOtherCountry",
      endedOn: "errors.endBeforeStart",
    });
  });

  it("links many people and calls, shows the people through the visibility rule, and counts the group", async () => {
    const org = await createOrganisation("situations");
    const coordinator = await member(org.id, "COORDINATOR");
    const worker = await member(org.id, "CASE_WORKER");
    const operator = await member(org.id, "HOTLINE_OPERATOR");
    const call = await createHotlineCall(
      operator,
      createHotlineCallSchema.parse(callInput({ summary: "A brigade of twelve is held at a kiln" })),
      { source: "intake", defaultCountry: "UZ" },
    );
    // The operator names the case worker in charge.
    const { id } = await createSituation(operator, brigade({ assignedToId: worker.userId }));
    await linkCallToSituation(operator, id, call.id);
    expect((await linkCallToSituation(operator, id, call.id)).linked).toBe(false);
    const first = await personOf(coordinator, "Anvar");
    const second = await personOf(coordinator, "Bobur");
    // The worker's own case, restricted: others see "restricted" and its case number only.
    const restricted = await personOf(worker, "Jamshid", { restricted: true });
    for (const victimId of [first, second]) await linkPersonToSituation(coordinator, id, victimId);
    await linkPersonToSituation(worker, id, restricted);

    const seen = (await getSituation(coordinator, id))!;
    expect(seen.figures.identified).toBe(3);
    expect(seen.people.filter((p) => p.shown === "person").map((p) => p.id)).toEqual([first, second]);
    expect(seen.people.find((p) => p.shown === "restricted")).toMatchObject({
      id: null,
      caseNumber: expect.any(String),
    });
    expect(asJson(seen)).not.toContain("Jamshid");
    expect(seen.calls.map((c) => c.id)).toEqual([call.id]);
    // The case worker in charge sees only their own person of it, and no calls (they read none).
    const theirs = (await getSituation(worker, id))!;
    expect(theirs.people.filter((p) => p.shown === "person").map((p) => p.id)).toEqual([restricted]);
    expect(theirs.calls).toEqual([]);
    expect(theirs.callsLinked).toBe(1);
    expect((await listSituationsOf(worker, { victimId: restricted })).map((s) => s.id)).toEqual([id]);
    // A situation the worker is not in charge of is theirs to see once one of their people is in it.
    const elsewhere = await createSituation(coordinator, brigade());
    expect(await getSituation(worker, elsewhere.id)).toBeNull();
    const theirPerson = await personOf(worker, "Sardor");
    await linkPersonToSituation(coordinator, elsewhere.id, theirPerson);
    expect((await getSituation(worker, elsewhere.id))?.people.map((p) => p.id)).toEqual([theirPerson]);
    expect((await listSituationsOf(operator, { callId: call.id })).map((s) => s.id)).toEqual([id]);
    expect(
      await db.auditEvent.count({ where: { action: "people.shown", actorUserId: coordinator.userId } }),
    ).toBeGreaterThan(0);
  });

  it("shows case workers and hotline operators only their own situations, analysts none", async () => {
    const org = await createOrganisation("situations");
    const coordinator = await member(org.id, "COORDINATOR");
    const worker = await member(org.id, "CASE_WORKER");
    const operator = await member(org.id, "HOTLINE_OPERATOR");
    const analyst = await member(org.id, "ANALYST");
    const coordinators = await createSituation(coordinator, brigade());
    const operators = await createSituation(operator, brigade());
    const assigned = await createSituation(coordinator, brigade({ assignedToId: worker.userId }));
    const ids = async (scope: TestScope) =>
      (await listSituations(scope, listSituationsQuerySchema.parse({}))).items.map((s) => s.id).sort();
    expect(await ids(coordinator)).toEqual([coordinators.id, operators.id, assigned.id].sort());
    expect(await ids(worker)).toEqual([assigned.id]);
    expect(await ids(operator)).toEqual([operators.id]);
    expect(await ids(analyst)).toEqual([]);
    expect(await getSituation(worker, coordinators.id)).toBeNull();
    await expect(createSituation(analyst, brigade())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addSituationNote(worker, coordinators.id, { body: "x" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("gives another organisation nothing: 404 on read and write, and never links its person or call", async () => {
    const owner = await createOrganisation("situations");
    const other = await createOrganisation("situations");
    const coordinator = await member(owner.id, "COORDINATOR");
    const outsider = await member(other.id, "COORDINATOR");
    const { id } = await createSituation(coordinator, brigade());
    await addSituationNote(coordinator, id, { body: "The recruiter's cousin called again from Kasbi." });
    expect(await getSituation(outsider, id)).toBeNull();
    expect((await listSituations(outsider, listSituationsQuerySchema.parse({}))).items).toEqual([]);
    const theirPerson = await personOf(outsider, "Dilshod");
    await expect(linkPersonToSituation(outsider, id, theirPerson)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addSituationNote(outsider, id, { body: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The owner cannot pull the other organisation's person into its situation either.
    await expect(linkPersonToSituation(coordinator, id, theirPerson)).rejects.toMatchObject({
      code: "INVALID",
      fields: { victimId: "errors.chooseAPerson" },
    });
    const theirCall = await createHotlineCall(outsider, createHotlineCallSchema.parse(callInput()), {
      source: "intake",
      defaultCountry: "UZ",
    });
    await expect(linkCallToSituation(coordinator, id, theirCall.id)).rejects.toMatchObject({
      code: "INVALID",
      fields: { callId: "errors.chooseACall" },
    });
    // By case number: the other organisation's person is "choose a person"; the outsider gets 404.
    const { caseNumber } = await db.victim.findUniqueOrThrow({
      where: { id: theirPerson },
      select: { caseNumber: true },
    });
    await expect(linkPersonByCaseNumber(coordinator, id, caseNumber)).rejects.toMatchObject({
      code: "INVALID",
      fields: { caseNumber: "errors.chooseAPerson" },
    });
    await expect(linkPersonByCaseNumber(outsider, id, caseNumber)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const ours = await personOf(coordinator, "Rustam");
    const ourCase = await db.victim.findUniqueOrThrow({ where: { id: ours }, select: { caseNumber: true } });
    expect(await linkPersonByCaseNumber(coordinator, id, ourCase.caseNumber)).toEqual({ linked: true });
    const notes = (await getSituation(coordinator, id))!.notes;
    expect(notes.map((n) => n.body)).toEqual(["The recruiter's cousin called again from Kasbi."]);
    expect(asJson(await db.situationNote.findMany({ where: { situationId: id } }))).not.toContain("Kasbi");
  });
  it("records a situation from a call in one write: the call linked, or nothing recorded when the call is not the actor's", async () => {
    const org = await createOrganisation("situations");
    const other = await createOrganisation("situations");
    const operator = await member(org.id, "HOTLINE_OPERATOR");
    const stranger = await member(other.id, "HOTLINE_OPERATOR");
    const call = await createHotlineCall(operator, createHotlineCallSchema.parse(callInput()), {
      source: "intake",
      defaultCountry: "UZ",
    });
    const { id } = await createSituation(operator, brigade({ fromCallId: call.id }));
    expect((await getSituation(operator, id))!.calls.map((c) => c.id)).toEqual([call.id]);
    const theirs = await createHotlineCall(stranger, createHotlineCallSchema.parse(callInput()), {
      source: "intake",
      defaultCountry: "UZ",
    });
    const before = await db.situation.count({ where: { organisationId: org.id } });
    await expect(createSituation(operator, brigade({ fromCallId: theirs.id }))).rejects.toMatchObject({
      code: "INVALID",
    });
    expect(await db.situation.count({ where: { organisationId: org.id } })).toBe(before);
  });
});
