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
