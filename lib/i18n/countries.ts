// Country choices for forms, named in the user's language. Built on the server and passed to
// forms, so the server's and the browser's ICU data cannot disagree on a name (hydration).
import { COUNTRY_CODES } from "./country-codes";
import { countryName } from "./format";
import { collator } from "./intl-cache";

/** Countries of the region's migration routes first, then every other country by name. */
const REGION_FIRST = ["UZ", "TJ", "KG", "KZ", "TM", "RU", "TR", "AE", "AF", "CN", "KR", "PL", "DE", "SA"];

export interface CountryChoice {
  code: string;
  name: string;
}

type Choices = { first: CountryChoice[]; rest: CountryChoice[] };

// The same for every page in a language: named and sorted once per locale, for the process (a
// record page shows several country lists, and sorting 250 names took milliseconds each time).
// Frozen, since every page shares them: a change would throw rather than reach another page.
const choicesOf = new Map<string, Choices>();

export function countryChoices(locale: string): Choices {
  let choices = choicesOf.get(locale);
  if (!choices) {
    const named = COUNTRY_CODES.map((code) => Object.freeze({ code, name: countryName(code, locale) }));
    const order = collator(locale);
    choices = Object.freeze({
      first: Object.freeze(REGION_FIRST.map((code) => named.find((c) => c.code === code)!)) as CountryChoice[],
      rest: Object.freeze(
        named.filter((c) => !REGION_FIRST.includes(c.code)).sort((a, b) => order.compare(a.name, b.name)),
      ) as CountryChoice[],
    });
    choicesOf.set(locale, choices);
  }
  return choices;
}

/**
 * The network's own countries and their neighbours only, plus those a stored record already names
 * (so that a change never drops one): for forms repeated once per record on a page, where the
 * whole world's list, repeated, would weigh more than the page itself.
 */
export function regionalCountryChoices(locale: string, keep: readonly (string | null | undefined)[] = []): Choices {
  const { first, rest } = countryChoices(locale);
  const kept = rest.filter((c) => keep.includes(c.code));
  return { first, rest: kept };
}
