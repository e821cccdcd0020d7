// Where the names that Intl (CLDR) gives differ from what the country calls itself in that
// language, and our users would read the CLDR name as wrong or dated. Russian CLDR says "Киргизия";
// the country's official Russian name, used by its government, NGOs and our partners, is
// "Кыргызстан" (docs/glossary/ru.md).
const OVERRIDES: Record<string, Record<string, string>> = {
  ru: { KG: "Кыргызстан" },
};

export function countryNameOverride(code: string, locale: string): string | undefined {
  return OVERRIDES[locale.split("-")[0]!]?.[code.toUpperCase()];
}
