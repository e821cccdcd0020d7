// Issue 21: dates and plurals follow each language's own rules (ICU, as the server and the browser
// both carry it), not English ones with translated words.
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { formatDate } from "./format";
import { LOCALES } from "./locales";

const MONTH: Record<(typeof LOCALES)[number], RegExp> = {
  en: /^Dec 7, 2026$/,
  ru: /^7 дек\. 2026/,
  uz: /^7-dek/,
  "uz-Cyrl": /^7 дек/,
  kk: /^2026 ж\. 0?7 жел/,
  ky: /^2026-ж\., 7-дек/,
  tg: /^0?7 Дек 2026$/,
};

describe("each language's own rules", () => {
  for (const locale of LOCALES) {
    it(`${locale}: dates in the language's order and month names`, () => {
      expect(formatDate("2026-12-07T00:00:00Z", locale, "UTC")).toMatch(MONTH[locale]);
    });
  }

  it("plurals choose the language's forms (Russian few and many; one and other elsewhere)", () => {
    const russian = "{count, plural, one {# звонок} few {# звонка} many {# звонков} other {# звонка}}";
    expect([1, 3, 5, 21].map((count) => new IntlMessageFormat(russian, "ru").format({ count }))).toEqual([
      "1 звонок",
      "3 звонка",
      "5 звонков",
      "21 звонок",
    ]);
    for (const locale of ["uz", "uz-Cyrl", "kk", "ky", "tg"]) {
      expect(new Intl.PluralRules(locale).resolvedOptions().pluralCategories.sort(), locale).toEqual(["one", "other"]);
    }
  });
});
