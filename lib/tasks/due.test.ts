import { describe, expect, it } from "vitest";
import { dueOnOf, isOverdue } from "./due";

describe("when a reminder falls due", () => {
  it("is its date less the kind's lead days", () => {
    const day = (s: string) => new Date(`${s}T00:00:00Z`);
    expect(dueOnOf("DOCUMENT_EXPIRY", day("2027-03-01")).toISOString().slice(0, 10)).toBe("2026-12-31");
    expect(dueOnOf("HEARING", day("2026-12-10")).toISOString().slice(0, 10)).toBe("2026-12-07");
    expect(dueOnOf("SUPPORT_ITEM", day("2026-12-10")).toISOString().slice(0, 10)).toBe("2026-12-10");
  });

  it("is overdue only while open and after its day", () => {
    const dueOn = new Date("2026-12-07T00:00:00Z");
    expect(isOverdue({ dueOn, status: "OPEN" }, "2026-12-07")).toBe(false);
    expect(isOverdue({ dueOn, status: "OPEN" }, "2026-12-08")).toBe(true);
    expect(isOverdue({ dueOn, status: "DONE" }, "2026-12-08")).toBe(false);
  });
});
