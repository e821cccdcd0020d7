// The Russian glossary (docs/glossary/ru.md) is the rule for every Russian string: a word in its
// "Не использовать" column must not appear in messages/ru.json or the Russian sheets; each other
// language's glossary rules its strings the same way. Capitalised entries match only
// with that capital (a list entry or the start of a sentence: "Передачу данных" is wrong as an
// entry but right inside "согласие на передачу данных"); lower-case entries match in any case.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { countryName } from "./format";
import { LOCALES } from "./locales";

const root = path.resolve(import.meta.dirname, "../..");

function glossaryRows(locale: string): string[][] {
  return fs
    .readFileSync(path.join(root, `docs/glossary/${locale}.md`), "utf8")
    .split("\n")
    .filter((l) => l.startsWith("| ") && !l.startsWith("| English") && !l.startsWith("|---"))
    .map((row) => row.split("|").map((cell) => cell.trim()));
}

/**
 * The words a glossary's "Do not use" column forbids everywhere: those written bare. A word in
 * «quotes» is forbidden in that row's sense only (Kyrgyz «жолдомо»: never a support area, always a
 * referral; Russian «скрыть»: never for dismissing a task, fine for hiding a notice), which a word
 * search cannot tell: it is left to the reviewer. So is a bare word the glossary chooses elsewhere.
 */
function forbiddenTerms(locale = "ru"): string[] {
  const rows = glossaryRows(locale);
  const chosen = rows.map((cells) => (cells[2] ?? "").toLowerCase()).join(" | ");
  return rows
    .flatMap((cells) =>
      (cells[3] ?? "")
        .replace(/\(.*?\)/g, "")
        .split(",")
        .map((t) => t.trim()),
    )
    .filter((t) => t && t !== "—" && !chosen.includes(t.toLowerCase()));
}

/** Every string of a language: its messages, and its consent and information sheets (not the sheets' notes to reviewers). */
function stringsOf(locale: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (node: unknown, trail: string[]) => {
    if (typeof node === "string") out.push([trail.join("."), node]);
    else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, [...trail, k]);
  };
  walk(JSON.parse(fs.readFileSync(path.join(root, `messages/${locale}.json`), "utf8")), []);
  const { meta: _meta, ...sheets } = JSON.parse(
    fs.readFileSync(path.join(root, `lib/sheets/texts/${locale}.json`), "utf8"),
  );
  walk(sheets, ["sheets"]);
  return out;
}

const russianStrings = () => stringsOf("ru");

function matches(term: string, text: string): boolean {
  const capitalised = term[0] !== term[0]!.toLowerCase();
  const pattern = new RegExp(`(^|[^\\p{L}])${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, capitalised ? "u" : "iu");
  return pattern.test(text);
}

describe("Russian wording follows the glossary (issue 15, defect 8)", () => {
  const terms = forbiddenTerms();

  it("the glossary lists the words it forbids", () => {
    expect(terms).toEqual(
      expect.arrayContaining(["Киргизия", "жильцы", "удерживается", "переселение", "Ждём", "Передачу данных"]),
    );
  });

  it("no Russian message uses a forbidden word", () => {
    const offences = russianStrings().flatMap(([key, text]) =>
      terms.filter((t) => matches(t, text)).map((t) => `${key}: «${t}» in «${text}»`),
    );
    expect(offences).toEqual([]);
  });

  it("the support plan's area is never called «Направление», which means a referral", () => {
    const strings = Object.fromEntries(russianStrings());
    expect(strings["casework.area"]).not.toMatch(/направлени/i);
  });

  it("Kyrgyzstan is «Кыргызстан» in Russian, as the country calls itself", () => {
    expect(countryName("KG", "ru")).toBe("Кыргызстан");
    expect(countryName("KG", "en")).toBe("Kyrgyzstan");
    expect(countryName("UZ", "ru")).toBe("Узбекистан");
  });
});

// Every other language keeps its own glossary the same way: what its "Do not use" column lists
// appears nowhere in its messages or its sheets.
describe("every language follows its glossary (issue 21)", () => {
  for (const locale of LOCALES.filter((l) => l !== "en" && l !== "ru")) {
    it(`${locale}: no message or sheet uses a word its glossary forbids`, () => {
      const terms = forbiddenTerms(locale);
      expect(terms.length, "the glossary lists words to avoid").toBeGreaterThan(5);
      const offences = stringsOf(locale).flatMap(([key, text]) =>
        terms.filter((t) => matches(t, text)).map((t) => `${key}: «${t}» in «${text}»`),
      );
      expect(offences).toEqual([]);
    });
  }
});
