import { describe, expect, it } from "vitest";
import { figuresQuerySchema, periodOf, quarterDays, quarterOf } from "./schema";

describe("figures period", () => {
  it("knows the quarters, leap years included", () => {
    expect(quarterDays(2026, 3)).toEqual({ from: "2026-07-01", to: "2026-09-30" });
    expect(quarterDays(2028, 1)).toEqual({ from: "2028-01-01", to: "2028-03-31" });
    expect(quarterOf("2026-12-31")).toEqual({ from: "2026-10-01", to: "2026-12-31" });
  });

  it("defaults to the organisation's current quarter, and completes a half-given period", () => {
    expect(periodOf({}, "2026-08-15")).toEqual({ from: "2026-07-01", to: "2026-09-30" });
    expect(periodOf({ from: "2026-01-01" }, "2026-08-15")).toEqual({ from: "2026-01-01", to: "2026-09-30" });
    expect(periodOf({ to: "2026-02-10" }, "2026-08-15")).toEqual({ from: "2026-01-01", to: "2026-02-10" });
  });

  it("refuses a period that ends before it starts, runs over ten years, or is no date", () => {
    const issues = (input: object) => figuresQuerySchema.safeParse(input).error?.issues.map((i) => i.message);
    expect(issues({ from: "2026-09-30", to: "2026-07-01" })).toEqual(["errors.periodEndsBeforeStart"]);
    expect(issues({ from: "2000-01-01", to: "2026-07-01" })).toEqual(["errors.periodTooLong"]);
    expect(issues({ from: "2026-02-30" })).toBeDefined();
    expect(issues({ from: "1999-12-31" })).toEqual(["errors.invalidDate"]);
    expect(figuresQuerySchema.parse({ from: "2026-07-01", to: "2026-09-30", sex: "MALE" })).toMatchObject({
      sex: "MALE",
    });
  });
});
