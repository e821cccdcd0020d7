// A data-subject request on real PostgreSQL (issue 20, decision 0033): the export holds everything
// on the person and nobody else's data; an erasure leaves none of the person's data in any table,
// search key or file, and the record still counts; a legal hold stops the erasure and retention;
// no one but the own organisation's coordinator reaches any of it; each step is on the trail.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { callInput, createOrganisation, createUser, scopeOf, unique } from "@/tests/support/factories";
import { encryptField, decryptField, fieldContext } from "@/lib/crypto";
import { createHotlineCall } from "@/lib/hotline/mutations";
import { createHotlineCallSchema } from "@/lib/hotline/schema";
import { linkPersonToCall, registerVictim } from "@/lib/victims/mutations";
import { registerVictimSchema } from "@/lib/victims/schema";
import { addCaseNote, closeCase } from "@/lib/casework/mutations";
import { documentSchema } from "@/lib/documents/schema";
import { createDocument } from "@/lib/documents/mutations";
import { createAttachment } from "@/lib/attachments/mutations";
import { labourClaimSchema } from "@/lib/labour-claims/schema";
import { createLabourClaim } from "@/lib/labour-claims/mutations";
import { proceedingSchema } from "@/lib/proceedings/schema";
import { createProceeding } from "@/lib/proceedings/mutations";
import { createPerpetratorSchema } from "@/lib/perpetrators/schema";
import { createPerpetrator, linkPerpetratorToPerson } from "@/lib/perpetrators/mutations";
import { applyRetention, updateRetentionSettings } from "@/lib/retention/mutations";
import { erasePerson, liftLegalHold, setLegalHold } from "./mutations";
import { getSubjectExport } from "./data";

const DAY = 86_400_000;
type TestScope = ReturnType<typeof scopeOf>;

async function member(organisationId: string, role: "COORDINATOR" | "CASE_WORKER" | "ANALYST" | "ORG_ADMIN") {
  return scopeOf(await createUser({ organisationId, role }), role, organisationId);
}

function person(scope: TestScope, fields: Record<string, unknown>) {
  return registerVictim(
    scope,
    registerVictimSchema.parse({
      sex: "FEMALE",
      citizenships: ["TJ"],
      identifiedOn: "2024-03-10",
      identifiedBy: "HOTLINE",
      ...fields,
    }),
  );
}

