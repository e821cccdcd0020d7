// A person's legal proceedings on real PostgreSQL: written by the person's organisation with their
// hearings and links, the case number and the lawyer unreadable at rest, a stale change refused; a
// partner reads them only through a grant naming "proceedings" and never the owner's links; links
// to another organisation's records refused by the app and by the database.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { asJson, createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { dbFor } from "@/lib/db";
import type { OrgRole } from "@/lib/roles/roles";
import { registerVictimSchema } from "@/lib/victims/schema";
import { registerVictim } from "@/lib/victims/mutations";
import { recordConsent } from "@/lib/casework/mutations";
import { createReferral, decideReferral } from "@/lib/referrals/mutations";
import { createPerpetratorSchema } from "@/lib/perpetrators/schema";
import { createPerpetrator, linkPerpetratorToPerson } from "@/lib/perpetrators/mutations";
import { createSituation, linkPersonToSituation } from "@/lib/situations/mutations";
import { createSituationSchema } from "@/lib/situations/schema";
import { hearingSchema, proceedingSchema, updateHearingSchema, updateProceedingSchema } from "./schema";
import { addHearing, createProceeding, updateHearing, updateProceeding } from "./mutations";
import { listProceedings } from "./data";
import { presentProceeding } from "./present";

async function member(organisationId: string, role: OrgRole) {
  return scopeOf(await createUser({ organisationId, role }), role, organisationId);
}

async function personIn(coordinator: Awaited<ReturnType<typeof member>>) {
  const { id } = await registerVictim(
    coordinator,
    registerVictimSchema.parse({
      givenName: "Айжан",
      sex: "FEMALE",
      estimatedAge: 24,
      citizenships: ["KG"],
      identifiedOn: "2026-04-01",
      identifiedBy: "HOTLINE",
    }),
  );
  return id;
}

async function recruiterOf(coordinator: Awaited<ReturnType<typeof member>>, victimId: string) {
  const recruiter = await createPerpetrator(
    coordinator,
    createPerpetratorSchema.parse({ name: "Бакыт Осмонов", roles: ["RECRUITER"], source: "VICTIM" }),
  );
  await linkPerpetratorToPerson(coordinator, victimId, { perpetratorId: recruiter.id, guardian: false });
  return recruiter.id;
}

/** Almaty holds a woman recruited into a flat; Bishkek and Tashkent are partners. */
async function setup() {
  const [almaty, bishkek, tashkent] = await Promise.all([1, 2, 3].map(() => createOrganisation()));
  const coordinator = await member(almaty!.id, "COORDINATOR");
  const victimId = await personIn(coordinator);
  const situation = await createSituation(coordinator, createSituationSchema.parse({ countryCode: "KZ" }));
  await linkPersonToSituation(coordinator, situation.id, victimId);
  const recruiterId = await recruiterOf(coordinator, victimId);
  const caseNumber = `1275${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`;
  const lawyer = `Адвокат Сейткали ${caseNumber.slice(-4)}`;
  const proceeding = await createProceeding(
    coordinator,
    victimId,
    proceedingSchema.parse({
      kind: "CRIMINAL",
      authority: "INVESTIGATOR",
      authorityName: "Следственное управление ДП г. Алматы",
      countryCode: "kz",
      caseNumber,
      role: "VICTIM",
      lawyer,
      openedOn: "2026-04-10",
      protectionAsked: ["CLOSED_HEARING", "NO_CONFRONTATION"],
      protectionGranted: "CLOSED_HEARING",
      compensationClaimed: "2500000.50",
      compensationCurrency: "KZT",
      situationId: situation.id,
      perpetratorIds: [recruiterId],
      hearings: [
        { heldOn: "2099-06-15", timeOfDay: "10:30", note: "Допрос в суде" },
        { heldOn: "2026-04-20", status: "HELD" },
        { heldOn: "" },
      ],
    }),
  );
  return {
    almaty: almaty!,
    bishkek: bishkek!,
    tashkent: tashkent!,
    coordinator,
    victimId,
    situationId: situation.id,
    recruiterId,
    caseNumber,
    lawyer,
    proceeding,
  };
}

type Setup = Awaited<ReturnType<typeof setup>>;

