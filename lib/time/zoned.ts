// Calendar days in an organisation's time zone. "Calls on 3 March" in Tashkent are the calls
// between Tashkent's midnights, not UTC's.
import { dateTimeFormat } from "@/lib/i18n/intl-cache";

/** Offset of `timeZone` from UTC at `instant`, in milliseconds (e.g. +5 h for Asia/Tashkent). */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const parts = dateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The UTC instant at which the local day `yyyy-mm-dd` starts in `timeZone`. */
export function startOfLocalDay(day: string, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  let instant = guess - zoneOffsetMs(new Date(guess), timeZone);
  instant = guess - zoneOffsetMs(new Date(instant), timeZone); // once more across a DST change
  return new Date(instant);
}

/** `yyyy-mm-dd` of an instant in `timeZone`. */
export function localDay(instant: Date, timeZone: string): string {
  return dateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

/**
 * Today in the organisation's calendar, as the UTC midnight a @db.Date column holds: a step due on
 * 6 December is overdue from Tashkent's midnight, five hours before UTC's.
 */
export function organisationToday(scope: { timeZone?: string }, now = new Date()): Date {
  return new Date(`${localDay(now, scope.timeZone ?? "UTC")}T00:00:00Z`);
}

/** The day after `yyyy-mm-dd`. */
export function nextDay(day: string): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Value for an <input type="datetime-local"> showing `instant` in the browser's zone. */
export function toDateTimeLocalValue(instant: Date): string {
  const local = new Date(instant.getTime() - instant.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/**
 * An instant as ISO 8601 local time in `timeZone`, with its offset: `2026-03-03T20:46:00+05:00`.
 * For exports: the organisation's wall-clock time, and the offset says which zone it is.
 */
export function isoInZone(instant: Date, timeZone: string): string {
  const offset = zoneOffsetMs(instant, timeZone);
  const local = new Date(Math.floor(instant.getTime() / 1000) * 1000 + offset).toISOString().slice(0, 19);
  const minutes = Math.round(Math.abs(offset) / 60_000);
  const sign = offset < 0 ? "-" : "+";
  return `${local}${sign}${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** A calendar date stored as a database DATE (midnight UTC), as YYYY-MM-DD: no zone applies. */
export function isoDate(day: Date): string {
  return day.toISOString().slice(0, 10);
}
