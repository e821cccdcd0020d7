// Retention on real PostgreSQL: the dry run changes nothing, the run removes personal data from
// old calls and long-closed records only, search no longer finds the person, and both are audited.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { callInput, createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { createHotlineCall } from "@/lib/hotline/mutations";
import { registerVictim } from "@/lib/victims/mutations";
import { registerVictimSchema } from "@/lib/victims/schema";
import { closeCase } from "@/lib/casework/mutations";
import { listVictims } from "@/lib/victims/data";
import { applyRetention, updateRetentionSettings } from "./mutations";
import { getRetentionPreview } from "./data";
import { createPerpetratorSchema } from "@/lib/perpetrators/schema";
import { createPerpetrator, linkPerpetratorToPerson, linkPerpetratorToSituation } from "@/lib/perpetrators/mutations";
import { getPerpetrator, matchPerpetrators } from "@/lib/perpetrators/data";
import { createSituation } from "@/lib/situations/mutations";
import { createSituationSchema } from "@/lib/situations/schema";
import { documentSchema, legalStatusSchema, recoveryStepSchema } from "@/lib/documents/schema";
import { saveLegalStatus } from "@/lib/documents/legal-status";
import { createAttachment } from "@/lib/attachments/mutations";
import { addRecoveryStep, createDocument } from "@/lib/documents/mutations";
import { labourClaimSchema } from "@/lib/labour-claims/schema";
import { createLabourClaim } from "@/lib/labour-claims/mutations";
import { proceedingSchema } from "@/lib/proceedings/schema";
import { createProceeding } from "@/lib/proceedings/mutations";

const DAY = 86_400_000;

