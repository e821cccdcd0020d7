import { describe, expect, it } from "vitest";
import { countryChoices, regionalCountryChoices } from "./countries";

describe("the regional country list of forms repeated per record", () => {
  it("holds the network's countries and the ones stored records name, and nothing else", () => {
    const all = countryChoices("en");
    const regional = regionalCountryChoices("en", ["BR", "RU", null]);
    expect(regional.first).toEqual(all.first);
    expect(regional.first.map((c) => c.code)).toContain("RU");
    // Brazil is kept only because a record names it (a change must not drop it).
    expect(regional.rest.map((c) => c.code)).toEqual(["BR"]);
    expect(regionalCountryChoices("en").rest).toEqual([]);
  });
});

describe("the country list", () => {
  it("puts the region's countries first and sorts the rest by name in the user's language", () => {
    for (const locale of ["en", "ru", "uz"]) {
      const { first, rest } = countryChoices(locale);
      expect(first.slice(0, 3).map((c) => c.code)).toEqual(["UZ", "TJ", "KG"]);
      const names = rest.map((c) => c.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, locale)));
      expect(rest.some((c) => first.includes(c))).toBe(false);
    }
    expect(countryChoices("ru").rest.find((c) => c.code === "FR")?.name).toBe("Франция");
  });

  it("is built once per language and shared, so no page can change another's", () => {
    expect(countryChoices("en")).toBe(countryChoices("en"));
    expect(countryChoices("en")).not.toBe(countryChoices("ru"));
    expect(() => countryChoices("en").rest.push({ code: "XX", name: "Nowhere" })).toThrow(TypeError);
    expect(() => {
      countryChoices("en").first[0]!.name = "Changed";
    }).toThrow(TypeError);
  });
});
