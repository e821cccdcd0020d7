import fs from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { LOCALES, localeFromAcceptLanguage } from "./locales";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function load(locale: string) {
  return JSON.parse(fs.readFileSync(path.join(import.meta.dirname, `../../messages/${locale}.json`), "utf8"));
}

describe("translations", () => {
  const english = new Set(keys(en));
  for (const locale of LOCALES) {
    it(`${locale} has exactly the English keys, none empty`, () => {
      const messages = load(locale);
      expect(new Set(keys(messages))).toEqual(english);
      for (const key of keys(messages)) {
        const text = key
          .split(".")
          .reduce((node: Record<string, unknown>, part) => node[part] as Record<string, unknown>, messages);
        expect(String(text).trim(), key).not.toBe("");
      }
    });
  }

  it("has a message for every translation key used in code", () => {
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory() && entry.name !== "generated") walk(full);
        else if (/\.tsx?$/.test(entry.name) && !entry.name.includes(".test.")) {
          for (const match of fs.readFileSync(full, "utf8").matchAll(/["'`](errors\.[A-Za-z_]+)["'`]/g))
            used.add(match[1]!);
        }
      }
    };
    const root = path.join(import.meta.dirname, "../..");
    for (const dir of ["lib", "components", "app"]) walk(path.join(root, dir));
    expect(used.size).toBeGreaterThan(10);
    for (const key of used) expect(english.has(key), key).toBe(true);
  });
});

// A message that the ICU message format cannot parse (the API-token help held
// "Bearer <token>", an unclosed tag) fails at render time on every view of its page. next-intl
// parses with intl-messageformat, tags included (rich text), so every message of every locale is
// compiled here exactly as it would be there.
describe("message format", () => {
  for (const locale of LOCALES) {
    it(`${locale}: every message compiles`, () => {
      const messages = load(locale);
      const broken: string[] = [];
      for (const key of keys(messages)) {
        const text = key
          .split(".")
          .reduce((node: Record<string, unknown>, part) => node[part] as Record<string, unknown>, messages);
        try {
          new IntlMessageFormat(String(text), locale);
        } catch (error) {
          broken.push(`${key}: ${(error as Error).message}`);
        }
      }
      expect(broken).toEqual([]);
    });
  }
});

describe("localeFromAcceptLanguage", () => {
  it("picks the best supported language", () => {
    expect(localeFromAcceptLanguage("ru-RU,ru;q=0.9,en;q=0.8")).toBe("ru");
    expect(localeFromAcceptLanguage("de, ru;q=0.3")).toBe("ru");
    expect(localeFromAcceptLanguage("fr;q=0.9,en;q=0.5")).toBe("en");
    expect(localeFromAcceptLanguage(null)).toBe("en");
  });

  it("tells Uzbek's two alphabets apart, and reads each language's regional tags", () => {
    expect(localeFromAcceptLanguage("uz-Cyrl-UZ,uz;q=0.8")).toBe("uz-Cyrl");
    expect(localeFromAcceptLanguage("uz-cyrl")).toBe("uz-Cyrl");
    expect(localeFromAcceptLanguage("uz-UZ,ru;q=0.5")).toBe("uz");
    expect(localeFromAcceptLanguage("uz-Latn-UZ")).toBe("uz");
    expect(localeFromAcceptLanguage("kk-KZ,ru;q=0.9")).toBe("kk");
    expect(localeFromAcceptLanguage("ky-KG")).toBe("ky");
    expect(localeFromAcceptLanguage("tg-TJ,ru;q=0.8")).toBe("tg");
    expect(localeFromAcceptLanguage("tg;q=0,ru;q=0.5")).toBe("ru");
  });
});
