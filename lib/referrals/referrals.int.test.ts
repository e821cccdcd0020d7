import { describe, expect, it } from "vitest";
import { ORG_ROLES } from "@/lib/roles/roles";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { registerVictimSchema, updateVictimSchema } from "@/lib/victims/schema";
import { registerVictim, updateVictim } from "@/lib/victims/mutations";
import { getVictimRecord } from "@/lib/victims/data";
import { presentVictim } from "@/lib/victims/present";
import { addCaseNote, closeCase, recordConsent, reopenCase, withdrawConsent } from "@/lib/casework/mutations";
import { listAccessLog, listCaseNotes } from "@/lib/casework/data";
import { createReferral, decideReferral, revokeReferral } from "./mutations";
import { listIncomingReferrals, listReferralsOfVictim } from "./data";

async function setup() {
  const owner = await createOrganisation("owner");
  const partner = await createOrganisation("partner");
  const ownerCoordinator = scopeOf(
    await createUser({ organisationId: owner.id, role: "COORDINATOR" }),
    "COORDINATOR",
    owner.id,
  );
  const partnerCoordinator = scopeOf(
    await createUser({ organisationId: partner.id, role: "COORDINATOR" }),
    "COORDINATOR",
    partner.id,
  );
  const { id } = await registerVictim(
    ownerCoordinator,
    registerVictimSchema.parse({
      givenName: "Нигина",
      familyName: "Сафарова",
      sex: "FEMALE",
      estimatedAge: 22,
      identifiedOn: "2026-01-01",
      identifiedBy: "IOM",
    }),
  );
  const read = presentVictim((await getVictimRecord(ownerCoordinator, id))!.record, false);
  await updateVictim(
    ownerCoordinator,
    id,
    updateVictimSchema.parse({ ...read, phone: "+992931112233", narrative: "the story stays home" }),
  );
  await addCaseNote(ownerCoordinator, id, { occurredOn: new Date("2026-01-02"), text: "First meeting at the shelter" });
  return { owner, partner, ownerCoordinator, partnerCoordinator, id };
}

