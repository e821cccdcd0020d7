// Values of the intake form: an empty call, and a stored call or draft turned into form values.
// Shared by the server pages (which load calls and drafts) and the form (no "use client" here).
import type { HotlineCallFormValues } from "./schema";
import type { HotlineCallRow } from "./types";
import { toDateTimeLocalValue } from "@/lib/time/zoned";

export function emptyCall(followUpOfId?: string): HotlineCallFormValues {
  return {
    receivedAt: "",
    durationSeconds: "",
    channel: "PHONE",
    language: "",
    callType: "DATA",
    callerRelationship: "",
    callerCountry: "",
    callerRegion: "",
    callerPlace: "",
    callerPhone: "",
    callbackConsent: false,
    confirmUnusualTime: false,
    personSex: "",
    personAgeGroup: "",
    personCitizenship: "",
    personCountryNow: "",
    topics: [],
    urgency: "",
    summary: "",
    actions: [],
    reportBasis: "",
    reportReason: "",
    callbackDueAt: "",
    followUpOfId: followUpOfId ?? "",
  } as HotlineCallFormValues;
}

/**
 * A date for an <input type="datetime-local">, in the browser's time zone. Instants (ISO with a
 * zone) are converted; values typed into a draft ("2026-03-03T10:30") are kept as typed.
 */
export function toLocalInput(value: unknown): string {
  if (value instanceof Date) return toDateTimeLocalValue(value);
  if (typeof value !== "string" || value === "") return "";
  if (/(Z|[+-]\d\d:\d\d)$/.test(value)) return toDateTimeLocalValue(new Date(value));
  return value;
}

const KNOWN_KEYS = new Set(Object.keys(emptyCall()));

/** A saved draft over an empty call: only the form's own keys are taken. */
export function callFromDraft(draft: Record<string, unknown>): HotlineCallFormValues {
  const values: Record<string, unknown> = { ...emptyCall() };
  for (const [key, value] of Object.entries(draft)) if (KNOWN_KEYS.has(key)) values[key] = value;
  return values as HotlineCallFormValues;
}

/** A stored call as form values (for editing, and for merging an API PATCH over it). */
export function valuesOfCall(
  call: HotlineCallRow & {
    callerRegion: string | null;
    callerPlace: string | null;
    callerPhone: string | null;
    callbackConsent: boolean;
    summary: string | null;
    followUpOfId: string | null;
    reportReason?: string | null;
  },
): HotlineCallFormValues {
  return {
    receivedAt: call.receivedAt.toISOString(),
    durationSeconds: call.durationSeconds ?? "",
    channel: call.channel,
    language: call.language ?? "",
    callType: call.callType,
    callerRelationship: call.callerRelationship ?? "",
    callerCountry: call.callerCountry ?? "",
    callerRegion: call.callerRegion ?? "",
    callerPlace: call.callerPlace ?? "",
    callerPhone: call.callerPhone ?? "",
    callbackConsent: call.callbackConsent,
    personSex: call.personSex ?? "",
    personAgeGroup: call.personAgeGroup ?? "",
    personCitizenship: call.personCitizenship ?? "",
    personCountryNow: call.personCountryNow ?? "",
    topics: call.topics,
    urgency: call.urgency ?? "",
    summary: call.summary ?? "",
    actions: call.actions,
    reportBasis: call.authorityReportBasis ?? "",
    reportReason: call.reportReason ?? "",
    callbackDueAt: call.callbackDueAt?.toISOString() ?? "",
    followUpOfId: call.followUpOfId ?? "",
  } as HotlineCallFormValues;
}
