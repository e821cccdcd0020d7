import { describe, expect, it } from "vitest";
import { ORG_ROLES } from "@/lib/roles/roles";
import { checkTransition, nextMoves, waitingOn, type TransitionFacts } from "./state-machine";
import { REPATRIATION_STATUSES, type RepatriationStatus, type Side } from "./codes";

const completeRecord: TransitionFacts["record"] = {
  riskOutcome: "SAFE",
  documentStatus: "ISSUED",
  entryBanCleared: true,
  travelDate: "2026-12-10",
  transport: "AIR",
  handoverPoint: "Tashkent airport, arrivals",
  arrivedOn: "2026-12-10",
  receivedBy: "Safe Return Tashkent caseworker",
  supportAreas: ["HEALTH"],
};
const allGood: TransitionFacts = {
  consentToReturn: true,
  consentToShare: true,
  record: completeRecord,
  riskOverrideRecorded: false,
  openFollowUps: 0,
  reason: "because",
};
const withRecord = (record: Partial<TransitionFacts["record"]>): TransitionFacts => ({
  ...allGood,
  record: { ...completeRecord, ...record },
});

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
for (const from of [
  "REQUESTED",
  "ACCEPTED",
  "RISK_ASSESSMENT",
  "TRAVEL_DOCUMENTS",
  "TRAVEL_PLANNED",
  "IN_TRANSIT",
  "HANDED_OVER",
  "REINTEGRATION",
] as const) {
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
      expect(checkTransition("DRAFT", "REQUESTED", "SENDING", role, allGood)).toEqual({
        ok: false,
        reason: "errors.repatriationRole",
      });
    }
    expect(checkTransition("DRAFT", "REQUESTED", "SENDING", "NETWORK_ADMIN", allGood).ok).toBe(false);
  });

  it("needs both consents to request, and reasons to decline or cancel", () => {
    // With neither consent the refusal names both, not only the first.
    expect(
      checkTransition("DRAFT", "REQUESTED", "SENDING", "COORDINATOR", {
        ...allGood,
        consentToReturn: false,
        consentToShare: false,
      }),
    ).toEqual({ ok: false, reason: "errors.requestConsentsMissing" });
    expect(
      checkTransition("DRAFT", "REQUESTED", "SENDING", "COORDINATOR", { ...allGood, consentToReturn: false }),
    ).toEqual({ ok: false, reason: "errors.consentToReturnMissing" });
    expect(
      checkTransition("DRAFT", "REQUESTED", "SENDING", "COORDINATOR", { ...allGood, consentToShare: false }),
    ).toEqual({ ok: false, reason: "errors.noSharingConsent" });
    expect(checkTransition("REQUESTED", "DECLINED", "RECEIVING", "COORDINATOR", { ...allGood, reason: " " })).toEqual({
      ok: false,
      reason: "errors.reasonRequired",
    });
    expect(
      checkTransition("IN_TRANSIT", "CANCELLED", "RECEIVING", "COORDINATOR", { ...allGood, reason: null }),
    ).toEqual({ ok: false, reason: "errors.reasonRequired" });
  });

  it("blocks travel after a NOT_SAFE assessment until a coordinator records a decision", () => {
    expect(
      checkTransition(
        "RISK_ASSESSMENT",
        "TRAVEL_DOCUMENTS",
        "RECEIVING",
        "COORDINATOR",
        withRecord({ riskOutcome: undefined }),
      ),
    ).toEqual({ ok: false, reason: "errors.riskAssessmentMissing" });
    expect(
      checkTransition(
        "RISK_ASSESSMENT",
        "TRAVEL_DOCUMENTS",
        "RECEIVING",
        "COORDINATOR",
        withRecord({ riskOutcome: "NOT_SAFE" }),
      ),
    ).toEqual({ ok: false, reason: "errors.notSafeBlocksTravel" });
    expect(
      checkTransition("RISK_ASSESSMENT", "TRAVEL_DOCUMENTS", "RECEIVING", "COORDINATOR", {
        ...withRecord({ riskOutcome: "NOT_SAFE" }),
        riskOverrideRecorded: true,
      }).ok,
    ).toBe(true);
    expect(
      checkTransition(
        "RISK_ASSESSMENT",
        "TRAVEL_DOCUMENTS",
        "RECEIVING",
        "COORDINATOR",
        withRecord({ riskOutcome: "SAFE_WITH_SUPPORT" }),
      ).ok,
    ).toBe(true);
  });

  it("needs documents issued, the entry ban cleared and a plan before travel is planned", () => {
    const plan = (record: Partial<TransitionFacts["record"]>) =>
      checkTransition("TRAVEL_DOCUMENTS", "TRAVEL_PLANNED", "SENDING", "COORDINATOR", withRecord(record));
    expect(plan({ documentStatus: "APPLIED" })).toEqual({ ok: false, reason: "errors.travelDocumentNotIssued" });
    expect(plan({ entryBanCleared: false })).toEqual({ ok: false, reason: "errors.entryBanNotCleared" });
    expect(plan({ entryBanCleared: undefined })).toEqual({ ok: false, reason: "errors.entryBanNotCleared" });
    expect(plan({ handoverPoint: undefined })).toEqual({ ok: false, reason: "errors.travelPlanIncomplete" });
    expect(plan({ transport: undefined })).toEqual({ ok: false, reason: "errors.travelPlanIncomplete" });
    expect(plan({ documentExpiry: "2026-12-09" })).toEqual({ ok: false, reason: "errors.documentExpiresBeforeTravel" });
    expect(plan({ documentExpiry: "2026-12-10" }).ok).toBe(true);
  });

  it("needs the arrival confirmed, a reintegration plan, and follow-ups recorded (or a reason) to close", () => {
    expect(
      checkTransition("IN_TRANSIT", "HANDED_OVER", "RECEIVING", "COORDINATOR", withRecord({ receivedBy: undefined })),
    ).toEqual({ ok: false, reason: "errors.handoverIncomplete" });
    expect(
      checkTransition("HANDED_OVER", "REINTEGRATION", "RECEIVING", "COORDINATOR", withRecord({ supportAreas: [] })),
    ).toEqual({ ok: false, reason: "errors.reintegrationPlanMissing" });
    expect(
      checkTransition("REINTEGRATION", "CLOSED", "RECEIVING", "COORDINATOR", {
        ...allGood,
        openFollowUps: 2,
        reason: null,
      }),
    ).toEqual({ ok: false, reason: "errors.followUpsOpen" });
    expect(
      checkTransition("REINTEGRATION", "CLOSED", "RECEIVING", "COORDINATOR", {
        ...allGood,
        openFollowUps: 2,
        reason: "The person moved abroad again",
      }).ok,
    ).toBe(true);
    expect(
      checkTransition("REINTEGRATION", "CLOSED", "RECEIVING", "COORDINATOR", {
        ...allGood,
        openFollowUps: 0,
        reason: null,
      }).ok,
    ).toBe(true);
  });

  it("explains refusals: not the next step, the other side's step, or an ended case", () => {
    expect(checkTransition("DRAFT", "ACCEPTED", "RECEIVING", "COORDINATOR", allGood)).toEqual({
      ok: false,
      reason: "errors.repatriationNotNext",
    });
    expect(checkTransition("REQUESTED", "ACCEPTED", "SENDING", "COORDINATOR", allGood)).toEqual({
      ok: false,
      reason: "errors.repatriationWrongSide",
    });
    expect(checkTransition("CLOSED", "CANCELLED", "SENDING", "COORDINATOR", allGood)).toEqual({
      ok: false,
      reason: "errors.repatriationEnded",
    });
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
