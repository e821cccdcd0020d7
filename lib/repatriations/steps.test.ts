import { describe, expect, it } from "vitest";
import { addMonths, editableFields, fieldsOutside, mayEditStep, tasksEndedBy } from "./steps";

describe("repatriation steps", () => {
  it("adds calendar months, keeping to the month's last day", () => {
    expect(addMonths("2026-01-15", 1)).toBe("2026-02-15");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
  });

  it("#15.7 ends a step's checklist with the move out of it, or with the saved record that does it", () => {
    expect(tasksEndedBy("REQUESTED", "ACCEPTED", {})).toEqual(["reviewRequest"]);
    expect(tasksEndedBy("REQUESTED", "DECLINED", {})).toEqual(["reviewRequest"]);
    expect(tasksEndedBy("REQUESTED", "CANCELLED", {})).toEqual([]);
    expect(tasksEndedBy("TRAVEL_DOCUMENTS", null, { documentStatus: "NOT_STARTED" })).toEqual([]);
    expect(tasksEndedBy("TRAVEL_DOCUMENTS", null, { documentStatus: "APPLIED", entryBanCleared: true })).toEqual([
      "applyForDocument",
      "checkEntryBan",
    ]);
    expect(tasksEndedBy("REINTEGRATION", "CLOSED", {})).toEqual([]);
  });

  it("accepts only the fields of the steps a write touches", () => {
    expect(fieldsOutside({ riskOutcome: "SAFE", riskNotes: "ok" }, ["RISK_ASSESSMENT"])).toEqual([]);
    expect(fieldsOutside({ riskOutcome: "SAFE", travelDate: "2026-12-01" }, ["RISK_ASSESSMENT"])).toEqual([
      "travelDate",
    ]);
    expect(
      fieldsOutside({ travelDate: "2026-12-01", consulate: "Almaty" }, ["TRAVEL_DOCUMENTS", "TRAVEL_PLANNED"]),
    ).toEqual([]);
    expect(fieldsOutside({ riskOutcome: undefined }, [])).toEqual([]);
  });

  it("lets the home side alone write the assessment, handover and reintegration", () => {
    expect(mayEditStep("RISK_ASSESSMENT", "SENDING")).toBe(false);
    expect(mayEditStep("RISK_ASSESSMENT", "RECEIVING")).toBe(true);
    expect(mayEditStep("TRAVEL_DOCUMENTS", "SENDING")).toBe(true);
    expect(mayEditStep("HANDED_OVER", "SENDING")).toBe(false);
    expect(mayEditStep("DRAFT", "SENDING")).toBe(false);
  });

  it("leaves the entry ban to the home side within the documents step both sides work", () => {
    expect(editableFields("TRAVEL_DOCUMENTS", "SENDING")).not.toContain("entryBanCleared");
    expect(editableFields("TRAVEL_DOCUMENTS", "SENDING")).toContain("travelDocumentId");
    expect(editableFields("TRAVEL_DOCUMENTS", "RECEIVING")).toContain("entryBanCleared");
    // The person's documents are their organisation's: the home side does not name one.
    expect(editableFields("TRAVEL_DOCUMENTS", "RECEIVING")).not.toContain("travelDocumentId");
    expect(editableFields("HANDED_OVER", "SENDING")).toEqual([]);
  });
});
