// The region lists (lib/i18n/regions.ts): codes of ISO 3166-2's shape under the right country, each
// once; both names present and the Russian one in Cyrillic; as many entries per country as ISO lists.
import { describe, expect, it } from "vitest";
import { REGION_COUNTRIES, REGIONS, regionName, regionsOf } from "./regions";

/** First-level entries ISO 3166-2 lists (AZ: those without a parent; Nakhchivan's eight are left out). */
const EXPECTED_COUNTS: Record<(typeof REGION_COUNTRIES)[number], number> = {
  UZ: 14,
  KZ: 20,
  KG: 9,
  TJ: 5,
  TM: 6,
  RU: 83,
  AF: 34,
  TR: 81,
  AE: 7,
  CN: 34,
  AZ: 70,
};

const all = REGION_COUNTRIES.flatMap((country) => REGIONS[country].map((region) => ({ country, ...region })));

describe("region lists", () => {
  it("covers exactly the countries it names", () => {
    expect(Object.keys(REGIONS).sort()).toEqual([...REGION_COUNTRIES].sort());
  });

  it("gives each code ISO 3166-2's shape under its own country", () => {
    for (const { country, code } of all) {
      expect(code).toMatch(/^[A-Z]{2}-[A-Z0-9]{1,3}$/);
      expect(code.startsWith(`${country}-`), code).toBe(true);
    }
  });

  it("lists each code once", () => {
    const codes = all.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("names every entry in English and in Russian (Cyrillic, no Latin letters)", () => {
    for (const { code, en, ru } of all) {
      expect(en.trim(), code).not.toBe("");
      expect(ru.trim(), code).not.toBe("");
      expect(ru, code).toMatch(/[А-Яа-яЁё]/);
      expect(ru, code).not.toMatch(/[A-Za-z]/);
    }
  });

  it("has as many entries per country as ISO lists", () => {
    for (const country of REGION_COUNTRIES) expect(REGIONS[country].length, country).toBe(EXPECTED_COUNTS[country]);
  });

  it("sorts each country's list by English name", () => {
    for (const country of REGION_COUNTRIES) {
      const names = REGIONS[country].map((r) => r.en);
      expect(names, country).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    }
  });
});

describe("regionName", () => {
  it("names well-known entries in Russian and English", () => {
    expect(regionName("UZ-TK", "ru")).toBe("город Ташкент");
    expect(regionName("UZ-TO", "ru")).toBe("Ташкентская область");
    expect(regionName("UZ-QR", "ru")).toBe("Республика Каракалпакстан");
    expect(regionName("RU-MOW", "ru")).toBe("город Москва");
    expect(regionName("RU-MOS", "ru")).toBe("Московская область");
    expect(regionName("RU-MOS", "en")).toBe("Moscow Oblast");
    expect(regionName("KZ-75", "ru")).toBe("город Алматы");
    expect(regionName("KZ-19", "ru")).toBe("Алматинская область");
    expect(regionName("KZ-33", "ru")).toBe("Жетысуская область");
    expect(regionName("KG-O", "ru")).toBe("Ошская область");
    expect(regionName("KG-GO", "ru")).toBe("город Ош");
    expect(regionName("KG-C", "ru")).toBe("Чуйская область");
    expect(regionName("TJ-SU", "ru")).toBe("Согдийская область");
    expect(regionName("TJ-SU", "en")).toBe("Sughd Region");
    expect(regionName("UZ-SA", "en")).toBe("Samarqand Region");
  });

  it("falls back to English for any other locale", () => {
    expect(regionName("UZ-TK", "de")).toBe("Tashkent City");
  });

  it("returns null for an unknown code", () => {
    expect(regionName("UZ-XX", "ru")).toBeNull();
    expect(regionName("FR-75", "en")).toBeNull();
    expect(regionName("", "en")).toBeNull();
  });
});

describe("regionsOf", () => {
  it("lists a covered country's regions", () => {
    expect(regionsOf("KG").map((r) => r.code)).toContain("KG-GB");
    expect(regionsOf("KG")).toHaveLength(9);
  });

  it("is empty for a country not covered", () => {
    expect(regionsOf("FR")).toEqual([]);
    expect(regionsOf("")).toEqual([]);
  });
});

describe("region names in Uzbek, Kazakh, Kyrgyz and Tajik (lib/i18n/region-names)", () => {
  const SCRIPTS: Record<string, RegExp> = {
    uz: /^[A-Za-zʻ’'\-—\s().]+$/u,
    "uz-Cyrl": /^[\p{Script=Cyrillic}ʼ’\-—\s().]+$/u,
    kk: /^[\p{Script=Cyrillic}\-—\s().]+$/u,
    ky: /^[\p{Script=Cyrillic}\-—\s().]+$/u,
    tg: /^[\p{Script=Cyrillic}\-—\s().]+$/u,
  };
  const codes = all.map((r) => r.code).sort();
  for (const [locale, script] of Object.entries(SCRIPTS)) {
    it(`${locale} names exactly the listed codes, each in its own alphabet`, async () => {
      const names = (await import(`./region-names/${locale}.json`)).default as Record<string, string>;
      expect(Object.keys(names).sort()).toEqual(codes);
      const wrong = Object.entries(names).filter(([, name]) => !script.test(name.trim()) || name.trim() !== name);
      expect(wrong).toEqual([]);
      expect(regionName("UZ-SA", locale)).toBe(names["UZ-SA"]);
    });
  }

  it("names a region in the interface's language, English where it has no list", () => {
    expect(regionName("UZ-SA", "uz")).toMatch(/Samarqand/);
    expect(regionName("UZ-SA", "uz-Cyrl")).toMatch(/Самарқанд/);
    expect(regionName("KZ-10", "kk")).toMatch(/Абай/);
    expect(regionName("KG-O", "ky")).toMatch(/Ош/);
    expect(regionName("TJ-SU", "tg")).toMatch(/Суғд/);
    expect(regionName("UZ-SA", "de")).toBe("Samarqand Region");
  });
});
