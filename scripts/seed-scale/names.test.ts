import { describe, expect, it } from "vitest";
import { random } from "../../prisma/demo-calls";
import { syntheticName, toLatin } from "./names";

describe("synthetic names", () => {
  it("spell Cyrillic in Latin as staff type it", () => {
    expect(toLatin("Шахноза Юсупова")).toBe("Shakhnoza Yusupova");
    expect(toLatin("Жумабаев")).toBe("Jumabaev");
  });

  it("are varied, sexed, and come in both scripts", () => {
    const rnd = random(7);
    const names = Array.from({ length: 2000 }, (_, i) => syntheticName(rnd, i % 2 ? "MALE" : "FEMALE"));
    expect(new Set(names.map((n) => `${n.givenName} ${n.familyName}`)).size).toBeGreaterThan(1500);
    for (const n of names) {
      expect(n.givenName).toMatch(/^[А-ЯЁ][а-яё]+$/);
      expect(n.givenNameLatin).toMatch(/^[A-Z][a-z]+$/);
      expect(n.familyNameLatin).toBe(toLatin(n.familyName));
    }
    expect(names.filter((_, i) => i % 2 === 0).every((n) => /(а|зода|кызы)$/.test(n.familyName))).toBe(true);
  });
});
