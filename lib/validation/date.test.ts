import { describe, expect, it } from "vitest";
import { coercedDate } from "./date";

describe("dates from input", () => {
  it("accepts calendar dates of this era and refuses years the database cannot store", () => {
    expect(coercedDate().safeParse("2026-05-01").success).toBe(true);
    expect(coercedDate().safeParse("1950-01-01").success).toBe(true);
    expect(coercedDate().safeParse("-154423-06-25T00:00:00Z").error?.issues[0]?.message).toBe("errors.dateOutOfRange");
    expect(coercedDate().safeParse(new Date(8.64e15)).success).toBe(false);
    expect(coercedDate().safeParse("not a date").error?.issues[0]?.message).toBe("errors.invalidDate");
  });
});
