// A referral revoked while it is being accepted ended REVOKED with a live grant, or flipped
// back to ACCEPTED after the revocation. Both run at once here, many rounds; whatever the timing,
// the status and the grants must agree and a revocation must stand.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { registerVictimSchema } from "@/lib/victims/schema";
import { registerVictim } from "@/lib/victims/mutations";
import { recordConsent, withdrawConsent } from "@/lib/casework/mutations";
import { createReferral, decideReferral, revokeReferral } from "./mutations";

// Many rounds of real transactions: on a busy machine they take longer than a single test.
const ROUND_TIMEOUT = 120_000;
const ROUNDS = 12;

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
  return { partner, ownerCoordinator, partnerCoordinator };
}

async function referredPerson(s: Awaited<ReturnType<typeof setup>>, round: number) {
  const { id } = await registerVictim(
    s.ownerCoordinator,
    registerVictimSchema.parse({
      givenName: `Race ${round}`,
      sex: "FEMALE",
      estimatedAge: 22,
      identifiedOn: "2026-01-01",
      identifiedBy: "IOM",
    }),
  );
  const consent = await recordConsent(s.ownerCoordinator, id, {
    kind: "SHARING",
    sheetLanguage: "ru",
    granteeOrganisationId: s.partner.id,
    givenOn: new Date("2026-01-03"),
    method: "WRITTEN",
  });
  const referral = await createReferral(s.ownerCoordinator, id, {
    toOrganisationId: s.partner.id,
    reason: "needs legal help",
    sharedFields: [],
  });
  return { victimId: id, consentId: consent.id, referralId: referral.id };
}

/** The end state as the database holds it (read as the owner, behind the app's back). */
async function endState(victimId: string, referralId: string, partnerId: string) {
  const referral = await db.referral.findUniqueOrThrow({ where: { id: referralId } });
  const liveGrants = await db.accessGrant.count({
    where: { recordType: "VICTIM", recordId: victimId, granteeOrganisationId: partnerId, revokedAt: null },
  });
  return { status: referral.status, liveGrants };
}

describe("#14.10 referral state changes under concurrency", () => {
  it(
    "never ends REVOKED with a live grant, nor flips back to ACCEPTED, when accept and revoke run at once",
    async () => {
      const s = await setup();
      for (let round = 0; round < ROUNDS; round++) {
        const { victimId, referralId } = await referredPerson(s, round);
        const [accepted, revoked] = await Promise.allSettled([
          decideReferral(s.partnerCoordinator, referralId, { decision: "ACCEPT" }),
          revokeReferral(s.ownerCoordinator, referralId),
        ]);
        const end = await endState(victimId, referralId, s.partner.id);
        // The revocation can always go through (it ends a pending or an accepted referral); a
        // revocation that succeeded must stand, and leave no live grant behind.
        expect(revoked.status, `round ${round}`).toBe("fulfilled");
        expect(end, `round ${round}`).toEqual({ status: "REVOKED", liveGrants: 0 });
        // An acceptance that came second is told so, plainly.
        if (accepted.status === "rejected")
          expect(accepted.reason, `round ${round}`).toMatchObject({
            code: "CONFLICT",
            messageKey: "errors.referralRevoked",
          });
      }
    },
    ROUND_TIMEOUT,
  );

  it(
    "lets only one of two simultaneous answers through, and the grants follow the one that won",
    async () => {
      const s = await setup();
      for (let round = 0; round < ROUNDS; round++) {
        const { victimId, referralId } = await referredPerson(s, round);
        const results = await Promise.allSettled([
          decideReferral(s.partnerCoordinator, referralId, { decision: "ACCEPT" }),
          decideReferral(s.partnerCoordinator, referralId, { decision: "DECLINE", reason: "no capacity" }),
        ]);
        const won = results.filter((r) => r.status === "fulfilled");
        expect(won, `round ${round}`).toHaveLength(1);
        const lost = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
        expect(lost.reason).toMatchObject({ code: "CONFLICT", messageKey: "errors.referralDecided" });
        const end = await endState(victimId, referralId, s.partner.id);
        expect(end, `round ${round}`).toEqual(
          results[0]!.status === "fulfilled"
            ? { status: "ACCEPTED", liveGrants: 1 }
            : { status: "DECLINED", liveGrants: 0 },
        );
      }
    },
    ROUND_TIMEOUT,
  );

  it(
    "ends the referral and its grant when the consent is withdrawn while the referral is being accepted",
    async () => {
      const s = await setup();
      for (let round = 0; round < ROUNDS; round++) {
        const { victimId, referralId, consentId } = await referredPerson(s, round);
        const [, withdrawn] = await Promise.allSettled([
          decideReferral(s.partnerCoordinator, referralId, { decision: "ACCEPT" }),
          withdrawConsent(s.ownerCoordinator, victimId, consentId, { withdrawnOn: new Date() }),
        ]);
        expect(withdrawn.status, `round ${round}`).toBe("fulfilled");
        expect(await endState(victimId, referralId, s.partner.id), `round ${round}`).toEqual({
          status: "REVOKED",
          liveGrants: 0,
        });
      }
    },
    ROUND_TIMEOUT,
  );
});
