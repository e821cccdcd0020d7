// The Russian glossary (docs/glossary/ru.md) is the rule for every Russian string: a word in its
// "Не использовать" column must not appear in messages/ru.json. Capitalised entries match only
// with that capital (a list entry or the start of a sentence: "Передачу данных" is wrong as an
// entry but right inside "согласие на передачу данных"); lower-case entries match in any case.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { countryName } from "./format";

const root = path.resolve(import.meta.dirname, "../..");

function forbiddenTerms(): string[] {
  const rows = fs
    .readFileSync(path.join(root, "docs/glossary/ru.md"), "utf8")
    .split("\n")
    .filter((l) => l.startsWith("| ") && !l.startsWith("| English") && !l.startsWith("|---"));
  return rows.flatMap((row) => {
    const cell = row.split("|")[3]?.trim() ?? "";
    return cell
      .replace(/\(.*?\)/g, "")
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean);
  });
}

function russianStrings(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (node: unknown, trail: string[]) => {
    if (typeof node === "string") out.push([trail.join("."), node]);
    else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, [...trail, k]);
  };
  walk(JSON.parse(fs.readFileSync(path.join(root, "messages/ru.json"), "utf8")), []);
  return out;
}

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
