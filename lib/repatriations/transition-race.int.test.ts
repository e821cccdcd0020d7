// The two sides act on one case at once (the home side accepts while the
// sending side cancels). The case row is locked for each move, so one wins; the other, which
// names the status its page showed, is told CONFLICT; the grant agrees with the status.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { consentAll, setup } from "@/tests/support/repatriations";
import { transitionRepatriation } from "./mutations";

// Many rounds of real transactions: on a busy machine they take longer than a single test.
const ROUND_TIMEOUT = 120_000;
const ROUNDS = 8;

describe("#14.10 repatriation moves under concurrency", () => {
  it(
    "accept and cancel at once: one wins, the other is a CONFLICT, and a cancelled case leaves no live grant",
    async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const { sender, receiver, tashkent, victimId, id } = await setup();
        await consentAll(sender, victimId, tashkent.id);
        await transitionRepatriation(sender, id, { to: "REQUESTED" });
        const results = await Promise.allSettled([
          transitionRepatriation(receiver, id, { to: "ACCEPTED", from: "REQUESTED" }),
          transitionRepatriation(sender, id, { to: "CANCELLED", from: "REQUESTED", reason: "she chose to stay" }),
        ]);
        expect(
          results.filter((r) => r.status === "fulfilled"),
          `round ${round}`,
        ).toHaveLength(1);
        const lost = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
        expect(lost.reason, `round ${round}`).toMatchObject({
          code: "CONFLICT",
          messageKey: "errors.repatriationMoved",
        });
        const row = await db.repatriation.findUniqueOrThrow({ where: { id } });
        const live = await db.accessGrant.count({
          where: { recordType: "VICTIM", recordId: victimId, granteeOrganisationId: tashkent.id, revokedAt: null },
        });
        expect({ status: row.status, live }, `round ${round}`).toEqual(
          results[0]!.status === "fulfilled" ? { status: "ACCEPTED", live: 1 } : { status: "CANCELLED", live: 0 },
        );
      }
    },
    ROUND_TIMEOUT,
  );
});
