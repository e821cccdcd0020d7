import { describe, expect, it } from "vitest";
import {
  addMonths,
  checklistOf,
  editableFields,
  fieldsOutside,
  mayEditStep,
  tasksEndedBy,
  writableFields,
} from "./steps";

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
    expect(tasksEndedBy("TRAVEL_DOCUMENTS", null, { documentStatus: "APPLIED" })).toEqual(["applyForDocument"]);
    expect(tasksEndedBy("RISK_ASSESSMENT", null, { exitConditions: [] })).toEqual(["checkExitConditions"]);
    expect(tasksEndedBy("TRAVEL_PLANNED", "STAYS", {})).toEqual([]);
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

  it("lets the home side alone write the handover and reintegration; the risk step has a part on each side", () => {
    expect(mayEditStep("RISK_ASSESSMENT", "SENDING")).toBe(true);
    expect(mayEditStep("RISK_ASSESSMENT", "RECEIVING")).toBe(true);
    expect(editableFields("RISK_ASSESSMENT", "SENDING")).toEqual([
      "exitConditions",
      "exitNotes",
      "reentryBanUntil",
      "exitResolved",
      "exitOverride",
    ]);
    expect(editableFields("RISK_ASSESSMENT", "RECEIVING")).toEqual([
      "riskOutcome",
      "riskNotes",
      "riskOverride",
      "risksOnReturn",
      "risksOnReturnNotes",
    ]);
    expect(mayEditStep("TRAVEL_DOCUMENTS", "SENDING")).toBe(true);
    expect(mayEditStep("HANDED_OVER", "SENDING")).toBe(false);
    expect(mayEditStep("DRAFT", "SENDING")).toBe(false);
  });

  it("keeps the exit conditions to the side where the person is, open until the travel is planned", () => {
    expect(editableFields("TRAVEL_DOCUMENTS", "SENDING")).toContain("exitResolved");
    expect(editableFields("TRAVEL_DOCUMENTS", "RECEIVING")).not.toContain("exitResolved");
    expect(editableFields("TRAVEL_DOCUMENTS", "SENDING")).toContain("travelDocumentId");
    // The person's documents are their organisation's: the home side does not name one.
    expect(editableFields("TRAVEL_DOCUMENTS", "RECEIVING")).not.toContain("travelDocumentId");
    expect(editableFields("HANDED_OVER", "SENDING")).toEqual([]);
  });

  it("leaves the overrides to a coordinator, even on a case a case worker works alone", () => {
    const both = ["SENDING", "RECEIVING"] as const;
    expect(writableFields("RISK_ASSESSMENT", both, "CASE_WORKER")).not.toContain("exitOverride");
    expect(writableFields("RISK_ASSESSMENT", both, "CASE_WORKER")).not.toContain("riskOverride");
    expect(writableFields("RISK_ASSESSMENT", both, "CASE_WORKER")).toContain("exitConditions");
    expect(writableFields("RISK_ASSESSMENT", both, "COORDINATOR")).toContain("exitOverride");
    expect(writableFields("RISK_ASSESSMENT", ["SENDING"], "COORDINATOR")).not.toContain("riskOverride");
  });

  it("starts each kind's steps with its own checklist", () => {
    expect(checklistOf("ASSISTED", "TRAVEL_PLANNED").map((t) => t.key)).toEqual(["bookTickets", "arrangeReception"]);
    expect(checklistOf("DEPORTATION", "TRAVEL_PLANNED").map((t) => t.key)).toEqual(["arrangeReception"]);
    expect(checklistOf("SELF_ORGANISED", "TRAVEL_PLANNED").map((t) => t.key)).toEqual(["arrangeReception"]);
  });
});
