// Reintegration reads for a case's page and the API: the plan's items, the follow-ups with their
// scores (and, where the reader sees the person, the answers), and the flags. The case itself is
// found through repatriationWhere, as every road to a case.
import "server-only";
import { dbFor } from "@/lib/db";
import type { Scope } from "@/lib/roles/scope";
import { decryptJsonField, fieldContext } from "@/lib/crypto";
import { repatriationWhere } from "@/lib/repatriations/policy";
import type { Answers } from "./survey";
import type { Reintegration } from "./types";

const score = (d: { toNumber(): number }) => d.toNumber();

/**
 * The reintegration of a case the actor sees (null otherwise). `showAnswers`: the reader sees the
 * person (the survey's answers are about them); scores and the plan are the case's.
 */
export async function getReintegration(
  scope: Scope,
  repatriationId: string,
  showAnswers: boolean,
): Promise<Reintegration | null> {
  const db = dbFor(scope);
  const found = await db.repatriation.findFirst({
    where: { AND: [{ id: repatriationId }, repatriationWhere(scope)] },
    select: {
      version: true,
      remigratedOn: true,
      retraffickedOn: true,
      retraffickedSituationId: true,
      lostContactOn: true,
      assistance: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          type: true,
          status: true,
          amount: true,
          currency: true,
          provider: true,
          startsOn: true,
          endsOn: true,
          version: true,
        },
      },
      followUps: {
        orderBy: { month: "asc" },
        select: {
          id: true,
          taskId: true,
          month: true,
          conductedOn: true,
          answersEncrypted: true,
          economicScore: true,
          socialScore: true,
          psychosocialScore: true,
          overallScore: true,
        },
      },
    },
  });
  if (!found) return null;
  return {
    version: found.version,
    flags: {
      remigratedOn: found.remigratedOn,
      retraffickedOn: found.retraffickedOn,
      retraffickedSituationId: found.retraffickedSituationId,
      lostContactOn: found.lostContactOn,
    },
    assistance: found.assistance.map((a) => ({ ...a, amount: a.amount ? a.amount.toFixed(2) : null })),
    followUps: found.followUps.map((f) => ({
      id: f.id,
      taskId: f.taskId,
      month: f.month,
      conductedOn: f.conductedOn,
      scores: {
        economic: score(f.economicScore),
        social: score(f.socialScore),
        psychosocial: score(f.psychosocialScore),
        overall: score(f.overallScore),
      },
      answers: showAnswers
        ? decryptJsonField<Answers>(
            f.answersEncrypted,
            fieldContext("reintegration_follow_ups", "answers_encrypted", f.id),
            {},
          )
        : null,
    })),
  };
}
export type { Reintegration } from "./types";
