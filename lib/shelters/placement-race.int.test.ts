// Two answers at once, or an answer and a withdrawal at once, could
// both go through (a DECLINED request with a live grant, two grants for one request). Whatever
// the timing, one wins, the other is told CONFLICT, and the grants agree with the status.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { liveGrants, person, placementSetup } from "@/tests/support/placements";
import { answerPlacement, requestPlacement, withdrawPlacement } from "./mutations";
import { listShelters } from "./data";

// Many rounds of real transactions: on a busy machine they take longer than a single test.
const ROUND_TIMEOUT = 120_000;
const ROUNDS = 10;
const NOTE = "Woman, 24, needs a safe place tonight";

async function endState(requestId: string, victimId: string, shelterOrganisationId: string) {
  const request = await db.placementRequest.findUniqueOrThrow({ where: { id: requestId } });
  const grants = await db.accessGrant.count({
    where: { recordType: "VICTIM", recordId: victimId, granteeOrganisationId: shelterOrganisationId },
  });
  return { status: request.status, grants, liveGrants: await liveGrants(victimId, shelterOrganisationId) };
}

describe("#14.10 placement request state changes under concurrency", () => {
  it(
    "lets one of an acceptance and a decline through, and the grants follow the one that won",
    async () => {
      const { shelterOrg, requester, shelterCoordinator, shelter } = await placementSetup(ROUNDS + 1);
      for (let round = 0; round < ROUNDS; round++) {
        const victimId = await person(requester, `Answer ${round}`, shelterOrg.id);
        const request = await requestPlacement(requester, { shelterId: shelter.id, victimId, note: NOTE });
        const results = await Promise.allSettled([
          answerPlacement(shelterCoordinator, request.id, { decision: "ACCEPT", holdHours: 24 }),
          answerPlacement(shelterCoordinator, request.id, { decision: "DECLINE", reason: "no bed for her needs" }),
        ]);
        expect(
          results.filter((r) => r.status === "fulfilled"),
          `round ${round}`,
        ).toHaveLength(1);
        const lost = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
        expect(lost.reason).toMatchObject({ code: "CONFLICT", messageKey: "errors.placementAnswered" });
        const expected =
          results[0]!.status === "fulfilled"
            ? { status: "ACCEPTED", grants: 1, liveGrants: 1 }
            : { status: "DECLINED", grants: 0, liveGrants: 0 };
        expect(await endState(request.id, victimId, shelterOrg.id), `round ${round}`).toEqual(expected);
      }
    },
    ROUND_TIMEOUT,
  );

  it(
    "never leaves a withdrawn request accepted, a bed held or a grant live when acceptance and withdrawal run at once",
    async () => {
      const { shelterOrg, requester, shelterCoordinator, shelter } = await placementSetup(2);
      for (let round = 0; round < ROUNDS; round++) {
        const victimId = await person(requester, `Withdraw ${round}`, shelterOrg.id);
        const request = await requestPlacement(requester, { shelterId: shelter.id, victimId, note: NOTE });
        const [accepted, withdrawn] = await Promise.allSettled([
          answerPlacement(shelterCoordinator, request.id, { decision: "ACCEPT", holdHours: 24 }),
          withdrawPlacement(requester, request.id),
        ]);
        expect(withdrawn.status, `round ${round}`).toBe("fulfilled");
        if (accepted.status === "rejected")
          expect(accepted.reason, `round ${round}`).toMatchObject({
            code: "CONFLICT",
            messageKey: "errors.placementWithdrawn",
          });
        expect(await endState(request.id, victimId, shelterOrg.id), `round ${round}`).toMatchObject({
          status: "CANCELLED",
          liveGrants: 0,
        });
        expect((await listShelters(shelterCoordinator))[0], `round ${round}`).toMatchObject({ held: 0, free: 2 });
      }
    },
    ROUND_TIMEOUT,
  );
});
