// The interface's languages: English, Russian, Uzbek in both of its alphabets (Latin, the official
// one since 1995, and Cyrillic, which many older people read only), Kazakh, Kyrgyz and Tajik.
// A unit test checks that every message file has every English key.
export const LOCALES = ["en", "ru", "uz", "uz-Cyrl", "kk", "ky", "tg"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** Each language in its own name, as the switcher lists it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  ru: "Русский",
  uz: "Oʻzbekcha",
  "uz-Cyrl": "Ўзбекча",
  kk: "Қазақша",
  ky: "Кыргызча",
  tg: "Тоҷикӣ",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

const BY_LOWER_CASE = new Map(LOCALES.map((locale) => [locale.toLowerCase(), locale]));

/**
 * The supported language a BCP 47 tag asks for: the tag itself, then its language and script
 * ("uz-Cyrl-UZ" is Uzbek in Cyrillic), then its language alone ("uz-UZ" is Uzbek, in Latin).
 */
function localeOfTag(tag: string): Locale | undefined {
  const parts = tag.trim().toLowerCase().split("-");
  for (let length = Math.min(parts.length, 2); length > 0; length--) {
    const found = BY_LOWER_CASE.get(parts.slice(0, length).join("-"));
    if (found) return found;
  }
  return undefined;
}

/** Best supported match for an Accept-Language header. */
export function localeFromAcceptLanguage(header: string | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  const wanted = header
    .split(",")
    .map((part) => {
      const [tag, q] = part.trim().split(";q=");
      return { locale: localeOfTag(tag ?? ""), q: q ? Number(q) : 1 };
    })
    .filter((w) => w.locale && w.q > 0)
    .sort((a, b) => b.q - a.q);
  return wanted[0]?.locale ?? DEFAULT_LOCALE;
}
