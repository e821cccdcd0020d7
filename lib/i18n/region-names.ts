// Typed region names, read back into codes: "Samarkand", «Самаркандская область» and "samarkand
// region" are UZ-SA. Used once, by the migration that turned the free-text region fields into
// codes (its SQL lookup was written from regionNameKeys() and a test holds the two equal), and by
// anything that must read a region typed before the lists existed.
import { REGIONS, type REGION_COUNTRIES } from "./regions";

type Country = (typeof REGION_COUNTRIES)[number];

/** How a typed name is compared: trimmed, lower case, ё as е, spaces collapsed. */
export function foldRegionName(value: string): string {
  return value.trim().toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ");
}

// The generic words a name may be typed with or without ("Samarkand" for "Samarkand Region").
const EN_GENERIC =
  /\s+(region|province|oblast|district|rayon|city|governorate|emirate|autonomous okrug|autonomous oblast|krai|republic)$/i;
const RU_GENERIC = /\s*(область|край|республика|автономный округ|автономная область|город|район|провинция|эмират)\s*/gi;

/**
 * Spellings in common use that the lists do not hold (romanisations, Russian nouns beside the
 * lists' adjectives, short forms), each naming one region only. Chosen where a region is commonly
 * written otherwise; REVIEW with the lists (lib/i18n/regions.ts).
 */
const ALIASES: Record<string, readonly string[]> = {
  "UZ-SA": ["samarkand", "samarkand region", "самарканд"],
  "UZ-FA": ["ferghana", "farg'ona", "фергана"],
  "UZ-AN": ["andijon", "андижан"],
  "UZ-BU": ["buxoro", "бухара"],
  "UZ-NG": ["наманган"],
  "UZ-XO": ["xorazm", "хорезм"],
  "UZ-QA": ["qashqadaryo", "кашкадарья"],
  "UZ-SU": ["surxondaryo", "сурхандарья"],
  "UZ-NW": ["navoi", "navoiy", "навои"],
  "UZ-JI": ["jizzax", "джизак", "джизах"],
  "UZ-SI": ["sirdaryo", "сырдарья"],
  "UZ-QR": ["qoraqalpog'iston", "каракалпакстан", "каракалпакия"],
  "KG-B": ["баткен"],
  "KG-C": ["chuy", "чуй"],
  "KG-Y": ["ysyk-kol", "иссык-куль"],
  "KG-J": ["jalalabad", "джалал-абад"],
  "KG-N": ["нарын"],
  "KG-T": ["талас"],
  "TJ-SU": ["sogd", "согд"],
  "TJ-KT": ["хатлон"],
  "TJ-GB": ["gbao", "гбао", "badakhshan", "бадахшан"],
  "RU-MOW": ["moscow", "москва"],
  "RU-SPE": ["st petersburg", "st. petersburg", "saint petersburg", "spb", "питер", "санкт-петербург"],
};

/**
 * Every typed form that names one region unambiguously, per country: the English and Russian
 * names; the same without their generic word unless that names another region too ("Tashkent" is
 * the city or the region, so it stays a place name); and the aliases above.
 */
export function regionNameKeys(): { country: Country; key: string; code: string }[] {
  const keys: { country: Country; key: string; code: string }[] = [];
  for (const [country, regions] of Object.entries(REGIONS) as [Country, (typeof REGIONS)[Country]][]) {
    const full = new Map<string, string | null>();
    for (const r of regions)
      for (const name of [r.en, r.ru]) {
        const key = foldRegionName(name);
        full.set(key, full.has(key) && full.get(key) !== r.code ? null : r.code);
      }
    const cores = new Map<string, string | null>();
    for (const r of regions)
      for (const name of [r.en.replace(/^republic of /i, "").replace(EN_GENERIC, ""), r.ru.replace(RU_GENERIC, " ")]) {
        const key = foldRegionName(name);
        if (!key || full.has(key)) continue;
        cores.set(key, cores.has(key) && cores.get(key) !== r.code ? null : r.code);
      }
    const aliases = new Map(
      regions.flatMap((r) => (ALIASES[r.code] ?? []).map((alias) => [foldRegionName(alias), r.code] as const)),
    );
    for (const [key, code] of [...full, ...cores]) if (code && !aliases.has(key)) keys.push({ country, key, code });
    for (const [key, code] of aliases) keys.push({ country, key, code });
  }
  return keys;
}