/** Every table whose clear columns hold `text` anywhere (the whole row as text). */
async function tablesHolding(text: string): Promise<string[]> {
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
  const found: string[] = [];
  for (const { table_name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "${table_name}" t WHERE t::text ILIKE '%' || $1 || '%'`,
      text,
    );
    if (row && row.n > 0n) found.push(table_name);
  }
  return found;
}

/** A person with something in every place that can hold their data, and a co-worker beside them. */
async function setUp() {
  const stamp = unique("dsr").replace(/-/g, "");
  const org = await createOrganisation("subject");
  const other = await createOrganisation("subject-other");
  const coordinator = await member(org.id, "COORDINATOR");
  const secret = {
    family: `Rahmonova${stamp}`,
    phone: "+79161234567",
    narrative: `Held in a flat in Podolsk ${stamp}`,
    note: `Called her sister in Kulob ${stamp}`,
    passport: `400${stamp.slice(-6).replace(/\D/g, "7")}`,
    fileName: `zebo-passport-${stamp}.pdf`,
    blob: `blob-${stamp}`,
    summary: `Zebo ${stamp} asks for help leaving Podolsk`,
    coworker: `Coworker${stamp}`,
    recruiter: `Recruiter${stamp}`,
    employer: `Employer${stamp}`,
    closure: `Returned to Kulob ${stamp}`,
    referral: `Needs a lawyer for ${stamp}`,
    exit: `Went to her aunt ${stamp}`,
    place: `Podolsk brick kiln ${stamp}`,
    placement: `Woman of 30 from Kulob ${stamp}`,
  };
  const zebo = await person(coordinator, {
    givenName: "Зебо",
    familyName: secret.family,
    birthDate: "1994-06-01",
    documentNumber: secret.passport.replace(/^400/, "500"),
  });
  // The profile's contact data and account, as the profile form stores them.
  const sealedOn = (column: string, value: string) => encryptField(value, fieldContext("victims", column, zebo.id));
  await db.victim.update({
    where: { id: zebo.id },
    data: {
      phoneEncrypted: sealedOn("phone_encrypted", secret.phone),
      addressEncrypted: sealedOn("address_encrypted", `Kulob, Lenin street 5 ${stamp}`),
      narrativeEncrypted: sealedOn("narrative_encrypted", secret.narrative),
      placeOfOrigin: `Kulob ${stamp}`,
    },
  });
  const coworker = await person(coordinator, { givenName: "Нигора", familyName: secret.coworker, estimatedAge: 41 });
  await addCaseNote(coordinator, zebo.id, { occurredOn: new Date("2024-03-11"), text: secret.note });
  const passport = await createDocument(
    coordinator,
    zebo.id,
    documentSchema.parse({ type: "PASSPORT", number: secret.passport, holder: "EMPLOYER" }),
  );
  await createAttachment(
    coordinator,
    { parentType: "DOCUMENT", parentId: passport.id },
    { name: secret.fileName, content: Buffer.from(`%PDF-1.4\n% ${secret.blob}\n%%EOF\n`) },
  );
  await createLabourClaim(
    coordinator,
    zebo.id,
    labourClaimSchema.parse({
      employerName: secret.employer,
      countryCode: "RU",
      currency: "RUB",
      route: "LABOUR_INSPECTORATE",
      people: [
        { victimId: zebo.id, owed: "45000", recovered: "5000" },
        { victimId: coworker.id, owed: "30000", recovered: "0" },
      ],
    }),
  );
  await createProceeding(
    coordinator,
    zebo.id,
    proceedingSchema.parse({
      kind: "CRIMINAL",
      authority: "COURT",
      countryCode: "RU",
      caseNumber: `1-${stamp}`,
      role: "VICTIM",
      hearings: [{ heldOn: "2024-04-01", status: "HELD", note: `Podolsk court ${stamp}` }],
    }),
  );
  const recruiter = await createPerpetrator(
    coordinator,
    createPerpetratorSchema.parse({ name: secret.recruiter, roles: ["RECRUITER"], source: "VICTIM" }),
  );
  await linkPerpetratorToPerson(coordinator, zebo.id, { perpetratorId: recruiter.id, guardian: false });
  const call = await createHotlineCall(
    coordinator,
    createHotlineCallSchema.parse(
      callInput({
        confirmUnusualTime: true,
        callerPhone: "+79169998877",
        callerPlace: secret.place,
        summary: secret.summary,
      }),
    ),
    { source: "api", defaultCountry: "UZ" },
  );
  await linkPersonToCall(coordinator, call.id, zebo.id);
  // Free text in the other places that can name her, written as the tables' owner.
  await db.referral.create({
    data: {
      victimId: zebo.id,
      fromOrganisationId: org.id,
      toOrganisationId: other.id,
      status: "DECLINED",
      reason: secret.referral,
      decisionReason: `No lawyer free for ${stamp}`,
      createdById: coordinator.userId,
    },
  });
  const shelter = await db.shelter.create({
    data: {
      organisationId: org.id,
      name: unique("Shelter"),
      city: "Tashkent",
      countryCode: "UZ",
      population: "WOMEN",
      capacity: 4,
    },
  });
  const stay = await db.shelterStay.create({
    data: {
      shelterId: shelter.id,
      victimId: zebo.id,
      admittedAt: new Date("2024-03-12T09:00:00Z"),
      dischargedAt: new Date("2024-05-01T09:00:00Z"),
      exitReason: secret.exit,
      referredBy: `Police officer ${stamp}`,
      createdById: coordinator.userId,
    },
  });
  await db.placementRequest.create({
    data: {
      shelterId: shelter.id,
      fromOrganisationId: org.id,
      victimId: zebo.id,
      status: "DECLINED",
      note: secret.placement,
      declineReason: `No bed for ${stamp}`,
      requestedById: coordinator.userId,
    },
  });
  const incident = await db.stayIncident.create({
    data: { stayId: stay.id, occurredAt: new Date("2024-04-01T10:00:00Z"), descriptionEncrypted: "pending" },
  });
  await db.stayIncident.update({
    where: { id: incident.id },
    data: {
      descriptionEncrypted: encryptField(
        `Zebo ${stamp} was threatened by phone`,
        fieldContext("stay_incidents", "description_encrypted", incident.id),
      ),
    },
  });
  const repatriation = await db.repatriation.create({
    data: {
      victimId: zebo.id,
      sendingOrganisationId: org.id,
      receivingOrganisationId: other.id,
      sendingCountry: "RU",
      receivingCountry: "TJ",
      status: "CLOSED",
      endReason: `Arrived in Kulob ${stamp}`,
      createdById: coordinator.userId,
    },
  });
  await db.repatriation.update({
    where: { id: repatriation.id },
    data: {
      riskNotesEncrypted: encryptField(
        `Her husband ${stamp} sold her`,
        fieldContext("repatriations", "risk_notes_encrypted", repatriation.id),
      ),
    },
  });
  const task = await db.repatriationTask.create({
    data: {
      repatriationId: repatriation.id,
      status: "REINTEGRATION",
      title: "",
      assigneeSide: "RECEIVING",
      createdById: coordinator.userId,
      noteEncrypted: "pending",
    },
  });
  await db.repatriationTask.update({
    where: { id: task.id },
    data: {
      noteEncrypted: encryptField(`Visited ${stamp}`, fieldContext("repatriation_tasks", "note_encrypted", task.id)),
    },
  });
  // The home partner's follow-up: its record, which the person's organisation may read but not
  // write (decision 0031); erasure must not fail on it (review of issue 20).
  await db.reintegrationFollowUp.create({
    data: {
      repatriationId: repatriation.id,
      taskId: task.id,
      month: 1,
      conductedOn: new Date("2026-05-01"),
      answersEncrypted: "{}",
      economicScore: 0.5,
      socialScore: 0.5,
      psychosocialScore: 0.5,
      overallScore: 0.5,
      recordedById: coordinator.userId,
    },
  });
  const unlock = await db.breakGlassAccess.create({
    data: {
      victimId: zebo.id,
      organisationId: org.id,
      userId: coordinator.userId,
      reasonEncrypted: "pending",
      expiresAt: new Date(Date.now() - DAY),
    },
  });
  await db.breakGlassAccess.update({
    where: { id: unlock.id },
    data: {
      reasonEncrypted: encryptField(
        `Her cousin ${stamp} works here`,
        fieldContext("break_glass_accesses", "reason_encrypted", unlock.id),
      ),
    },
  });
  await db.victim.update({
    where: { id: zebo.id },
    data: { closureReason: secret.closure, traffickingStatusDecidedBy: `Judge ${stamp}` },
  });
  return { org, other, coordinator, zebo, coworker, secret, stamp, call, stay, incident, repatriation, task, unlock };
}

describe("a data-subject request", () => {
  it("exports everything held on the person, decrypted, and no co-worker's or perpetrator's name; audited", async () => {
    const { coordinator, zebo, secret } = await setUp();
    const { data } = await getSubjectExport(coordinator, zebo.id, "file");
    const text = JSON.stringify(data);
    for (const held of [
      secret.family,
      secret.phone,
      secret.narrative,
      secret.note,
      secret.passport,
      secret.fileName,
      secret.summary,
    ])
      expect(text).toContain(held);
    expect(data.labourClaims).toHaveLength(1);
    expect(data.labourClaims[0]).toMatchObject({ currency: "RUB" });
    expect(data.perpetratorLinks).toHaveLength(1);
    for (const others of [secret.coworker, secret.recruiter, secret.employer, secret.blob])
      expect(text).not.toContain(others);
    const audit = await db.auditEvent.findFirst({
      where: { action: "victim.subject_export", recordId: zebo.id },
      select: { actorUserId: true, details: true },
    });
    expect(audit).toEqual({ actorUserId: coordinator.userId, details: { via: "file" } });
  });

  it("erases the person from every table, search key and file, and the record still counts", async () => {
    const { org, other, coordinator, zebo, coworker, secret, stamp, call, stay, incident, repatriation, task, unlock } =
      await setUp();
    await closeCase(coordinator, zebo.id, { status: "CLOSED", reason: secret.closure });
    const counted = () =>
      db.victim.count({ where: { organisationId: org.id, sex: "FEMALE", citizenships: { has: "TJ" } } });
    const before = await counted();
    const fileIds = (await db.attachment.findMany({ where: { victimId: zebo.id }, select: { id: true } })).map(
      (f) => f.id,
    );
    expect(await db.attachmentBlob.count({ where: { id: { in: fileIds } } })).toBe(1);

    await expect(erasePerson(coordinator, zebo.id, { caseNumber: "XXX-0000" })).rejects.toMatchObject({
      code: "INVALID",
      fields: { caseNumber: "errors.caseNumberMismatch" },
    });
    const grant = await db.accessGrant.create({
      data: {
        recordType: "VICTIM",
        recordId: zebo.id,
        ownerOrganisationId: org.id,
        granteeOrganisationId: other.id,
        scope: "MINIMAL",
        reason: "test",
        grantedById: coordinator.userId,
      },
    });
    const result = await erasePerson(coordinator, zebo.id, { caseNumber: zebo.caseNumber.toLowerCase() });
    // The partner's view ends with the person's data.
    expect(await db.accessGrant.findUniqueOrThrow({ where: { id: grant.id } })).toMatchObject({
      revokedAt: expect.any(Date),
      revokeReason: "person.erased",
    });
    expect(result).toMatchObject({ caseNumber: zebo.caseNumber, notes: 1, documents: 1, files: 1, calls: 1 });

    // Nothing of hers in clear anywhere in the database (her names, phone, document number, file
    // name, the free text typed about her), whatever the table.
    for (const gone of [
      secret.family,
      secret.phone,
      secret.passport,
      secret.fileName,
      secret.closure,
      secret.referral,
      secret.exit,
      secret.place,
      secret.placement,
    ])
      expect(await tablesHolding(gone), gone).toEqual([]);
    // The stamp is in every text written about her; beyond the erased record it stays only in other
    // people's own records: the co-worker's (and, folded, its search key) and the recruiter's.
    const stillStamped = await tablesHolding(stamp);
    expect(stillStamped).toContain("victims");
    expect(stillStamped.filter((t) => !["victims", "victim_search_keys", "perpetrators"].includes(t))).toEqual([]);
    // The co-worker's record is the one person that still carries the stamp, in any column.
    const [stampedPeople] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM victims t WHERE t::text ILIKE '%' || ${stamp} || '%'`;
    expect(stampedPeople?.n).toBe(1n);
    expect(await db.victim.count({ where: { familyName: { contains: stamp } } })).toBe(1);
    expect(await db.victimSearchKey.count({ where: { key: { contains: stamp.toLowerCase() } } })).toBe(
      await db.victimSearchKey.count({ where: { victimId: coworker.id, key: { contains: stamp.toLowerCase() } } }),
    );
    expect(await db.victim.count({ where: { id: coworker.id, familyName: secret.coworker } })).toBe(1);

    const row = await db.victim.findFirstOrThrow({ where: { id: zebo.id } });
    expect(row).toMatchObject({
      caseNumber: zebo.caseNumber,
      givenName: "—",
      familyName: "",
      birthDate: null,
      // Born 1 June 1994, identified 10 March 2024: the age band still counts her at 29.
      estimatedAge: 29,
      phoneEncrypted: null,
      addressEncrypted: null,
      documentNumberEncrypted: null,
      documentNumberHash: null,
      narrativeEncrypted: null,
      placeOfOrigin: null,
      closureReason: null,
      traffickingStatusDecidedBy: null,
      sex: "FEMALE",
      citizenships: ["TJ"],
      status: "CLOSED",
    });
    expect(row.anonymisedAt).not.toBeNull();
    expect(await counted()).toBe(before);

    // Each table directly: gone, or cleared, or sealed as a dash.
    expect(await db.victimSearchKey.count({ where: { victimId: zebo.id } })).toBe(0);
    expect(await db.caseNote.count({ where: { victimId: zebo.id } })).toBe(0);
    expect(await db.personDocument.count({ where: { victimId: zebo.id } })).toBe(0);
    expect(await db.attachment.count({ where: { victimId: zebo.id } })).toBe(0);
    // The file's content (kept in PostgreSQL here; an object store's is swept after the commit).
    expect(await db.attachmentBlob.count({ where: { id: { in: fileIds } } })).toBe(0);
    expect(await db.legalProceeding.count({ where: { victimId: zebo.id } })).toBe(0);
    expect(await db.labourClaimPerson.count({ where: { victimId: zebo.id } })).toBe(0);
    expect(await db.labourClaimPerson.count({ where: { victimId: coworker.id } })).toBe(1);
    expect(await db.task.count({ where: { victimId: zebo.id } })).toBe(0);
    expect(await db.referral.findFirstOrThrow({ where: { victimId: zebo.id } })).toMatchObject({
      reason: "—",
      decisionReason: null,
    });
    expect(await db.shelterStay.findFirstOrThrow({ where: { id: stay.id } })).toMatchObject({
      exitReason: null,
      referredBy: null,
      healthNotesEncrypted: null,
      dischargedAt: new Date("2024-05-01T09:00:00Z"),
    });
    const sealed = await db.stayIncident.findFirstOrThrow({ where: { id: incident.id } });
    expect(
      decryptField(sealed.descriptionEncrypted, fieldContext("stay_incidents", "description_encrypted", incident.id)),
    ).toBe("—");
    expect(await db.repatriation.findFirstOrThrow({ where: { id: repatriation.id } })).toMatchObject({
      status: "CLOSED",
      receivingCountry: "TJ",
      riskNotesEncrypted: null,
      endReason: null,
    });
    expect((await db.repatriationTask.findFirstOrThrow({ where: { id: task.id } })).noteEncrypted).toBeNull();
    const reason = (await db.breakGlassAccess.findFirstOrThrow({ where: { id: unlock.id } })).reasonEncrypted;
    expect(decryptField(reason, fieldContext("break_glass_accesses", "reason_encrypted", unlock.id))).toBe("—");
    expect(await db.hotlineCall.findFirstOrThrow({ where: { id: call.id } })).toMatchObject({
      summaryEncrypted: null,
      summaryTokens: [],
      callerPhoneEncrypted: null,
      callerPhoneHash: null,
      callerPlace: null,
    });
    // The call still counts (its type, topics and date stay), marked anonymised.
    expect((await db.hotlineCall.findFirstOrThrow({ where: { id: call.id } })).anonymisedAt).not.toBeNull();

    const erased = await db.auditEvent.findFirstOrThrow({ where: { action: "victim.erase", recordId: zebo.id } });
    expect(erased).toMatchObject({
      actorUserId: coordinator.userId,
      details: { notes: 1, documents: 1, files: 1, calls: 1 },
    });
    // A second erasure finds nothing to do.
    await expect(erasePerson(coordinator, zebo.id, { caseNumber: zebo.caseNumber })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "errors.personAnonymised",
    });
  });

  it("refuses an erasure under a legal hold, with an open shelter stay or a live return home, and says which", async () => {
    const org = await createOrganisation("subject-refused");
    const other = await createOrganisation("subject-refused-other");
    const coordinator = await member(org.id, "COORDINATOR");
    const held = await person(coordinator, { givenName: "Зебо", familyName: unique("Held"), estimatedAge: 30 });
    await setLegalHold(coordinator, held.id, { reason: "Criminal case 1-118/2024, Podolsk court" });
    const stored = await db.victim.findFirstOrThrow({ where: { id: held.id } });
    expect(stored.legalHoldById).toBe(coordinator.userId);
    expect(stored.legalHoldReasonEncrypted).not.toContain("Podolsk");
    expect(
      decryptField(stored.legalHoldReasonEncrypted!, fieldContext("victims", "legal_hold_reason_encrypted", held.id)),
    ).toBe("Criminal case 1-118/2024, Podolsk court");
    await expect(erasePerson(coordinator, held.id, { caseNumber: held.caseNumber })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "errors.legalHold",
    });
    expect((await db.victim.findFirstOrThrow({ where: { id: held.id } })).anonymisedAt).toBeNull();
    await liftLegalHold(coordinator, held.id);
    await expect(liftLegalHold(coordinator, held.id)).rejects.toMatchObject({ messageKey: "errors.noLegalHold" });
    expect(
      await db.auditEvent.findMany({
        where: { recordId: held.id, action: { startsWith: "victim.legal_hold" } },
        orderBy: { id: "asc" },
        select: { action: true, details: true },
      }),
    ).toEqual([
      { action: "victim.legal_hold.set", details: null },
      { action: "victim.legal_hold.lift", details: null },
    ]);

    const staying = await person(coordinator, { givenName: "Нигора", familyName: unique("Staying"), estimatedAge: 30 });
    const shelter = await db.shelter.create({
      data: {
        organisationId: org.id,
        name: unique("Shelter"),
        city: "Tashkent",
        countryCode: "UZ",
        population: "WOMEN",
        capacity: 2,
      },
    });
    await db.shelterStay.create({
      data: { shelterId: shelter.id, victimId: staying.id, admittedAt: new Date(), createdById: coordinator.userId },
    });
    await expect(erasePerson(coordinator, staying.id, { caseNumber: staying.caseNumber })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "errors.openStay",
    });

    const travelling = await person(coordinator, {
      givenName: "Дилноза",
      familyName: unique("Travel"),
      estimatedAge: 30,
    });
    await db.repatriation.create({
      data: {
        victimId: travelling.id,
        sendingOrganisationId: org.id,
        receivingOrganisationId: other.id,
        sendingCountry: "RU",
        receivingCountry: "TJ",
        status: "IN_TRANSIT",
        createdById: coordinator.userId,
      },
    });
    await expect(erasePerson(coordinator, travelling.id, { caseNumber: travelling.caseNumber })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "errors.liveReturn",
    });
    for (const p of [staying, travelling])
      expect((await db.victim.findFirstOrThrow({ where: { id: p.id } })).givenName).not.toBe("—");
  });

  it("answers NOT_FOUND to another organisation's coordinator, a case worker in charge of the person and an analyst", async () => {
    const org = await createOrganisation("subject-access");
    const other = await createOrganisation("subject-access-other");
    const coordinator = await member(org.id, "COORDINATOR");
    const caseWorker = await member(org.id, "CASE_WORKER");
    const analyst = await member(org.id, "ANALYST");
    const admin = await member(org.id, "ORG_ADMIN");
    const outsider = await member(other.id, "COORDINATOR");
    const zebo = await person(caseWorker, { givenName: "Зебо", familyName: unique("Access"), estimatedAge: 30 });
    for (const actor of [outsider, caseWorker, analyst, admin]) {
      await expect(getSubjectExport(actor, zebo.id, "file")).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(setLegalHold(actor, zebo.id, { reason: "Court case" })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(liftLegalHold(actor, zebo.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(erasePerson(actor, zebo.id, { caseNumber: zebo.caseNumber })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    // A restricted record: not until the coordinator has broken the glass.
    const restricted = await person(caseWorker, {
      givenName: "Шахноза",
      familyName: unique("Restricted"),
      estimatedAge: 30,
      restricted: true,
    });
    await expect(getSubjectExport(coordinator, restricted.id, "page")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const untouched = await db.victim.findFirstOrThrow({ where: { id: zebo.id } });
    expect(untouched).toMatchObject({ legalHoldSince: null, anonymisedAt: null });
    expect(await db.auditEvent.count({ where: { recordId: zebo.id, action: { startsWith: "victim.subject" } } })).toBe(
      0,
    );
    // The coordinator reaches it.
    expect((await getSubjectExport(coordinator, zebo.id, "page")).caseNumber).toBe(zebo.caseNumber);
  });

  it("keeps retention away from a person under a legal hold, and lets it through once lifted", async () => {
    const org = await createOrganisation("subject-retention");
    const admin = await member(org.id, "ORG_ADMIN");
    const coordinator = await member(org.id, "COORDINATOR");
    const zebo = await person(coordinator, { givenName: "Зебо", familyName: unique("Retained"), estimatedAge: 30 });
    await closeCase(coordinator, zebo.id, { status: "CLOSED", reason: "Returned home" });
    await db.victim.update({ where: { id: zebo.id }, data: { closedAt: new Date(Date.now() - 3 * 365 * DAY) } });
    await updateRetentionSettings(admin, { retentionCallDays: null, retentionClosedCaseDays: 730 });
    await setLegalHold(coordinator, zebo.id, { reason: "Appeal pending" });

    await applyRetention({ dryRun: false });
    expect(await db.victim.findFirstOrThrow({ where: { id: zebo.id } })).toMatchObject({ anonymisedAt: null });

    await liftLegalHold(coordinator, zebo.id);
    await applyRetention({ dryRun: false });
    expect(await db.victim.findFirstOrThrow({ where: { id: zebo.id } })).toMatchObject({ givenName: "—" });
  });
});