describe("referrals on real PostgreSQL", () => {
  it("needs the person's consent to share with the receiver", async () => {
    const { partner, ownerCoordinator, id } = await setup();
    await expect(
      createReferral(ownerCoordinator, id, { toOrganisationId: partner.id, reason: "shelter place", sharedFields: [] }),
    ).rejects.toMatchObject({
      code: "UNPROCESSABLE",
      fields: { toOrganisationId: "errors.noSharingConsent" },
    });
  });

  it("grants exactly the shared fields on acceptance, and revoking removes them", async () => {
    const { partner, ownerCoordinator, partnerCoordinator, id } = await setup();
    await recordConsent(ownerCoordinator, id, {
      kind: "SHARING",
      sheetLanguage: "ru",
      granteeOrganisationId: partner.id,
      givenOn: new Date("2026-01-03"),
      method: "WRITTEN",
    });
    const referral = await createReferral(ownerCoordinator, id, {
      toOrganisationId: partner.id,
      reason: "needs a shelter place",
      sharedFields: ["phone"],
    });
    expect(await getVictimRecord(partnerCoordinator, id)).toBeNull();
    expect((await listIncomingReferrals(partnerCoordinator)).map((r) => r.id)).toContain(referral.id);

    await decideReferral(partnerCoordinator, referral.id, { decision: "ACCEPT" });
    const seen = (await getVictimRecord(partnerCoordinator, id))!;
    expect(seen.shared).toBe(true);
    expect(seen.record).toMatchObject({ givenName: "Нигина", phone: "+992931112233", narrative: null });
    expect(await listCaseNotes(partnerCoordinator, id)).toBeNull();
    expect((await listReferralsOfVictim(partnerCoordinator, id)).map((r) => r.status)).toEqual(["ACCEPTED"]);

    await revokeReferral(ownerCoordinator, referral.id);
    expect(await getVictimRecord(partnerCoordinator, id)).toBeNull();
    expect((await listReferralsOfVictim(ownerCoordinator, id)).map((r) => r.status)).toEqual(["REVOKED"]);
  });

  it("ends the access when the consent is withdrawn, and a decline needs a reason", async () => {
    const { partner, ownerCoordinator, partnerCoordinator, id } = await setup();
    const consent = await recordConsent(ownerCoordinator, id, {
      kind: "SHARING",
      sheetLanguage: "ru",
      granteeOrganisationId: partner.id,
      givenOn: new Date("2026-01-03"),
      method: "VERBAL_WITNESSED",
    });
    const referral = await createReferral(ownerCoordinator, id, {
      toOrganisationId: partner.id,
      reason: "legal help",
      sharedFields: ["notes"],
    });
    await decideReferral(partnerCoordinator, referral.id, { decision: "ACCEPT" });
    expect((await listCaseNotes(partnerCoordinator, id))?.map((n) => n.text)).toEqual(["First meeting at the shelter"]);
    await withdrawConsent(ownerCoordinator, id, consent.id, { withdrawnOn: new Date() });
    expect(await getVictimRecord(partnerCoordinator, id)).toBeNull();
    expect(await listCaseNotes(partnerCoordinator, id)).toBeNull();

    await recordConsent(ownerCoordinator, id, {
      kind: "SHARING",
      sheetLanguage: "ru",
      granteeOrganisationId: partner.id,
      givenOn: new Date("2026-01-05"),
      method: "WRITTEN",
    });
    const second = await createReferral(ownerCoordinator, id, {
      toOrganisationId: partner.id,
      reason: "again",
      sharedFields: [],
    });
    await expect(decideReferral(partnerCoordinator, second.id, { decision: "DECLINE" })).rejects.toThrow();
    await decideReferral(partnerCoordinator, second.id, { decision: "DECLINE", reason: "no free places" });
    expect(await getVictimRecord(partnerCoordinator, id)).toBeNull();
  });

  it("gives every role of an unrelated organisation 404 on the record, its notes and its log", async () => {
    const { id } = await setup();
    const stranger = await createOrganisation("stranger");
    for (const role of ORG_ROLES) {
      const scope = scopeOf(await createUser({ organisationId: stranger.id, role }), role, stranger.id);
      expect(await getVictimRecord(scope, id), role).toBeNull();
      expect(await listCaseNotes(scope, id), role).toBeNull();
      expect(await listAccessLog(scope, id), role).toBeNull();
      await expect(addCaseNote(scope, id, { occurredOn: new Date(), text: "x" }), role).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
  });
});

describe("closure", () => {
  it("is a coordinator's decision with a reason; a closed record is read-only until reopened", async () => {
    const { owner, ownerCoordinator, id } = await setup();
    const worker = await createUser({ organisationId: owner.id, role: "CASE_WORKER" });
    const { prisma } = await import("@/tests/support/prisma");
    await prisma.victim.update({ where: { id }, data: { assignedToId: worker.id } });
    const workerScope = scopeOf(worker, "CASE_WORKER", owner.id);
    await expect(closeCase(workerScope, id, { status: "CLOSED", reason: "returned home" })).rejects.toMatchObject({
      messageKey: "errors.onlyCoordinatorCloses",
    });
    await closeCase(ownerCoordinator, id, { status: "CLOSED", reason: "returned home, reintegration done" });
    await expect(addCaseNote(workerScope, id, { occurredOn: new Date(), text: "late note" })).rejects.toMatchObject({
      messageKey: "errors.recordClosed",
    });
    const read = presentVictim((await getVictimRecord(ownerCoordinator, id))!.record, false);
    await expect(updateVictim(ownerCoordinator, id, updateVictimSchema.parse(read))).rejects.toMatchObject({
      messageKey: "errors.recordClosed",
    });
    await reopenCase(ownerCoordinator, id);
    await addCaseNote(workerScope, id, { occurredOn: new Date(), text: "follow-up visit" });
    const log = (await listAccessLog(ownerCoordinator, id))!.map((e) => e.action);
    expect(log).toEqual(expect.arrayContaining(["victim.close", "victim.reopen", "victim.note_add", "victim.read"]));
  });
});
