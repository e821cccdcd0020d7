import { describe, expect, it } from "vitest";
import { ORG_ROLES } from "@/lib/auth/roles";
import { checkTransition, nextMoves, REPATRIATION_STATUSES, waitingOn, type RepatriationStatus, type Side, type TransitionFacts } from "./state-machine";

const allGood: TransitionFacts = { consentToReturn: true, consentToShare: true, riskOutcome: "SAFE", riskOverrideRecorded: false, reason: "because" };

// Every allowed move, written out: [from, to, side].
const ALLOWED: [RepatriationStatus, RepatriationStatus, Side][] = [
  ["DRAFT", "REQUESTED", "SENDING"],
  ["REQUESTED", "ACCEPTED", "RECEIVING"],
  ["REQUESTED", "DECLINED", "RECEIVING"],
  ["ACCEPTED", "RISK_ASSESSMENT", "RECEIVING"],
  ["RISK_ASSESSMENT", "TRAVEL_DOCUMENTS", "RECEIVING"],
  ["TRAVEL_DOCUMENTS", "TRAVEL_PLANNED", "SENDING"],
  ["TRAVEL_PLANNED", "IN_TRANSIT", "SENDING"],
  ["IN_TRANSIT", "HANDED_OVER", "RECEIVING"],
  ["HANDED_OVER", "REINTEGRATION", "RECEIVING"],
  ["REINTEGRATION", "CLOSED", "RECEIVING"],
  ["DRAFT", "CANCELLED", "SENDING"],
];
for (const from of ["REQUESTED", "ACCEPTED", "RISK_ASSESSMENT", "TRAVEL_DOCUMENTS", "TRAVEL_PLANNED", "IN_TRANSIT", "HANDED_OVER", "REINTEGRATION"] as const) {
  ALLOWED.push([from, "CANCELLED", "SENDING"], [from, "CANCELLED", "RECEIVING"]);
}

describe("repatriation state machine", () => {
  it("allows exactly the listed moves for a coordinator, and refuses every other one", () => {
    const allowed = new Set(ALLOWED.map((m) => m.join(">")));
    for (const from of REPATRIATION_STATUSES) {
      for (const to of REPATRIATION_STATUSES) {
        for (const side of ["SENDING", "RECEIVING"] as const) {
          const result = checkTransition(from, to, side, "COORDINATOR", allGood);
          expect(result.ok, `${from} -> ${to} by ${side}`).toBe(allowed.has([from, to, side].join(">")));
        }
      }
    }
  });

  it("lets no other role move a case", () => {
    for (const role of ORG_ROLES.filter((r) => r !== "COORDINATOR")) {
      expect(checkTransition("DRAFT", "REQUESTED", "SENDING", role, allGood)).toEqual({ ok: false, reason: "errors.repatriationRole" });
    }
    expect(checkTransition("DRAFT", "REQUESTED", "SENDING", "NETWORK_ADMIN", allGood).ok).toBe(false);
  });

  it("needs both consents to request, and reasons to decline or cancel", () => {
    expect(checkTransition("DRAFT", "REQUESTED", "SENDING", "COORDINATOR", { ...allGood, consentToReturn: false })).toEqual({ ok: false, reason: "errors.consentToReturnMissing" });
    expect(checkTransition("DRAFT", "REQUESTED", "SENDING", "COORDINATOR", { ...allGood, consentToShare: false })).toEqual({ ok: false, reason: "errors.noSharingConsent" });
    expect(checkTransition("REQUESTED", "DECLINED", "RECEIVING", "COORDINATOR", { ...allGood, reason: " " })).toEqual({ ok: false, reason: "errors.reasonRequired" });
    expect(checkTransition("IN_TRANSIT", "CANCELLED", "RECEIVING", "COORDINATOR", { ...allGood, reason: null })).toEqual({ ok: false, reason: "errors.reasonRequired" });
  });

  it("blocks travel after a NOT_SAFE assessment until a coordinator records a decision", () => {
    expect(checkTransition("RISK_ASSESSMENT", "TRAVEL_DOCUMENTS", "RECEIVING", "COORDINATOR", { ...allGood, riskOutcome: null })).toEqual({ ok: false, reason: "errors.riskAssessmentMissing" });
    expect(checkTransition("RISK_ASSESSMENT", "TRAVEL_DOCUMENTS", "RECEIVING", "COORDINATOR", { ...allGood, riskOutcome: "NOT_SAFE" })).toEqual({ ok: false, reason: "errors.notSafeBlocksTravel" });
    expect(checkTransition("RISK_ASSESSMENT", "TRAVEL_DOCUMENTS", "RECEIVING", "COORDINATOR", { ...allGood, riskOutcome: "NOT_SAFE", riskOverrideRecorded: true }).ok).toBe(true);
    expect(checkTransition("RISK_ASSESSMENT", "TRAVEL_DOCUMENTS", "RECEIVING", "COORDINATOR", { ...allGood, riskOutcome: "SAFE_WITH_SUPPORT" }).ok).toBe(true);
  });

  it("explains refusals: not the next step, the other side's step, or an ended case", () => {
    expect(checkTransition("DRAFT", "ACCEPTED", "RECEIVING", "COORDINATOR", allGood)).toEqual({ ok: false, reason: "errors.repatriationNotNext" });
    expect(checkTransition("REQUESTED", "ACCEPTED", "SENDING", "COORDINATOR", allGood)).toEqual({ ok: false, reason: "errors.repatriationWrongSide" });
    expect(checkTransition("CLOSED", "CANCELLED", "SENDING", "COORDINATOR", allGood)).toEqual({ ok: false, reason: "errors.repatriationEnded" });
  });

  it("lists each side's next moves and who the case waits on", () => {
    expect(nextMoves("REQUESTED", "RECEIVING")).toEqual(["ACCEPTED", "DECLINED", "CANCELLED"]);
    expect(nextMoves("REQUESTED", "SENDING")).toEqual(["CANCELLED"]);
    expect(nextMoves("DRAFT", "RECEIVING")).toEqual([]);
    expect(nextMoves("DECLINED", "SENDING")).toEqual([]);
    expect(waitingOn("TRAVEL_DOCUMENTS")).toBe("SENDING");
    expect(waitingOn("IN_TRANSIT")).toBe("RECEIVING");
    expect(waitingOn("CLOSED")).toBeNull();
  });
});
