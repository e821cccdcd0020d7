// Phone numbers as callers give them ("8 701 123 45 67", "+998 90 123-45-67", "0555 123 456")
// normalised to E.164, the form in which they are hashed for repeat-caller look-ups.
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

/** E.164 (e.g. +77011234567), or null when the input is not a plausible number. */
export function normalisePhone(input: string, defaultCountry?: string): string | null {
  const trimmed = input.trim();
  if (!/^[+\d][\d\s().-]{4,30}$/.test(trimmed)) return null;
  const parsed = parsePhoneNumberFromString(trimmed, defaultCountry as CountryCode | undefined);
  if (!parsed || !parsed.isValid()) return null;
  return parsed.number;
}
