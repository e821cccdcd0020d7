// Region choices for forms, named in the user's language: built on the server and passed to the
// form, so the lists (lib/i18n/regions.ts and region-names, every language) stay out of the pages' JavaScript.
import { REGION_COUNTRIES, regionName, regionsOf } from "./regions";

export function regionChoices(locale: string): Record<string, { code: string; name: string }[]> {
  return Object.fromEntries(
    REGION_COUNTRIES.map((country) => [
      country,
      regionsOf(country)
        .map((r) => ({ code: r.code, name: regionName(r.code, locale) ?? r.en }))
        .sort((a, b) => a.name.localeCompare(b.name, locale)),
    ]),
  );
}
