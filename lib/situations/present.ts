// The API's answers about situations, typed against api-schema.ts.
import type { SituationListItemResponse, SituationResponse } from "./api-schema";
import type { SituationListItem, SituationView } from "./data";
import { isoDate } from "@/lib/time/zoned";

const day = (d: Date | null) => (d ? isoDate(d) : null);

export function presentSituationListItem(s: SituationListItem): SituationListItemResponse {
  return {
    id: s.id,
    reference: s.reference,
    status: s.status,
    countryCode: s.countryCode,
    regionCode: s.regionCode,
    exploitationTypes: s.exploitationTypes,
    peopleEstimated: s.peopleEstimated,
    peopleIdentified: s.peopleIdentified,
    calls: s.calls,
    startedOn: day(s.startedOn),
    assignedTo: s.assignedTo,
    createdAt: s.createdAt.toISOString(),
  };
}

export function presentSituation(s: SituationView): SituationResponse {
  return {
    id: s.id,
    reference: s.reference,
    status: s.status,
    closureReason: s.closureReason,
    countryCode: s.countryCode,
    regionCode: s.regionCode,
    place: s.place,
    summary: s.summary,
    exploitationTypes: s.exploitationTypes,
    labourSectors: s.labourSectors,
    peopleEstimated: s.peopleEstimated,
    startedOn: day(s.startedOn),
    endedOn: day(s.endedOn),
    assignedTo: s.assignedTo,
    createdBy: s.createdBy,
    version: s.version,
    createdAt: s.createdAt.toISOString(),
    people: s.people.map((p) =>
      p.shown === "person"
        ? {
            shown: "person" as const,
            id: p.id!,
            caseNumber: p.caseNumber,
            givenName: p.givenName,
            familyName: p.familyName,
            sex: p.sex,
            estimatedAge: p.estimatedAge,
            status: p.status,
          }
        : p.shown === "restricted"
          ? { shown: "restricted" as const, caseNumber: p.caseNumber }
          : { shown: "hidden" as const },
    ),
    calls: s.calls.map((c) => ({ id: c.id, receivedAt: c.receivedAt.toISOString() })),
    callsLinked: s.callsLinked,
    figures: s.figures,
    notes: s.notes.map((n) => ({
      id: n.id,
      createdAt: n.createdAt.toISOString(),
      author: n.author.name,
      body: n.body,
    })),
  };
}
