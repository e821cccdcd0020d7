// Locale-aware display helpers shared by server and client components.
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

export function formatDateTime(value: Date | string, locale: string, timeZone?: string): string {
  return dateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(value));
}

export function formatDate(value: Date | string, locale: string, timeZone?: string): string {
  return dateTimeFormat(locale, { dateStyle: "medium", timeZone }).format(new Date(value));
}
