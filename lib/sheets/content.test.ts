// The sheets are what a person agrees to: every language must say every part the English says,
// keep the placeholders the page fills in, and keep the check questions of the read-aloud text.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONSENT_KINDS } from "@/lib/vocabulary/consents";
import { INFORMATION_SHEETS, kindOfSlug, kindSlug, SHEET_LANGUAGES } from "./schema";
import { sheetHash } from "./versions";
import versions from "./versions.json";

const load = (language: string) =>
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, `texts/${language}.json`), "utf8"));

/** The shape of a text: keys, array lengths; strings reduced to their placeholders and questions. */
function shape(value: unknown): unknown {
  if (typeof value === "string")
    return {
      placeholders: [...value.matchAll(/\{[^}]*\}/g)].map((m) => m[0]).sort(),
      questions: value.split("*").length,
    };
  if (Array.isArray(value)) return value.map(shape);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, shape(child)]));
  return value;
}

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("consent and information sheets", () => {
  const english = load("en");

  for (const language of SHEET_LANGUAGES) {
    it(`${language} says every part the English says, with its placeholders and check questions`, () => {
      const texts = load(language);
      const { meta: _meta, ...rest } = texts;
      const { meta: _enMeta, ...englishRest } = english;
      expect(shape(rest)).toEqual(shape(englishRest));
      for (const text of strings(rest)) expect(text.trim()).not.toBe("");
    });

    it(`${language}: each consent sheet stays about as long as the English (one A4 page)`, () => {
      const texts = load(language);
      for (const kind of CONSENT_KINDS) {
        const length = (t: { consent: Record<string, Record<string, unknown>> }) =>
          strings({ ...t.consent[kind], readAloud: [] }).join(" ").length;
        expect(length(texts) / length(english), kind).toBeLessThan(1.3);
      }
    });
  }

  it("names every consent kind and information sheet in every language", () => {
    for (const language of SHEET_LANGUAGES) {
      const texts = load(language);
      expect(Object.keys(texts.consent).sort()).toEqual([...CONSENT_KINDS].sort());
      expect(Object.keys(texts.information).sort()).toEqual([...INFORMATION_SHEETS].sort());
      expect(texts.meta.review, language).toMatch(language === "en" ? /Source text/ : /review/i);
    }
  });

  it("reads a kind back from its address, and nothing else", () => {
    for (const kind of CONSENT_KINDS) expect(kindOfSlug(kindSlug(kind))).toBe(kind);
    expect(kindSlug("FAMILY_TRACING")).toBe("family-tracing");
    expect(kindOfSlug("FAMILY_TRACING")).toBeNull();
    expect(kindOfSlug("../services")).toBeNull();
  });
});

describe("sheet versions (lib/sheets/versions.json)", () => {
  it("lock every consent sheet's current text: a changed text needs `npm run sheets:lock`", () => {
    const lock = versions as Record<string, Record<string, { version: number; sha256: string }>>;
    const stale: string[] = [];
    for (const language of SHEET_LANGUAGES) {
      const texts = load(language);
      for (const kind of CONSENT_KINDS) {
        const entry = lock[kind]?.[language];
        if (!entry || entry.sha256 !== sheetHash(texts.consent[kind]) || entry.version < 1)
          stale.push(`${kind}/${language}`);
      }
    }
    expect(stale).toEqual([]);
  });
});
