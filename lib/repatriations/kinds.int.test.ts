// The kinds of return on a real database (decision 0030): a return one organisation works alone
// with a counterpart outside Tumar (its case worker too, for a person assigned to them), a
// deportation the home organisation meets, and a person who decides to stay.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { consentAll, setup } from "@/tests/support/repatriations";
import { registerVictimSchema } from "@/lib/victims/schema";
import { registerVictim } from "@/lib/victims/mutations";
import { recordConsent } from "@/lib/casework/mutations";
import { createCounterpart } from "@/lib/counterparts/mutations";
import { createCounterpartSchema } from "@/lib/counterparts/schema";
import { createRepatriation, postMessage, transitionRepatriation, updateStep } from "./mutations";
import { handToPartner } from "./partner";
import { getRepatriation, listMessages, listRepatriations } from "./data";
import { getRepatriationFigures } from "./figures";

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function organisationWithStaff() {
  const org = await createOrganisation("alone");
  const member = async (role: "COORDINATOR" | "CASE_WORKER" | "ORG_ADMIN") =>
    scopeOf(await createUser({ organisationId: org.id, role }), role, org.id);
  return { org, coordinator: await member("COORDINATOR"), worker: await member("CASE_WORKER"), member };
}

async function personOf(scope: ReturnType<typeof scopeOf>, familyName: string) {
  return registerVictim(
    scope,
    registerVictimSchema.parse({
      givenName: "Фарида",
      familyName,
      sex: "FEMALE",
      estimatedAge: 24,
      citizenships: ["AF"],
      identifiedOn: "2026-05-01",
      identifiedBy: "NGO_OUTREACH",
    }),
  );
}

