import { describe, expect, it } from "vitest";
import { nextHearing } from "./hearings";

const h = (
  heldOn: string,
  status: "SCHEDULED" | "HELD" | "POSTPONED" | "CANCELLED",
  timeOfDay: string | null = null,
) => ({
  heldOn: new Date(`${heldOn}T00:00:00Z`),
  timeOfDay,
  status,
});

describe("the next hearing of a case", () => {
  it("is the earliest scheduled one from today on, the earlier hour first on one day", () => {
    const hearings = [
      h("2026-06-20", "SCHEDULED"),
      h("2026-06-10", "SCHEDULED", "15:00"),
      h("2026-06-10", "SCHEDULED", "09:30"),
    ];
    expect(nextHearing(hearings, "2026-06-01")).toBe(hearings[2]);
  });

  it("counts today's hearing, and skips past, held, postponed and cancelled ones", () => {
    const hearings = [
      h("2026-05-31", "SCHEDULED"),
      h("2026-06-02", "HELD"),
      h("2026-06-03", "POSTPONED"),
      h("2026-06-04", "CANCELLED"),
      h("2026-06-01", "SCHEDULED"),
    ];
    expect(nextHearing(hearings, "2026-06-01")).toBe(hearings[4]);
    expect(nextHearing(hearings.slice(0, 4), "2026-06-01")).toBeNull();
  });
});
