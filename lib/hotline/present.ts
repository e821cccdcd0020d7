import type { HotlineCallDetail, listHotlineCalls } from "./data";
import type { HotlineCallListItemResponse, HotlineCallResponse } from "./schema";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

type HotlineCallListRow = Awaited<ReturnType<typeof listHotlineCalls>>["items"][number];

/** A call in an API list: no phone number, no summary. */
export function presentCallListItem(call: HotlineCallListRow): HotlineCallListItemResponse {
  return {
    id: call.id,
    status: call.status,
    receivedAt: call.receivedAt.toISOString(),
    durationSeconds: call.durationSeconds,
    channel: call.channel,
    language: call.language,
    callType: call.callType,
    callerRelationship: call.callerRelationship,
    callerCountry: call.callerCountry,
    personSex: call.personSex,
    personAgeGroup: call.personAgeGroup,
    personCitizenship: call.personCitizenship,
    personCountryNow: call.personCountryNow,
    topics: call.topics,
    urgency: call.urgency,
    actions: call.actions,
    callbackDueAt: iso(call.callbackDueAt),
    callbackCompletedAt: iso(call.callbackCompletedAt),
    reportBasis: call.authorityReportBasis,
    operatorId: call.operator.id,
    voided: call.voidedAt !== null,
  };
}

export function presentCall(call: HotlineCallDetail): HotlineCallResponse {
  return {
    ...presentCallListItem(call),
    callerRegion: call.callerRegion,
    callerPlace: call.callerPlace,
    callerPhone: call.callerPhone,
    callbackConsent: call.callbackConsent,
    summary: call.summary,
    followUpOfId: call.followUpOfId,
    reportReason: call.reportReason,
    peopleCount: call.peopleCount,
    people: call.people,
    version: call.version,
  };
}
