import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { dbFor } from "@/lib/db";
import type { OrgRole } from "@/lib/roles/roles";
import { registerVictimSchema } from "@/lib/victims/schema";
import { registerVictim } from "@/lib/victims/mutations";
import { recordConsent, withdrawConsent } from "@/lib/casework/mutations";
import { createReferral, decideReferral, revokeReferral } from "@/lib/referrals/mutations";
import { createPerpetratorSchema, linkPerpetratorToPersonSchema, perpetratorMatchSchema } from "./schema";
import { createPerpetrator, linkPerpetratorToPerson } from "./mutations";
import { getPerpetrator, listPerpetrators, matchPerpetrators } from "./data";
import { endPerpetratorShare, listShareBases, listShares, sharePerpetrator } from "./sharing";

async function member(organisationId: string, role: OrgRole) {
  return scopeOf(await createUser({ organisationId, role }), role, organisationId);
}

const list = { limit: 50 } as const;

/**
 * Almaty records a recruiter with a phone and notes, links him to a woman it referred to Tashkent
 * (consent given, referral accepted); Bishkek is unrelated.
 */
async function setup() {
  const [almaty, tashkent, bishkek] = await Promise.all([1, 2, 3].map(() => createOrganisation()));
  const owner = {
    coordinator: await member(almaty!.id, "COORDINATOR"),
    caseWorker: await member(almaty!.id, "CASE_WORKER"),
  };
  const partner = {
    coordinator: await member(tashkent!.id, "COORDINATOR"),
    admin: await member(tashkent!.id, "ORG_ADMIN"),
    caseWorker: await member(tashkent!.id, "CASE_WORKER"),
    hotline: await member(tashkent!.id, "HOTLINE_OPERATOR"),
    analyst: await member(tashkent!.id, "ANALYST"),
  };
  const outsider = await member(bishkek!.id, "COORDINATOR");
  const { id: victimId } = await registerVictim(
    owner.coordinator,
    registerVictimSchema.parse({
      givenName: "Дильноза",
      sex: "FEMALE",
      estimatedAge: 23,
      citizenships: ["UZ"],
      identifiedOn: "2026-05-01",
      identifiedBy: "HOTLINE",
    }),
  );
  const phone = `+99893${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;
  const recruiter = await createPerpetrator(
    owner.coordinator,
    createPerpetratorSchema.parse({
      name: `Бахтиёр Каримов ${phone}`,
      roles: ["RECRUITER"],
      source: "VICTIM",
      notes: "drives a white Cobalt; her cousin",
      identifiers: [{ kind: "PHONE", value: phone }],
    }),
  );
  await linkPerpetratorToPerson(
    owner.coordinator,
    victimId,
    linkPerpetratorToPersonSchema.parse({ perpetratorId: recruiter.id, role: "RECRUITER" }),
  );
  const consent = await recordConsent(owner.coordinator, victimId, {
    kind: "SHARING",
    sheetLanguage: "ru",
    granteeOrganisationId: tashkent!.id,
    givenOn: new Date("2026-05-02"),
    method: "WRITTEN",
  });
  const referral = await createReferral(owner.coordinator, victimId, {
    toOrganisationId: tashkent!.id,
    reason: "return home and legal aid",
    sharedFields: [],
  });
  await decideReferral(partner.coordinator, referral.id, { decision: "ACCEPT" });
  const [basis] = await listShareBases(owner.coordinator, recruiter.id);
  return {
    almaty: almaty!,
    tashkent: tashkent!,
    owner,
    partner,
    outsider,
    victimId,
    phone,
    recruiter,
    consent,
    referral,
    basis: basis!,
  };
}

const grantOf = (recordId: string) =>
  db.accessGrant.findFirstOrThrow({ where: { recordType: "PERPETRATOR", recordId }, orderBy: { createdAt: "desc" } });

describe("sharing a perpetrator record with a partner through a person's grant", () => {
  it("shows the partner's coordinators the record without notes or identifiers, and nobody else", async () => {
    const s = await setup();
    expect(s.basis).toMatchObject({ partner: s.tashkent.name, source: "REFERRAL", role: "RECRUITER" });
    // Before a grant names it, the person's grant shows the partner nothing of the record.
    expect(await getPerpetrator(s.partner.coordinator, s.recruiter.id)).toBeNull();

    // Only the owner's coordinator shares, and only its own record.
    await expect(
      sharePerpetrator(s.owner.caseWorker, s.recruiter.id, { basisGrantId: s.basis.grantId, scope: "MINIMAL" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      sharePerpetrator(s.partner.coordinator, s.recruiter.id, { basisGrantId: s.basis.grantId, scope: "MINIMAL" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const shared = await sharePerpetrator(s.owner.coordinator, s.recruiter.id, {
      basisGrantId: s.basis.grantId,
      scope: "MINIMAL",
    });
    expect(shared.partner).toBe(s.tashkent.name);
    await expect(
      sharePerpetrator(s.owner.coordinator, s.recruiter.id, { basisGrantId: s.basis.grantId, scope: "FULL" }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "errors.alreadyShared" });

    for (const reader of [s.partner.coordinator, s.partner.admin]) {
      const seen = await getPerpetrator(reader, s.recruiter.id);
      expect(seen).toMatchObject({
        name: `Бахтиёр Каримов ${s.phone}`,
        sharedBy: s.almaty.name,
        sharedScope: "MINIMAL",
        notes: null,
        identifiers: [],
        situations: [],
      });
      const listed = (await listPerpetrators(reader, list)).items.find((p) => p.id === s.recruiter.id);
      expect(listed?.sharedBy).toBe(s.almaty.name);
    }
    // Row-level security withholds the identifiers of a MINIMAL share, whatever the code asks.
    expect(
      await dbFor(s.partner.coordinator).perpetratorIdentifier.count({ where: { perpetratorId: s.recruiter.id } }),
    ).toBe(0);
    for (const reader of [s.partner.caseWorker, s.partner.hotline, s.partner.analyst, s.outsider]) {
      expect(await getPerpetrator(reader, s.recruiter.id)).toBeNull();
      expect((await listPerpetrators(reader, list)).items.map((p) => p.id)).not.toContain(s.recruiter.id);
    }
    expect(await dbFor(s.outsider).perpetrator.count({ where: { id: s.recruiter.id } })).toBe(0);

    // Read only: the partner can neither change it nor link it, and "seen before?" still counts
    // it as another organisation's, never lists it as the partner's own.
    const changed = await dbFor(s.partner.coordinator).perpetrator.updateMany({
      where: { id: s.recruiter.id },
      data: { confidence: "CONFIRMED" },
    });
    expect(changed.count).toBe(0);
    await expect(
      linkPerpetratorToPerson(
        s.partner.coordinator,
        s.victimId,
        linkPerpetratorToPersonSchema.parse({ perpetratorId: s.recruiter.id, role: "RECRUITER" }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const match = await matchPerpetrators(
      s.partner.coordinator,
      perpetratorMatchSchema.parse({ identifiers: [{ kind: "PHONE", value: s.phone }] }),
    );
    expect(match).toEqual({ own: [], otherOrganisations: 1 });

    // The owner sees the share; the reading partner's audit names the grant.
    expect((await listShares(s.owner.coordinator, s.recruiter.id)).map((x) => [x.partner, x.scope, x.live])).toEqual([
      [s.tashkent.name, "MINIMAL", true],
    ]);
    const audit = await db.auditEvent.findFirst({
      where: { organisationId: s.tashkent.id, action: "perpetrator.read" },
      orderBy: { at: "desc" },
    });
    expect(audit?.details).toMatchObject({ perpetratorId: s.recruiter.id, grantId: shared.grantId });
  });

  it("dies with the person's grant: a revoked referral ends it, and a new referral does not revive it", async () => {
    const s = await setup();
    await sharePerpetrator(s.owner.coordinator, s.recruiter.id, { basisGrantId: s.basis.grantId, scope: "FULL" });
    const seen = await getPerpetrator(s.partner.coordinator, s.recruiter.id);
    expect(seen?.identifiers.map((i) => i.value)).toEqual([s.phone]);
    expect(seen?.notes).toBeNull();

    await revokeReferral(s.owner.coordinator, s.referral.id);
    expect(await getPerpetrator(s.partner.coordinator, s.recruiter.id)).toBeNull();
    expect(await dbFor(s.partner.coordinator).perpetrator.count({ where: { id: s.recruiter.id } })).toBe(0);
    // Ended with the person's grant it was opened through.
    expect(await grantOf(s.recruiter.id)).toMatchObject({ revokeReason: "grant.parent_ended", sourceType: null });
    expect((await listShares(s.owner.coordinator, s.recruiter.id)).map((x) => x.live)).toEqual([false]);
    expect(await listShareBases(s.owner.coordinator, s.recruiter.id)).toEqual([]);
    // The old basis cannot be used again.
    await expect(
      sharePerpetrator(s.owner.coordinator, s.recruiter.id, { basisGrantId: s.basis.grantId, scope: "FULL" }),
    ).rejects.toMatchObject({ code: "INVALID" });
  });

  it("ends when the consent is withdrawn, when the owner ends it, and when the record is unlinked", async () => {
    const withdrawn = await setup();
    await sharePerpetrator(withdrawn.owner.coordinator, withdrawn.recruiter.id, {
      basisGrantId: withdrawn.basis.grantId,
      scope: "MINIMAL",
    });
    await withdrawConsent(withdrawn.owner.coordinator, withdrawn.victimId, withdrawn.consent.id, {
      withdrawnOn: new Date("2026-06-01"),
    });
    expect(await getPerpetrator(withdrawn.partner.coordinator, withdrawn.recruiter.id)).toBeNull();
    expect(await grantOf(withdrawn.recruiter.id)).toMatchObject({ revokeReason: "grant.parent_ended" });

    const ended = await setup();
    const share = await sharePerpetrator(ended.owner.coordinator, ended.recruiter.id, {
      basisGrantId: ended.basis.grantId,
      scope: "MINIMAL",
    });
    await expect(
      endPerpetratorShare(ended.partner.coordinator, ended.recruiter.id, share.grantId),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await endPerpetratorShare(ended.owner.coordinator, ended.recruiter.id, share.grantId);
    expect(await getPerpetrator(ended.partner.coordinator, ended.recruiter.id)).toBeNull();
    // The person's own grant lives on.
    expect(await db.accessGrant.count({ where: { id: ended.basis.grantId, revokedAt: null } })).toBe(1);

    const unlinked = await setup();
    await sharePerpetrator(unlinked.owner.coordinator, unlinked.recruiter.id, {
      basisGrantId: unlinked.basis.grantId,
      scope: "MINIMAL",
    });
    await dbFor(unlinked.owner.coordinator).personPerpetrator.deleteMany({
      where: { victimId: unlinked.victimId, perpetratorId: unlinked.recruiter.id },
    });
    expect(await getPerpetrator(unlinked.partner.coordinator, unlinked.recruiter.id)).toBeNull();
    expect(await grantOf(unlinked.recruiter.id)).toMatchObject({ revokeReason: "perpetrator.unlinked" });
  });

  it("the database refuses a share that no live grant on a linked person opened", async () => {
    const s = await setup();
    const owner = dbFor(s.owner.coordinator);
    const base = {
      recordType: "PERPETRATOR" as const,
      recordId: s.recruiter.id,
      ownerOrganisationId: s.almaty.id,
      granteeOrganisationId: s.tashkent.id,
      scope: "FULL" as const,
      reason: "perpetrator.shared",
      grantedById: s.owner.coordinator.userId,
    };
    // Granted directly, with no person's grant behind it.
    await expect(owner.accessGrant.create({ data: base })).rejects.toThrow();
    // Through a person's grant to another organisation.
    await expect(
      owner.accessGrant.create({
        data: { ...base, granteeOrganisationId: s.outsider.organisationId!, parentGrantId: s.basis.grantId },
      }),
    ).rejects.toThrow();
    // Through the grant of a person the record is not linked to.
    const { id: other } = await registerVictim(
      s.owner.coordinator,
      registerVictimSchema.parse({
        givenName: "Malika",
        sex: "FEMALE",
        estimatedAge: 30,
        identifiedOn: "2026-05-01",
        identifiedBy: "HOTLINE",
      }),
    );
    const otherGrant = await owner.accessGrant.create({
      data: { ...base, recordType: "VICTIM", recordId: other, scope: "MINIMAL" },
    });
    await expect(owner.accessGrant.create({ data: { ...base, parentGrantId: otherGrant.id } })).rejects.toThrow();
    // With an expiry of its own.
    await expect(
      owner.accessGrant.create({
        data: { ...base, parentGrantId: s.basis.grantId, expiresAt: new Date(Date.now() + 3600_000) },
      }),
    ).rejects.toThrow();
    expect(await db.accessGrant.count({ where: { recordType: "PERPETRATOR", recordId: s.recruiter.id } })).toBe(0);
  });
});
