// The API's answers about a case's reintegration, typed against api-schema.ts.
import type { Reintegration } from "./data";
import type { ReintegrationAssistanceResponse, ReintegrationFlagsResponse, ReintegrationResponse } from "./api-schema";
import type { FollowUpMonth } from "./codes";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentReintegrationAssistance(
  a: Reintegration["assistance"][number],
): ReintegrationAssistanceResponse {
  return {
    id: a.id,
    type: a.type,
    status: a.status,
    amount: a.amount,
    currency: a.currency,
    provider: a.provider,
    startsOn: iso(a.startsOn),
    endsOn: iso(a.endsOn),
    version: a.version,
  };
}

export function presentReintegrationFlags(r: Reintegration): ReintegrationFlagsResponse {
  return {
    version: r.version,
    flags: {
      remigratedOn: iso(r.flags.remigratedOn),
      retraffickedOn: iso(r.flags.retraffickedOn),
      retraffickedSituationId: r.flags.retraffickedSituationId,
      lostContactOn: iso(r.flags.lostContactOn),
    },
  };
}

export function presentReintegration(r: Reintegration): ReintegrationResponse {
  return {
    ...presentReintegrationFlags(r),
    assistance: r.assistance.map(presentReintegrationAssistance),
    followUps: r.followUps.map((f) => ({
      id: f.id,
      taskId: f.taskId,
      month: f.month as FollowUpMonth,
      conductedOn: f.conductedOn.toISOString(),
      scores: f.scores,
      answers: f.answers as ReintegrationResponse["followUps"][number]["answers"],
    })),
  };
}
