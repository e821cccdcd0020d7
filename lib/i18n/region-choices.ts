// Region choices for forms, named in the user's language: built on the server and passed to the
// form, so the lists (lib/i18n/regions.ts, both languages) stay out of the pages' JavaScript.
import { REGION_COUNTRIES, regionsOf } from "./regions";

export function regionChoices(locale: string): Record<string, { code: string; name: string }[]> {
  return Object.fromEntries(
    REGION_COUNTRIES.map((country) => [
      country,
      regionsOf(country)
        .map((r) => ({ code: r.code, name: locale === "ru" ? r.ru : r.en }))
        .sort((a, b) => a.name.localeCompare(b.name, locale)),
    ]),
  );
}
