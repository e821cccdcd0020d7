import { describe, expect, it } from "vitest";
import { copyValue } from "./copy";

describe("COPY text values", () => {
  it("write nulls, dates, arrays and special characters as PostgreSQL reads them", () => {
    expect(copyValue(null)).toBe("\\N");
    expect(copyValue(new Date("2026-01-02T03:04:05.006Z"))).toBe("2026-01-02T03:04:05.006Z");
    expect(copyValue(["WAGE_THEFT", "HEALTH"])).toBe('{"WAGE_THEFT","HEALTH"}');
    expect(copyValue([])).toBe("{}");
    expect(copyValue("a\tb\nc\\d")).toBe("a\\tb\\nc\\\\d");
    expect(copyValue(['say "hi"'])).toBe('{"say \\\\"hi\\\\""}');
    expect(copyValue(42)).toBe("42");
    expect(copyValue(false)).toBe("false");
  });
});