describe("a return worked alone with a counterpart outside Tumar", () => {
  it("lets the assigned case worker work every step alone, shares nothing inside Tumar, and keeps the overrides to a coordinator", async () => {
    const { org, coordinator, worker, member } = await organisationWithStaff();
    const iom = await createCounterpart(
      coordinator,
      createCounterpartSchema.parse({ name: "IOM Kabul", countryCode: "AF", type: "IOM", phone: "+93 20 000 0000" }),
    );
    // The case worker's own person (a case worker's record is assigned to them).
    const { id: victimId } = await personOf(worker, "Ахмади");
    const { id } = await createRepatriation(worker, { victimId, counterpartId: iom.id });
    const stored = await db.repatriation.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      kind: "ASSISTED",
      sendingOrganisationId: org.id,
      receivingOrganisationId: org.id,
      receivingCountry: "AF",
      counterpartId: iom.id,
      counterpartSide: "RECEIVING",
    });

    // Telling IOM about her needs her consent naming IOM, not an organisation's.
    await recordConsent(worker, victimId, {
      sheetLanguage: "ru",
      kind: "RETURN",
      givenOn: new Date(),
      method: "WRITTEN",
    });
    await expect(transitionRepatriation(worker, id, { to: "REQUESTED" })).rejects.toMatchObject({
      messageKey: "errors.noSharingConsent",
    });
    await recordConsent(worker, victimId, {
      sheetLanguage: "ru",
      kind: "SHARING",
      granteeCounterpartId: iom.id,
      givenOn: new Date(),
      method: "WRITTEN",
    });
    await transitionRepatriation(worker, id, { to: "REQUESTED" });
    // The counterpart's part is recorded by the organisation itself: IOM agreed.
    await transitionRepatriation(worker, id, { to: "ACCEPTED" });
    await transitionRepatriation(worker, id, { to: "RISK_ASSESSMENT" });
    await updateStep(worker, id, {
      riskOutcome: "SAFE_WITH_SUPPORT",
      risksOnReturn: ["COMMUNITY_DANGER"],
      exitConditions: ["FINES"],
    });
    await expect(
      updateStep(worker, id, { exitOverride: "The fine will be paid at the airport by IOM" }),
    ).rejects.toMatchObject({ fields: { exitOverride: "errors.repatriationWrongSide" } });
    await transitionRepatriation(worker, id, { to: "TRAVEL_DOCUMENTS" });
    const file = (await getRepatriation(worker, id))!;
    expect(file).toMatchObject({ alone: true, sides: ["SENDING", "RECEIVING"], counterpart: { name: "IOM Kabul" } });
    expect(file.nextMoves).toEqual(["TRAVEL_PLANNED", "STAYS", "CANCELLED"]);
    // The organisation's administrator reads the case and is offered no move and no step form.
    const admin = await member("ORG_ADMIN");
    expect(await getRepatriation(admin, id)).toMatchObject({ nextMoves: [], editableFields: [] });
    // A coordinator decides the travel may be planned while the fine is open.
    await updateStep(coordinator, id, { exitOverride: "The fine will be paid at the airport by IOM" });
    expect((await getRepatriation(worker, id))!.record).toMatchObject({ exitConditions: ["FINES"] });

    // Nothing of it reached another organisation: no grant, no notice.
    expect(await db.accessGrant.count({ where: { recordId: victimId } })).toBe(0);
    expect(await db.notification.count({ where: { repatriationId: id } })).toBe(0);
    // Another case worker of the organisation, not assigned to her, does not find the case.
    const colleague = await member("CASE_WORKER");
    expect(await getRepatriation(colleague, id)).toBeNull();
    expect((await listRepatriations(colleague, {})).items.map((r) => r.id)).not.toContain(id);
    expect((await listRepatriations(worker, {})).items.map((r) => r.id)).toEqual([id]);
    // Nor does any other organisation.
    const other = await organisationWithStaff();
    expect(await getRepatriation(other.coordinator, id)).toBeNull();
    await expect(transitionRepatriation(other.coordinator, id, { to: "CANCELLED", reason: "x" })).rejects.toMatchObject(
      { code: "NOT_FOUND" },
    );
  });

  it("takes a counterpart only from the organisation's own directory, and leaves partner cases to coordinators", async () => {
    const { coordinator, worker } = await organisationWithStaff();
    const local = await createCounterpart(
      coordinator,
      createCounterpartSchema.parse({ name: "Ministry at home", countryCode: "UZ", type: "GOVERNMENT" }),
    );
    const other = await organisationWithStaff();
    const theirs = await createCounterpart(
      other.coordinator,
      createCounterpartSchema.parse({ name: "Embassy elsewhere", countryCode: "TR", type: "EMBASSY_CONSULATE" }),
    );
    const { id: victimId } = await personOf(worker, "Хакими");
    await expect(createRepatriation(worker, { victimId, counterpartId: theirs.id })).rejects.toMatchObject({
      fields: { counterpartId: "errors.unknownCounterpart" },
    });
    // A counterpart in the organisation's own country is no other side of a return home.
    await expect(createRepatriation(worker, { victimId, counterpartId: local.id })).rejects.toMatchObject({
      fields: { counterpartId: "errors.counterpartSameCountry" },
    });
    // The database refuses another organisation's counterpart even where the app would not ask.
    const draft = await createRepatriation(coordinator, { victimId, kind: "DEPORTATION", fromCountry: "RU" });
    await expect(
      db.repatriation.update({
        where: { id: draft.id },
        data: { counterpartId: theirs.id, counterpartSide: "SENDING" },
      }),
    ).rejects.toThrow();
    expect((await db.repatriation.findUniqueOrThrow({ where: { id: draft.id } })).counterpartId).toBeNull();
    // Nor may a consent name another organisation's counterpart, however it is written.
    await expect(
      db.victimConsent.create({
        data: {
          victimId,
          kind: "SHARING",
          granteeCounterpartId: theirs.id,
          givenOn: new Date(),
          method: "WRITTEN",
          recordedById: worker.userId,
        },
      }),
    ).rejects.toThrow();
    expect(await db.victimConsent.count({ where: { granteeCounterpartId: theirs.id } })).toBe(0);
    await expect(
      recordConsent(worker, victimId, {
        sheetLanguage: "ru",
        kind: "SHARING",
        granteeCounterpartId: theirs.id,
        givenOn: new Date(),
        method: "WRITTEN",
      }),
    ).rejects.toMatchObject({ fields: { granteeCounterpartId: "errors.unknownCounterpart" } });
    // Between two organisations the coordinators work the case.
    await expect(createRepatriation(worker, { victimId, receivingOrganisationId: other.org.id })).rejects.toMatchObject(
      { code: "NOT_FOUND" },
    );
    await expect(
      createRepatriation(coordinator, { victimId, receivingOrganisationId: other.org.id }),
    ).resolves.toHaveProperty("id");
  });
});

