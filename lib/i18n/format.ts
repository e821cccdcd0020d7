// Locale-aware display helpers shared by server and client components: the one formatter for every
// time the app shows. The time zone is required: an instant formatted without one comes out
// in the zone of whichever machine renders it (UTC on the server, anything in a browser), and two
// screens then disagree by hours. Pages take it from the actor (`actor.timeZone`), server
// components without an actor from next-intl's `getTimeZone()`, client components from `useTimeZone()`
// (both set in lib/i18n/request.ts from the same actor).
import { countryNameOverride } from "./country-name-overrides";
import { dateTimeFormat, regionNames } from "./intl-cache";

export function countryName(code: string, locale: string): string {
  const own = countryNameOverride(code, locale);
  if (own) return own;
  try {
    return regionNames(locale).of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatDateTime(value: Date | string, locale: string, timeZone: string): string {
  return dateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(value));
}

/**
 * The date of an instant (a record's creation, an admission) where the organisation is. A calendar
 * day stored without a time (a `@db.Date` column) is midnight UTC: pass "UTC" for it.
 */
export function formatDate(value: Date | string, locale: string, timeZone: string): string {
  return dateTimeFormat(locale, { dateStyle: "medium", timeZone }).format(new Date(value));
}

/** Only the time of day, with seconds (e.g. when a draft was last saved). */
export function formatTime(value: Date | string, locale: string, timeZone: string): string {
  return dateTimeFormat(locale, { timeStyle: "medium", timeZone }).format(new Date(value));
}