describe("retention", () => {
  it("anonymises old calls and long-closed records after a dry run, and leaves the rest", async () => {
    const org = await createOrganisation("retention");
    const admin = scopeOf(await createUser({ organisationId: org.id, role: "ORG_ADMIN" }), "ORG_ADMIN", org.id);
    const coordinator = scopeOf(
      await createUser({ organisationId: org.id, role: "COORDINATOR" }),
      "COORDINATOR",
      org.id,
    );
    const old = await createHotlineCall(
      coordinator,
      callInput({
        receivedAt: new Date(Date.now() - 400 * DAY),
        callerPhone: "+998901112233",
        callerCountry: "RU",
        callerRegion: "RU-MOS",
        callerPlace: "Noginsk, the brick kiln",
      }) as never,
      { source: "api", defaultCountry: "UZ" },
    );
    const recent = await createHotlineCall(
      coordinator,
      callInput({ receivedAt: new Date(Date.now() - 10 * DAY), callerPhone: "+998901112233" }) as never,
      { source: "api", defaultCountry: "UZ" },
    );
    const person = await registerVictim(
      coordinator,
      registerVictimSchema.parse({
        givenName: "Зебо",
        familyName: "Рахмонова",
        sex: "FEMALE",
        estimatedAge: 30,
        citizenships: ["TJ"],
        identifiedOn: "2020-01-10",
        identifiedBy: "HOTLINE",
        narrative: "Held in a flat in Podolsk",
      }),
    );
    const open = await registerVictim(
      coordinator,
      registerVictimSchema.parse({
        givenName: "Зебо",
        familyName: "Рахмонова",
        sex: "FEMALE",
        estimatedAge: 30,
        identifiedOn: "2020-01-10",
        identifiedBy: "HOTLINE",
      }),
    );
    const passport = await createDocument(
      coordinator,
      person.id,
      documentSchema.parse({ type: "PASSPORT", number: "400123456", holder: "EMPLOYER" }),
    );
    await addRecoveryStep(
      coordinator,
      passport.id,
      recoveryStepSchema.parse({ kind: "POLICE_REPORT", takenOn: "2020-01-11", note: "Podolsk police" }),
    );
    await saveLegalStatus(
      coordinator,
      person.id,
      legalStatusSchema.parse({ countryCode: "RU", removal: "DEPORTATION", removalDecidedOn: "2020-01-09" }),
    );
    const scan = await createAttachment(
      coordinator,
      { parentType: "DOCUMENT", parentId: passport.id },
      { name: "passport scan.pdf", content: Buffer.from("%PDF-1.4\n% passport 400123456\n%%EOF\n") },
    );
    // Unpaid wages: one claim with a co-worker whose record stays open, one for her alone.
    const claim = (people: string[]) =>
      createLabourClaim(
        coordinator,
        person.id,
        labourClaimSchema.parse({
          employerName: "ИП Сафаров, Подольск",
          countryCode: "RU",
          currency: "RUB",
          route: "LABOUR_INSPECTORATE",
          people: people.map((victimId) => ({ victimId, owed: "45000", recovered: "5000" })),
        }),
      );
    const shared = await claim([person.id, open.id]);
    const hers = await claim([person.id]);
    const payslips = await createAttachment(
      coordinator,
      { parentType: "LABOUR_CLAIM", parentId: hers.id },
      { name: "payslips.pdf", content: Buffer.from("%PDF-1.4\n% payslips\n%%EOF\n") },
    );
    const proceeding = await createProceeding(
      coordinator,
      person.id,
      proceedingSchema.parse({
        kind: "ADMINISTRATIVE",
        authority: "COURT",
        countryCode: "RU",
        caseNumber: "5-118/2020",
        role: "ACCUSED",
        outcome: "NON_PUNISHMENT_APPLIED",
        hearings: [{ heldOn: "2020-01-12", status: "HELD", note: "Podolsk city court" }],
      }),
    );
    await closeCase(coordinator, person.id, { status: "CLOSED", reason: "Returned home, reintegrated" });
    // Closed three years ago.
    await db.victim.update({ where: { id: person.id }, data: { closedAt: new Date(Date.now() - 3 * 365 * DAY) } });

    await expect(
      updateRetentionSettings(coordinator, { retentionCallDays: 365, retentionClosedCaseDays: 730 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await updateRetentionSettings(admin, { retentionCallDays: 365, retentionClosedCaseDays: 730 });
    expect(await getRetentionPreview(admin)).toMatchObject({ callsDue: 1, casesDue: 1 });

    const dry = (await applyRetention({ dryRun: true })).find((r) => r.organisationId === org.id);
    expect(dry).toEqual({ organisationId: org.id, calls: 1, cases: 1, perpetrators: 0 });
    expect((await db.hotlineCall.findUniqueOrThrow({ where: { id: old.id } })).summaryEncrypted).not.toBeNull();

    const done = (await applyRetention({ dryRun: false })).find((r) => r.organisationId === org.id);
    expect(done).toEqual({ organisationId: org.id, calls: 1, cases: 1, perpetrators: 0 });
    const oldCall = await db.hotlineCall.findUniqueOrThrow({ where: { id: old.id } });
    expect(oldCall).toMatchObject({
      callerPhoneEncrypted: null,
      callerPhoneHash: null,
      summaryEncrypted: null,
      summaryTokens: [],
    });
    expect(oldCall.anonymisedAt).not.toBeNull();
    // The region still counts; the place below it is gone.
    expect([oldCall.callerRegion, oldCall.callerPlace]).toEqual(["RU-MOS", null]);
    expect(oldCall.topics).toEqual(["MISSING_PERSON"]);
    expect((await db.hotlineCall.findUniqueOrThrow({ where: { id: recent.id } })).summaryEncrypted).not.toBeNull();

    const gone = await db.victim.findUniqueOrThrow({ where: { id: person.id } });
    expect(gone).toMatchObject({
      givenName: "—",
      familyName: "",
      narrativeEncrypted: null,
      sex: "FEMALE",
      citizenships: ["TJ"],
    });
    expect((await listVictims(coordinator, { q: "Рахмонова" } as never)).items.map((v) => v.id)).toEqual([open.id]);
    // Her documents went with her name, and their recovery steps with them.
    expect(await db.personDocument.count({ where: { victimId: person.id } })).toBe(0);
    expect(await db.documentRecoveryStep.count({ where: { documentId: passport.id } })).toBe(0);
    expect(await db.legalStatus.count({ where: { victimId: person.id } })).toBe(0);
    // So did the scan of her passport, content and all.
    expect(await db.attachment.count({ where: { victimId: person.id } })).toBe(0);
    // And the reminders of her dates (the legal status's removal and the passport had none; a fine
    // would): none left about her.
    expect(await db.task.count({ where: { victimId: person.id } })).toBe(0);
    expect(await db.attachmentBlob.count({ where: { id: scan.id } })).toBe(0);
    // Her line of the claim went; the co-worker's claim stays, hers alone went with its employer's name.
    expect(await db.labourClaimPerson.count({ where: { victimId: person.id } })).toBe(0);
    expect(await db.labourClaimPerson.count({ where: { claimId: shared.id } })).toBe(1);
    expect(await db.labourClaim.count({ where: { id: { in: [shared.id, hers.id] } } })).toBe(1);
    // The file on her own claim went with it, content and all.
    expect(await db.attachment.count({ where: { id: payslips.id } })).toBe(0);
    expect(await db.attachmentBlob.count({ where: { id: payslips.id } })).toBe(0);
    // Her legal proceedings too, with their hearings.
    expect(await db.legalProceeding.count({ where: { victimId: person.id } })).toBe(0);
    expect(await db.proceedingHearing.count({ where: { proceedingId: proceeding.id } })).toBe(0);
    expect(
      await db.auditEvent.count({
        where: { organisationId: org.id, action: { in: ["retention.dry_run", "retention.anonymise"] } },
      }),
    ).toBe(2);
    // Nothing left to do.
    expect((await applyRetention({ dryRun: true })).find((r) => r.organisationId === org.id)).toEqual({
      organisationId: org.id,
      calls: 0,
      cases: 0,
      perpetrators: 0,
    });
  });

  it("anonymises a perpetrator record once its people are gone and its situations closed, and no one recognises it again", async () => {
    const org = await createOrganisation("retention");
    const other = await createOrganisation("retention");
    const admin = scopeOf(await createUser({ organisationId: org.id, role: "ORG_ADMIN" }), "ORG_ADMIN", org.id);
    const coordinator = scopeOf(
      await createUser({ organisationId: org.id, role: "COORDINATOR" }),
      "COORDINATOR",
      org.id,
    );
    const elsewhere = scopeOf(
      await createUser({ organisationId: other.id, role: "COORDINATOR" }),
      "COORDINATOR",
      other.id,
    );
    const phone = `+99890${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
    const record = (name: string, withPhone = false) =>
      createPerpetrator(
        coordinator,
        createPerpetratorSchema.parse({
          name,
          roles: ["RECRUITER"],
          source: "VICTIM",
          notes: "Keeps their passports in his car",
          identifiers: withPhone ? [{ kind: "PHONE", value: phone }] : [],
        }),
      );
    const person = await registerVictim(
      coordinator,
      registerVictimSchema.parse({
        givenName: "Dilnoza",
        sex: "FEMALE",
        estimatedAge: 22,
        identifiedOn: "2021-01-10",
        identifiedBy: "HOTLINE",
      }),
    );
    const gone = await record(`Rustam ${phone}`, true);
    const watched = await record("Still watched");
    const fresh = await record("Recorded last week");
    await linkPerpetratorToPerson(coordinator, person.id, { perpetratorId: gone.id, guardian: false });
    const closedSituation = await createSituation(coordinator, createSituationSchema.parse({ countryCode: "RU" }));
    const openSituation = await createSituation(coordinator, createSituationSchema.parse({ countryCode: "RU" }));
    await linkPerpetratorToSituation(coordinator, closedSituation.id, { perpetratorId: gone.id });
    await linkPerpetratorToSituation(coordinator, openSituation.id, { perpetratorId: watched.id });
    await db.situation.update({ where: { id: closedSituation.id }, data: { status: "CLOSED" } });
    const passport = await createDocument(
      coordinator,
      person.id,
      documentSchema.parse({ type: "PASSPORT", number: "400123456", holder: "EMPLOYER" }),
    );
    await addRecoveryStep(
      coordinator,
      passport.id,
      recoveryStepSchema.parse({ kind: "POLICE_REPORT", takenOn: "2020-01-11", note: "Podolsk police" }),
    );
    await closeCase(coordinator, person.id, { status: "CLOSED", reason: "Returned home, reintegrated" });
    const longAgo = new Date(Date.now() - 3 * 365 * DAY);
    await db.victim.update({ where: { id: person.id }, data: { closedAt: longAgo } });
    await db.perpetrator.updateMany({ where: { id: { in: [gone.id, watched.id] } }, data: { updatedAt: longAgo } });
    await updateRetentionSettings(admin, { retentionCallDays: 365, retentionClosedCaseDays: 730 });
    const seenElsewhere = async () =>
      (await matchPerpetrators(elsewhere, { identifiers: [{ kind: "PHONE", value: phone }] })).otherOrganisations;
    expect(await seenElsewhere()).toBe(1);

    // The dry run counts as things stand: the person is still kept, so the record is not yet due.
    expect((await applyRetention({ dryRun: true })).find((r) => r.organisationId === org.id)).toMatchObject({
      cases: 1,
      perpetrators: 0,
    });
    expect((await applyRetention({ dryRun: false })).find((r) => r.organisationId === org.id)).toMatchObject({
      cases: 1,
      perpetrators: 1,
    });
    const after = await db.perpetrator.findUniqueOrThrow({ where: { id: gone.id }, include: { identifiers: true } });
    expect(after).toMatchObject({ aliasesEncrypted: null, notesEncrypted: null, nameKeys: [], identifiers: [] });
    expect(after.anonymisedAt).not.toBeNull();
    expect(after.roles).toEqual(["RECRUITER"]);
    expect((await getPerpetrator(coordinator, gone.id))?.name).toBe("—");
    expect(await seenElsewhere()).toBe(0);
    for (const kept of [watched.id, fresh.id])
      expect((await db.perpetrator.findUniqueOrThrow({ where: { id: kept } })).anonymisedAt).toBeNull();
  });
});
