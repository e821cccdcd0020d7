import { describe, expect, it } from "vitest";
import { snippetAround } from "./snippet";

describe("a search snippet of a call's summary", () => {
  it("marks the first matching word in any script and keeps whole words around it", () => {
    const text =
      "Звонила мать. Её дочь Gulnora уехала в Стамбул на работу в ресторан три месяца назад, с тех пор не отвечает на звонки и сообщения.";
    const s = snippetAround(text, "гулнора", 10)!;
    expect(s.match).toBe("Gulnora");
    expect(s.before.endsWith("дочь ")).toBe(true);
    expect(s.cutStart).toBe(true);
    expect(s.cutEnd).toBe(true);
    expect(s.before.startsWith(" ")).toBe(false);
    expect(`${s.before}${s.match}${s.after}`).toContain("Gulnora уехала");
  });

  it("finds nothing when no word matches, or the query has no word", () => {
    expect(snippetAround("Сестра не вернулась", "Москва")).toBeNull();
    expect(snippetAround("Сестра не вернулась", "!!")).toBeNull();
  });

  it("shows a short summary whole", () => {
    expect(snippetAround("Сестра не вернулась", "сестра")).toEqual({
      before: "",
      match: "Сестра",
      after: " не вернулась",
      cutStart: false,
      cutEnd: false,
    });
  });
});
