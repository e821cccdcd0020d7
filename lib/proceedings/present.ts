// The API's answers about a person's legal proceedings, typed against api-schema.ts.
import { isoDate } from "@/lib/time/zoned";
import type { ProceedingResponse } from "./api-schema";
import { nextHearing } from "./hearings";
import type { HearingView, ProceedingView } from "./types";

const dayOrNull = (d: Date | null) => (d ? isoDate(d) : null);

function presentHearing(h: HearingView) {
  return {
    id: h.id,
    heldOn: isoDate(h.heldOn),
    timeOfDay: h.timeOfDay,
    status: h.status,
    note: h.note,
    version: h.version,
  };
}

export function presentProceeding(p: ProceedingView, today: string): ProceedingResponse {
  const next = nextHearing(p.hearings, today);
  return {
    id: p.id,
    kind: p.kind,
    authority: p.authority,
    authorityName: p.authorityName,
    countryCode: p.countryCode,
    caseNumber: p.caseNumber,
    role: p.role,
    lawyer: p.lawyer,
    openedOn: dayOrNull(p.openedOn),
    protectionAsked: p.protectionAsked,
    protectionGranted: p.protectionGranted,
    compensationClaimed: p.compensationClaimed,
    compensationAwarded: p.compensationAwarded,
    compensationCurrency: p.compensationCurrency,
    outcome: p.outcome,
    outcomeOn: dayOrNull(p.outcomeOn),
    notes: p.notes,
    situationId: p.situationId,
    perpetratorIds: p.perpetratorIds,
    hearings: p.hearings.map(presentHearing),
    nextHearing: next ? presentHearing(next) : null,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}