/** Shares the person with an organisation through an accepted referral naming these fields. */
async function share(s: Setup, to: { id: string }, fields: ("proceedings" | "documents")[]) {
  await recordConsent(s.coordinator, s.victimId, {
    sheetLanguage: "ru",
    kind: "SHARING",
    granteeOrganisationId: to.id,
    givenOn: new Date("2026-05-02"),
    method: "WRITTEN",
  });
  const referral = await createReferral(s.coordinator, s.victimId, {
    toOrganisationId: to.id,
    reason: "legal help",
    sharedFields: fields,
  });
  const receiver = await member(to.id, "COORDINATOR");
  await decideReferral(receiver, referral.id, { decision: "ACCEPT" });
  return receiver;
}

describe("a person's legal proceedings", () => {
  it("records a case with its hearings and links, keeps the number and the lawyer encrypted, and refuses a stale change", async () => {
    const s = await setup();
    const [stored] = await db.legalProceeding.findMany({ where: { victimId: s.victimId } });
    expect(asJson(stored)).not.toContain(s.caseNumber);
    expect(asJson(stored)).not.toContain("Сейткали");
    const hearingsAtRest = await db.proceedingHearing.findMany({ where: { proceedingId: s.proceeding.id } });
    expect(asJson(hearingsAtRest)).not.toContain("Допрос");

    const [read] = (await listProceedings(s.coordinator, s.victimId))!;
    expect(read).toMatchObject({
      kind: "CRIMINAL",
      countryCode: "KZ",
      caseNumber: s.caseNumber,
      lawyer: s.lawyer,
      role: "VICTIM",
      protectionAsked: ["CLOSED_HEARING", "NO_CONFRONTATION"],
      protectionGranted: ["CLOSED_HEARING"],
      compensationClaimed: "2500000.50",
      compensationAwarded: null,
      compensationCurrency: "KZT",
      outcome: "PENDING",
      situationId: s.situationId,
      perpetratorIds: [s.recruiterId],
    });
    // The blank hearing row of the form is no hearing; the others come oldest first.
    expect(read!.hearings.map((h) => [h.status, h.timeOfDay, h.note])).toEqual([
      ["HELD", null, null],
      ["SCHEDULED", "10:30", "Допрос в суде"],
    ]);
    expect(presentProceeding(read!, "2026-06-01").nextHearing).toMatchObject({
      heldOn: "2099-06-15",
      timeOfDay: "10:30",
    });

    await addHearing(s.coordinator, s.proceeding.id, hearingSchema.parse({ heldOn: "2099-05-02", timeOfDay: "09:00" }));
    // Named through another person's address (the API's URL): not found, nothing added.
    await expect(
      addHearing(
        s.coordinator,
        s.proceeding.id,
        hearingSchema.parse({ heldOn: "2099-05-03" }),
        "00000000-0000-4000-8000-000000000000",
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    const change = (version: number) =>
      updateProceedingSchema.parse({
        kind: "CRIMINAL",
        authority: "COURT",
        countryCode: "KZ",
        caseNumber: s.caseNumber,
        role: "VICTIM",
        compensationClaimed: "2500000.50",
        compensationAwarded: "1000000",
        compensationCurrency: "KZT",
        outcome: "CONVICTION",
        outcomeOn: "2026-05-30",
        situationId: s.situationId,
        perpetratorIds: [],
        version,
      });
    await updateProceeding(s.coordinator, s.proceeding.id, change(1));
    // Read at version 1, changed since: refused, nothing changed.
    await expect(updateProceeding(s.coordinator, s.proceeding.id, change(1))).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const [after] = (await listProceedings(s.coordinator, s.victimId))!;
    expect(after).toMatchObject({
      authority: "COURT",
      outcome: "CONVICTION",
      compensationAwarded: "1000000.00",
      perpetratorIds: [],
      version: 2,
      // Unticked in the form: the lawyer and the protection are cleared too (the form sends the whole case).
      lawyer: null,
      protectionAsked: [],
    });
    expect(after!.hearings).toHaveLength(3);
    expect(
      await db.auditEvent.groupBy({
        by: ["action"],
        where: { recordId: s.victimId, action: { startsWith: "victim.proceeding" } },
        _count: true,
        orderBy: { action: "asc" },
      }),
    ).toEqual([
      { action: "victim.proceeding_add", _count: 1 },
      { action: "victim.proceeding_hearing", _count: 1 },
      { action: "victim.proceeding_update", _count: 1 },
      { action: "victim.proceedings_read", _count: 2 },
    ]);
    // The audit names ids, never the case number or the lawyer.
    const audit = await db.auditEvent.findMany({ where: { recordId: s.victimId } });
    expect(asJson(audit)).not.toContain(s.caseNumber);
    expect(asJson(audit)).not.toContain("Сейткали");
  });

  it("changes a hearing at the version read: postponed to a new date its reminder moves, held it goes; others get nothing", async () => {
    const s = await setup();
    const hearingOf = async () =>
      (await listProceedings(s.coordinator, s.victimId))![0]!.hearings.find((h) => h.status === "SCHEDULED" || h.note)!;
    const first = await hearingOf();
    const reminder = () => db.task.findFirst({ where: { kind: "HEARING", sourceId: first.id } });
    expect((await reminder())?.eventOn?.toISOString().slice(0, 10)).toBe("2099-06-15");

    const moved = updateHearingSchema.parse({
      heldOn: "2099-07-01",
      timeOfDay: "14:00",
      status: "SCHEDULED",
      note: "Перенесено: судья в отпуске",
      version: first.version,
    });
    await updateHearing(s.coordinator, first.id, moved, { proceedingId: s.proceeding.id, victimId: s.victimId });
    expect(await reminder()).toMatchObject({ status: "OPEN" });
    expect((await reminder())?.eventOn?.toISOString().slice(0, 10)).toBe("2099-07-01");
    // A change made on what was read before that one is refused, and changes nothing.
    await expect(updateHearing(s.coordinator, first.id, { ...moved, status: "CANCELLED" })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    // Another organisation, and a hearing asked for under another person's URL, find nothing.
    const outsider = await member(s.bishkek.id, "COORDINATOR");
    const held = { ...moved, status: "HELD" as const, note: "Дала показания", version: first.version + 1 };
    await expect(updateHearing(outsider, first.id, held)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const other = await personIn(s.coordinator);
    await expect(updateHearing(s.coordinator, first.id, held, { victimId: other })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    await updateHearing(s.coordinator, first.id, held);
    expect(await reminder()).toBeNull();
    const after = (await listProceedings(s.coordinator, s.victimId))![0]!.hearings.find((h) => h.id === first.id)!;
    expect(after).toMatchObject({
      status: "HELD",
      note: "Дала показания",
      timeOfDay: "14:00",
      version: first.version + 2,
    });
    // The note is sealed at rest; the audit names ids and statuses only.
    const row = await db.proceedingHearing.findUniqueOrThrow({ where: { id: first.id } });
    expect(row.noteEncrypted).not.toContain("показания");
    const audit = await db.auditEvent.findMany({
      where: { action: "victim.proceeding_hearing_update", recordId: s.victimId },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => asJson(a.details))).toEqual([
      expect.stringContaining('"moved":true'),
      expect.stringContaining('"statusBefore":"SCHEDULED"'),
    ]);
    expect(asJson(audit)).not.toContain("показания");
  });

  it("shows a partner the cases only where its grant names them, without the owner's links; an outsider nothing", async () => {
    const s = await setup();
    const withoutProceedings = await share(s, s.bishkek, ["documents"]);
    expect(await listProceedings(withoutProceedings, s.victimId)).toBeNull();
    expect(await dbFor(withoutProceedings).legalProceeding.count({ where: { victimId: s.victimId } })).toBe(0);
    expect(await dbFor(withoutProceedings).proceedingHearing.count({ where: { proceedingId: s.proceeding.id } })).toBe(
      0,
    );

    const withProceedings = await share(s, s.tashkent, ["proceedings"]);
    const [shared] = (await listProceedings(withProceedings, s.victimId))!;
    expect(shared).toMatchObject({ caseNumber: s.caseNumber, situationId: null, perpetratorIds: [] });
    expect(shared!.hearings).toHaveLength(2);
    // Row-level security holds the same: the links are the owner's alone.
    expect(await dbFor(withProceedings).proceedingPerpetrator.count({ where: { proceedingId: s.proceeding.id } })).toBe(
      0,
    );
    // The partner's reading is in the owner's trail.
    expect(
      await db.auditEvent.count({
        where: { recordId: s.victimId, action: "victim.proceedings_read", organisationId: s.almaty.id },
      }),
    ).toBeGreaterThanOrEqual(1);
    // Read only: the partner changes nothing of the owner's person.
    await expect(
      createProceeding(
        withProceedings,
        s.victimId,
        proceedingSchema.parse({ kind: "CIVIL", authority: "COURT", countryCode: "KZ", role: "CLAIMANT" }),
      ),
    ).rejects.toMatchObject({ code: "UNPROCESSABLE" });
    await expect(
      addHearing(withProceedings, s.proceeding.id, hearingSchema.parse({ heldOn: "2099-01-01" })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    const outsider = await member((await createOrganisation()).id, "COORDINATOR");
    expect(await listProceedings(outsider, s.victimId)).toBeNull();
    expect(await dbFor(outsider).legalProceeding.count({ where: { victimId: s.victimId } })).toBe(0);
    await expect(
      updateProceeding(
        outsider,
        s.proceeding.id,
        updateProceedingSchema.parse({
          kind: "CIVIL",
          authority: "COURT",
          countryCode: "KZ",
          role: "OTHER",
          version: 1,
        }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    // The owner's analyst and a case worker not on the case see no proceedings either.
    for (const role of ["ANALYST", "CASE_WORKER"] as const)
      expect(await listProceedings(await member(s.almaty.id, role), s.victimId)).toBeNull();
  });

  it("refuses to link another organisation's perpetrator or situation, in the app and in the database", async () => {
    const s = await setup();
    const other = await member(s.bishkek.id, "COORDINATOR");
    const theirPerson = await personIn(other);
    const theirRecruiter = await recruiterOf(other, theirPerson);
    const theirSituation = await createSituation(other, createSituationSchema.parse({ countryCode: "KG" }));
    await linkPersonToSituation(other, theirSituation.id, theirPerson);
    const base = { kind: "CRIMINAL", authority: "POLICE", countryCode: "KZ", role: "WITNESS" };

    await expect(
      createProceeding(
        s.coordinator,
        s.victimId,
        proceedingSchema.parse({ ...base, perpetratorIds: [theirRecruiter] }),
      ),
    ).rejects.toMatchObject({ code: "INVALID", fields: { perpetratorIds: "errors.invalidChoice" } });
    await expect(
      createProceeding(s.coordinator, s.victimId, proceedingSchema.parse({ ...base, situationId: theirSituation.id })),
    ).rejects.toMatchObject({ code: "INVALID", fields: { situationId: "errors.invalidChoice" } });
    // A record of one's own that is not the person's is refused too.
    const unrelated = await createPerpetrator(
      s.coordinator,
      createPerpetratorSchema.parse({ name: "Другой Человек", roles: ["BROKER"], source: "VICTIM" }),
    );
    await expect(
      createProceeding(s.coordinator, s.victimId, proceedingSchema.parse({ ...base, perpetratorIds: [unrelated.id] })),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect(await db.legalProceeding.count({ where: { victimId: s.victimId } })).toBe(1);

    // Written past the app, the database refuses the other organisation's records as well.
    const owner = dbFor(s.coordinator);
    await expect(
      owner.proceedingPerpetrator.create({
        data: { proceedingId: s.proceeding.id, perpetratorId: theirRecruiter, organisationId: s.almaty.id },
      }),
    ).rejects.toThrow();
    await expect(
      owner.legalProceeding.update({ where: { id: s.proceeding.id }, data: { situationId: theirSituation.id } }),
    ).rejects.toThrow();
    await expect(
      owner.legalProceeding.create({
        data: {
          victimId: theirPerson,
          organisationId: s.almaty.id,
          kind: "CIVIL",
          authority: "COURT",
          countryCode: "KG",
          role: "CLAIMANT",
          recordedById: s.coordinator.userId,
        },
      }),
    ).rejects.toThrow();
    expect(await db.proceedingPerpetrator.count({ where: { perpetratorId: theirRecruiter } })).toBe(0);
  });

  it("asks for the currency of an amount, a time as HH:MM, and exact amounts only", () => {
    const noCurrency = proceedingSchema.safeParse({
      kind: "CIVIL",
      authority: "COURT",
      countryCode: "RU",
      role: "CLAIMANT",
      compensationClaimed: "100",
    });
    expect(noCurrency.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["compensationCurrency", "errors.currencyRequired"],
    ]);
    expect(hearingSchema.safeParse({ heldOn: "2026-01-01", timeOfDay: "25:00" }).success).toBe(false);
    expect(
      proceedingSchema
        .safeParse({
          kind: "CIVIL",
          authority: "COURT",
          countryCode: "RU",
          role: "CLAIMANT",
          compensationClaimed: "100.005",
          compensationCurrency: "RUB",
        })
        .error?.issues.map((i) => i.message),
    ).toEqual(["errors.invalidAmount"]);
  });
});
