// Country choices for forms, named in the user's language. Built on the server and passed to
// forms, so the server's and the browser's ICU data cannot disagree on a name (hydration).
import { COUNTRY_CODES } from "./country-codes";
import { countryName } from "./format";

/** Countries of the region's migration routes first, then every other country by name. */
const REGION_FIRST = ["UZ", "TJ", "KG", "KZ", "TM", "RU", "TR", "AE", "AF", "CN", "KR", "PL", "DE", "SA"];

export interface CountryChoice {
  code: string;
  name: string;
}

export function countryChoices(locale: string): { first: CountryChoice[]; rest: CountryChoice[] } {
  const named = COUNTRY_CODES.map((code) => ({ code, name: countryName(code, locale) }));
  return {
    first: REGION_FIRST.map((code) => named.find((c) => c.code === code)!),
    rest: named.filter((c) => !REGION_FIRST.includes(c.code)).sort((a, b) => a.name.localeCompare(b.name, locale)),
  };
}

/**
 * The network's own countries and their neighbours only, plus those a stored record already names
 * (so that a change never drops one): for forms repeated once per record on a page, where the
 * whole world's list, repeated, would weigh more than the page itself.
 */
export function regionalCountryChoices(
  locale: string,
  keep: readonly (string | null | undefined)[] = [],
): { first: CountryChoice[]; rest: CountryChoice[] } {
  const { first, rest } = countryChoices(locale);
  const kept = rest.filter((c) => keep.includes(c.code));
  return { first, rest: kept };
}
