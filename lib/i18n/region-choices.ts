// Region choices for forms, named in the user's language: built on the server and passed to the
// form, so the lists (lib/i18n/regions.ts and region-names, every language) stay out of the pages' JavaScript.
// Named and sorted once per locale, for the process; frozen, since every page shares them.
import { REGION_COUNTRIES, regionName, regionsOf } from "./regions";
import { collator } from "./intl-cache";

type Choices = Record<string, { code: string; name: string }[]>;
const choicesOf = new Map<string, Choices>();

export function regionChoices(locale: string): Choices {
  let choices = choicesOf.get(locale);
  if (!choices) {
    const order = collator(locale);
    choices = Object.freeze(
      Object.fromEntries(
        REGION_COUNTRIES.map((country) => [
          country,
          Object.freeze(
            regionsOf(country)
              .map((r) => Object.freeze({ code: r.code, name: regionName(r.code, locale) ?? r.en }))
              .sort((a, b) => order.compare(a.name, b.name)),
          ) as { code: string; name: string }[],
        ]),
      ),
    );
    choicesOf.set(locale, choices);
  }
  return choices;
}