describe("a counterpart case handed to a partner that joined Tumar", () => {
  it("moves the home side to the partner with the person's consent, shares through a grant from then on, and tells it", async () => {
    const { org, coordinator } = await organisationWithStaff();
    // The organisation works in Kazakhstan; the NGO is in Uzbekistan, where the partner joined.
    await db.organisation.update({ where: { id: org.id }, data: { countryCode: "KZ" } });
    const partner = await organisationWithStaff();
    const ngo = await createCounterpart(
      coordinator,
      createCounterpartSchema.parse({ name: "Home NGO before it joined", countryCode: "UZ", type: "NGO" }),
    );
    const { id: victimId } = await personOf(coordinator, "Турсунова");
    const { id } = await createRepatriation(coordinator, { victimId, counterpartId: ngo.id });
    await recordConsent(coordinator, victimId, {
      sheetLanguage: "ru",
      kind: "RETURN",
      givenOn: new Date(),
      method: "WRITTEN",
    });
    await recordConsent(coordinator, victimId, {
      sheetLanguage: "ru",
      kind: "SHARING",
      granteeCounterpartId: ngo.id,
      givenOn: new Date(),
      method: "WRITTEN",
    });
    await transitionRepatriation(coordinator, id, { to: "REQUESTED" });
    await postMessage(coordinator, id, { text: "IOM said the brother's family in Herat is unsafe" });
    const version = (await db.repatriation.findUniqueOrThrow({ where: { id } })).version;
    await expect(
      handToPartner(coordinator, id, { receivingOrganisationId: partner.org.id, version }),
    ).rejects.toMatchObject({ messageKey: "errors.noSharingConsent" });
    await recordConsent(coordinator, victimId, {
      sheetLanguage: "ru",
      kind: "SHARING",
      granteeOrganisationId: partner.org.id,
      givenOn: new Date(),
      method: "WRITTEN",
    });
    // Only a coordinator hands a case over, at the version read, to a partner in the home country.
    await expect(
      handToPartner(await partner.member("CASE_WORKER"), id, { receivingOrganisationId: partner.org.id, version }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      handToPartner(coordinator, id, { receivingOrganisationId: partner.org.id, version: version - 1 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await handToPartner(coordinator, id, { receivingOrganisationId: partner.org.id, version });
    expect(await db.repatriation.findUniqueOrThrow({ where: { id } })).toMatchObject({
      sendingOrganisationId: org.id,
      receivingOrganisationId: partner.org.id,
      counterpartId: null,
    });
    const seen = (await getRepatriation(partner.coordinator, id))!;
    expect(seen).toMatchObject({ side: "RECEIVING", alone: false, status: "REQUESTED" });
    expect(seen.person?.familyName).toBe("Турсунова");
    expect(seen.nextMoves).toEqual(["ACCEPTED", "DECLINED", "CANCELLED"]);
    // What the organisation wrote for itself while it worked alone is not the partner's to read,
    // and its directory entry is not named; what comes after the hand-over is shared.
    expect(await listMessages(partner.coordinator, id)).toEqual([]);
    expect(JSON.stringify(seen.events)).not.toContain("Home NGO");
    await postMessage(coordinator, id, { text: "Her file is with you now" });
    expect((await listMessages(partner.coordinator, id))!.map((m) => m.text)).toEqual(["Her file is with you now"]);
    expect((await listMessages(coordinator, id))!.length).toBe(2);
    expect(
      await db.notification.count({ where: { repatriationId: id, organisationId: partner.org.id } }),
    ).toBeGreaterThan(0);
    // Handed over once: it is no longer a counterpart case.
    await expect(
      handToPartner(coordinator, id, { receivingOrganisationId: partner.org.id, version: version + 1 }),
    ).rejects.toMatchObject({ messageKey: "errors.notACounterpartCase" });
  });
});

describe("a deportation the home organisation meets", () => {
  it("is announced with a date and arrival point, met on arrival, and never asks consents or 'stays'", async () => {
    const { org, coordinator } = await organisationWithStaff();
    const { id: victimId } = await personOf(coordinator, "Исмоилова");
    await expect(
      createRepatriation(coordinator, { victimId, kind: "DEPORTATION", fromCountry: org.countryCode }),
    ).rejects.toMatchObject({ fields: { fromCountry: "errors.invalidChoice" } });
    const { id } = await createRepatriation(coordinator, { victimId, kind: "DEPORTATION", fromCountry: "RU" });
    expect(await db.repatriation.findUniqueOrThrow({ where: { id } })).toMatchObject({
      kind: "DEPORTATION",
      sendingCountry: "RU",
      receivingCountry: org.countryCode,
      sendingOrganisationId: org.id,
      receivingOrganisationId: org.id,
    });
    expect((await getRepatriation(coordinator, id))!.nextMoves).toEqual(["TRAVEL_PLANNED", "HANDED_OVER", "CANCELLED"]);
    await expect(
      transitionRepatriation(coordinator, id, { to: "TRAVEL_PLANNED", travelDate: inDays(1) }),
    ).rejects.toMatchObject({ messageKey: "errors.deportationAnnouncementIncomplete" });
    await transitionRepatriation(coordinator, id, {
      to: "TRAVEL_PLANNED",
      travelDate: inDays(1),
      route: "Moscow (Domodedovo) - Tashkent",
      transport: "AIR",
      handoverPoint: "Tashkent airport, border control",
    });
    await expect(transitionRepatriation(coordinator, id, { to: "STAYS", reason: "no" })).rejects.toMatchObject({
      messageKey: "errors.repatriationNotNext",
    });
    // The reception's checklist is the home side's; nobody books tickets for a deportation.
    const tasks = await db.repatriationTask.findMany({ where: { repatriationId: id }, select: { templateKey: true } });
    expect(tasks.map((t) => t.templateKey)).toEqual(["arrangeReception"]);
    await transitionRepatriation(coordinator, id, {
      to: "HANDED_OVER",
      arrivedOn: inDays(0),
      receivedBy: "Duty caseworker at the airport",
    });
    await transitionRepatriation(coordinator, id, { to: "REINTEGRATION", supportAreas: ["HEALTH"] });
    expect(await db.repatriationTask.count({ where: { repatriationId: id, kind: "FOLLOW_UP" } })).toBe(4);
    expect(await db.accessGrant.count({ where: { recordId: victimId } })).toBe(0);
    expect((await listRepatriations(coordinator, { kind: "DEPORTATION" })).items.map((r) => r.id)).toEqual([id]);
    expect((await listRepatriations(coordinator, { kind: "ASSISTED" })).items).toEqual([]);
    // The figures filter by kind too.
    expect((await getRepatriationFigures(coordinator, { kind: "DEPORTATION" }))!.pairs).toMatchObject([
      { sendingCountry: "RU", receivingCountry: org.countryCode, total: 1 },
    ]);
    expect((await getRepatriationFigures(coordinator, { kind: "SELF_ORGANISED" }))!.pairs).toEqual([]);
  });
});

describe("a person who decides to stay", () => {
  it("ends the case as STAYS with the reason, and the home side no longer sees the person", async () => {
    const { sender, receiver, tashkent, victimId, id } = await setup();
    await consentAll(sender, victimId, tashkent.id);
    await transitionRepatriation(sender, id, { to: "REQUESTED" });
    await transitionRepatriation(receiver, id, { to: "ACCEPTED" });
    await expect(transitionRepatriation(receiver, id, { to: "STAYS", reason: "x" })).rejects.toMatchObject({
      messageKey: "errors.repatriationWrongSide",
    });
    await expect(transitionRepatriation(sender, id, { to: "STAYS" })).rejects.toMatchObject({
      messageKey: "errors.reasonRequired",
    });
    await postMessage(sender, id, { text: "She is thinking of staying with her employer" });
    await postMessage(receiver, id, { text: "Understood, we keep the place for a week" });
    await transitionRepatriation(sender, id, { to: "STAYS", reason: "She has a work permit now and stays" });
    expect(await getRepatriation(sender, id)).toMatchObject({
      status: "STAYS",
      endReason: "She has a work permit now and stays",
      nextMoves: [],
    });
    const seen = (await getRepatriation(receiver, id))!;
    expect(seen.person).toBeNull();
    // Like a decline: the home side keeps its own messages, not the sender's.
    expect((await listMessages(receiver, id))!.map((m) => m.text)).toEqual([
      "Understood, we keep the place for a week",
    ]);
    expect(await db.accessGrant.count({ where: { recordId: victimId, revokedAt: null } })).toBe(0);
    expect((await listRepatriations(sender, { open: "1" })).items.map((r) => r.id)).not.toContain(id);
  });
});
