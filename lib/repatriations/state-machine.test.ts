import { describe, expect, it } from "vitest";
import { ORG_ROLES } from "@/lib/roles/roles";
import { checkTransition, nextMoves, pathOf, waitingOn, type CaseSides, type TransitionFacts } from "./state-machine";
import { REPATRIATION_STATUSES, RETURN_KINDS, type RepatriationStatus, type ReturnKind, type Side } from "./codes";

const completeRecord: TransitionFacts["record"] = {
  riskOutcome: "SAFE",
  documentStatus: "ISSUED",
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
const SENDER: CaseSides = { kind: "ASSISTED", sides: ["SENDING"] };
const RECEIVER: CaseSides = { kind: "ASSISTED", sides: ["RECEIVING"] };
const on = (kind: ReturnKind, side: Side): CaseSides => ({ kind, sides: [side] });
const alone = (kind: ReturnKind): CaseSides => ({ kind, sides: ["SENDING", "RECEIVING"] });

const OPEN_BEFORE_TRAVEL = ["REQUESTED", "ACCEPTED", "RISK_ASSESSMENT", "TRAVEL_DOCUMENTS", "TRAVEL_PLANNED"] as const;

// Every allowed move of each kind, written out by hand: [from, to, side].
const ALLOWED: Record<ReturnKind, [RepatriationStatus, RepatriationStatus, Side][]> = {
  ASSISTED: [
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
    ["DRAFT", "STAYS", "SENDING"],
    ...OPEN_BEFORE_TRAVEL.map((from) => [from, "STAYS", "SENDING"] as [RepatriationStatus, RepatriationStatus, Side]),
  ],
  SELF_ORGANISED: [
    ["DRAFT", "REQUESTED", "SENDING"],
    ["REQUESTED", "ACCEPTED", "RECEIVING"],
    ["REQUESTED", "DECLINED", "RECEIVING"],
    ["ACCEPTED", "RISK_ASSESSMENT", "RECEIVING"],
    ["RISK_ASSESSMENT", "TRAVEL_DOCUMENTS", "RECEIVING"],
    ["TRAVEL_DOCUMENTS", "TRAVEL_PLANNED", "SENDING"],
    // Nobody escorts the journey: the home side records the arrival when the person reports in.
    ["TRAVEL_PLANNED", "HANDED_OVER", "RECEIVING"],
    ["HANDED_OVER", "REINTEGRATION", "RECEIVING"],
    ["REINTEGRATION", "CLOSED", "RECEIVING"],
    ["DRAFT", "CANCELLED", "SENDING"],
    ["DRAFT", "STAYS", "SENDING"],
    ...OPEN_BEFORE_TRAVEL.map((from) => [from, "STAYS", "SENDING"] as [RepatriationStatus, RepatriationStatus, Side]),
  ],
  DEPORTATION: [
    ["DRAFT", "TRAVEL_PLANNED", "RECEIVING"],
    ["DRAFT", "HANDED_OVER", "RECEIVING"],
    ["TRAVEL_PLANNED", "HANDED_OVER", "RECEIVING"],
    ["HANDED_OVER", "REINTEGRATION", "RECEIVING"],
    ["REINTEGRATION", "CLOSED", "RECEIVING"],
    // The draft is the home side's; the deporting state is nobody's side to move.
    ["DRAFT", "CANCELLED", "RECEIVING"],
  ],
};
for (const kind of RETURN_KINDS) {
  for (const from of pathOf(kind).filter((s) => !["DRAFT", "DECLINED", "CLOSED"].includes(s)))
    ALLOWED[kind].push([from, "CANCELLED", "SENDING"], [from, "CANCELLED", "RECEIVING"]);
}

describe("repatriation state machine", () => {
  for (const kind of RETURN_KINDS) {
    it(`allows exactly the listed moves of a ${kind} return on each side, and refuses every other one`, () => {
      const allowed = new Set(ALLOWED[kind].map((m) => m.join(">")));
      for (const from of REPATRIATION_STATUSES) {
        for (const to of REPATRIATION_STATUSES) {
          for (const side of ["SENDING", "RECEIVING"] as const) {
            const result = checkTransition(on(kind, side), from, to, "COORDINATOR", allGood);
            expect(result.ok, `${kind}: ${from} -> ${to} by ${side}`).toBe(allowed.has([from, to, side].join(">")));
          }
          // Alone, an organisation may make a move of either side, and no other.
          const either = allowed.has([from, to, "SENDING"].join(">")) || allowed.has([from, to, "RECEIVING"].join(">"));
          expect(
            checkTransition(alone(kind), from, to, "COORDINATOR", allGood).ok,
            `${kind} alone: ${from} -> ${to}`,
          ).toBe(either);
        }
      }
    });
  }

  it("lets no other role move a case", () => {
    for (const role of ORG_ROLES.filter((r) => r !== "COORDINATOR")) {
      expect(checkTransition(SENDER, "DRAFT", "REQUESTED", role, allGood)).toEqual({
        ok: false,
        reason: "errors.repatriationRole",
      });
    }
    expect(checkTransition(SENDER, "DRAFT", "REQUESTED", "NETWORK_ADMIN", allGood).ok).toBe(false);
  });

  it("needs both consents to request, and reasons to decline or cancel", () => {
    // With neither consent the refusal names both, not only the first.
    expect(
      checkTransition(SENDER, "DRAFT", "REQUESTED", "COORDINATOR", {
        ...allGood,
        consentToReturn: false,
        consentToShare: false,
      }),
    ).toEqual({ ok: false, reason: "errors.requestConsentsMissing" });
    expect(
      checkTransition(SENDER, "DRAFT", "REQUESTED", "COORDINATOR", { ...allGood, consentToReturn: false }),
    ).toEqual({ ok: false, reason: "errors.consentToReturnMissing" });
    expect(checkTransition(SENDER, "DRAFT", "REQUESTED", "COORDINATOR", { ...allGood, consentToShare: false })).toEqual(
      { ok: false, reason: "errors.noSharingConsent" },
    );
    expect(checkTransition(RECEIVER, "REQUESTED", "DECLINED", "COORDINATOR", { ...allGood, reason: " " })).toEqual({
      ok: false,
      reason: "errors.reasonRequired",
    });
    expect(checkTransition(RECEIVER, "IN_TRANSIT", "CANCELLED", "COORDINATOR", { ...allGood, reason: null })).toEqual({
      ok: false,
      reason: "errors.reasonRequired",
    });
  });

  it("blocks travel after a NOT_SAFE assessment until a coordinator records a decision", () => {
    expect(
      checkTransition(
        RECEIVER,
        "RISK_ASSESSMENT",
        "TRAVEL_DOCUMENTS",
        "COORDINATOR",
        withRecord({ riskOutcome: undefined }),
      ),
    ).toEqual({ ok: false, reason: "errors.riskAssessmentMissing" });
    expect(
      checkTransition(
        RECEIVER,
        "RISK_ASSESSMENT",
        "TRAVEL_DOCUMENTS",
        "COORDINATOR",
        withRecord({ riskOutcome: "NOT_SAFE" }),
      ),
    ).toEqual({ ok: false, reason: "errors.notSafeBlocksTravel" });
    expect(
      checkTransition(RECEIVER, "RISK_ASSESSMENT", "TRAVEL_DOCUMENTS", "COORDINATOR", {
        ...withRecord({ riskOutcome: "NOT_SAFE" }),
        riskOverrideRecorded: true,
      }).ok,
    ).toBe(true);
    expect(
      checkTransition(
        RECEIVER,
        "RISK_ASSESSMENT",
        "TRAVEL_DOCUMENTS",
        "COORDINATOR",
        withRecord({ riskOutcome: "SAFE_WITH_SUPPORT" }),
      ).ok,
    ).toBe(true);
  });

  it("needs documents issued and a plan before travel is planned", () => {
    const plan = (record: Partial<TransitionFacts["record"]>) =>
      checkTransition(SENDER, "TRAVEL_DOCUMENTS", "TRAVEL_PLANNED", "COORDINATOR", withRecord(record));
    expect(plan({ documentStatus: "APPLIED" })).toEqual({ ok: false, reason: "errors.travelDocumentNotIssued" });
    expect(plan({ handoverPoint: undefined })).toEqual({ ok: false, reason: "errors.travelPlanIncomplete" });
    expect(plan({ transport: undefined })).toEqual({ ok: false, reason: "errors.travelPlanIncomplete" });
    expect(plan({ documentExpiry: "2026-12-09" })).toEqual({ ok: false, reason: "errors.documentExpiresBeforeTravel" });
    expect(plan({ documentExpiry: "2026-12-10" }).ok).toBe(true);
  });

  it("needs the arrival confirmed, a reintegration plan, and follow-ups recorded (or a reason) to close", () => {
    expect(
      checkTransition(RECEIVER, "IN_TRANSIT", "HANDED_OVER", "COORDINATOR", withRecord({ receivedBy: undefined })),
    ).toEqual({ ok: false, reason: "errors.handoverIncomplete" });
    expect(
      checkTransition(RECEIVER, "HANDED_OVER", "REINTEGRATION", "COORDINATOR", withRecord({ supportAreas: [] })),
    ).toEqual({ ok: false, reason: "errors.reintegrationPlanMissing" });
    expect(
      checkTransition(RECEIVER, "REINTEGRATION", "CLOSED", "COORDINATOR", {
        ...allGood,
        openFollowUps: 2,
        reason: null,
      }),
    ).toEqual({ ok: false, reason: "errors.followUpsOpen" });
    expect(
      checkTransition(RECEIVER, "REINTEGRATION", "CLOSED", "COORDINATOR", {
        ...allGood,
        openFollowUps: 2,
        reason: "The person moved abroad again",
      }).ok,
    ).toBe(true);
    expect(
      checkTransition(RECEIVER, "REINTEGRATION", "CLOSED", "COORDINATOR", {
        ...allGood,
        openFollowUps: 0,
        reason: null,
      }).ok,
    ).toBe(true);
  });

  it("explains refusals: not the next step, the other side's step, or an ended case", () => {
    expect(checkTransition(RECEIVER, "DRAFT", "ACCEPTED", "COORDINATOR", allGood)).toEqual({
      ok: false,
      reason: "errors.repatriationNotNext",
    });
    expect(checkTransition(SENDER, "REQUESTED", "ACCEPTED", "COORDINATOR", allGood)).toEqual({
      ok: false,
      reason: "errors.repatriationWrongSide",
    });
    expect(checkTransition(SENDER, "CLOSED", "CANCELLED", "COORDINATOR", allGood)).toEqual({
      ok: false,
      reason: "errors.repatriationEnded",
    });
  });

  it("lists each side's next moves and who the case waits on", () => {
    expect(nextMoves(RECEIVER, "REQUESTED")).toEqual(["ACCEPTED", "DECLINED", "CANCELLED"]);
    expect(nextMoves(SENDER, "REQUESTED")).toEqual(["STAYS", "CANCELLED"]);
    expect(nextMoves(RECEIVER, "DRAFT")).toEqual([]);
    expect(nextMoves(SENDER, "DECLINED")).toEqual([]);
    expect(nextMoves(SENDER, "IN_TRANSIT")).toEqual(["CANCELLED"]);
    expect(waitingOn("ASSISTED", "TRAVEL_DOCUMENTS")).toBe("SENDING");
    expect(waitingOn("ASSISTED", "IN_TRANSIT")).toBe("RECEIVING");
    expect(waitingOn("ASSISTED", "CLOSED")).toBeNull();
    expect(waitingOn("SELF_ORGANISED", "TRAVEL_PLANNED")).toBe("RECEIVING");
    expect(waitingOn("DEPORTATION", "DRAFT")).toBe("RECEIVING");
  });

  it("lets one organisation working alone make every move of both sides", () => {
    expect(nextMoves(alone("ASSISTED"), "REQUESTED")).toEqual(["ACCEPTED", "DECLINED", "STAYS", "CANCELLED"]);
    expect(nextMoves(alone("DEPORTATION"), "DRAFT")).toEqual(["TRAVEL_PLANNED", "HANDED_OVER", "CANCELLED"]);
    expect(nextMoves(on("DEPORTATION", "SENDING"), "DRAFT")).toEqual([]);
    expect(checkTransition(alone("ASSISTED"), "DRAFT", "REQUESTED", "CASE_WORKER", allGood).ok).toBe(true);
    expect(checkTransition(alone("ASSISTED"), "REQUESTED", "ACCEPTED", "CASE_WORKER", allGood).ok).toBe(true);
    // Between two organisations the coordinators move the case; a case worker works only alone.
    expect(checkTransition(SENDER, "DRAFT", "REQUESTED", "CASE_WORKER", allGood)).toEqual({
      ok: false,
      reason: "errors.repatriationRole",
    });
    for (const role of ["ORG_ADMIN", "HOTLINE_OPERATOR", "SHELTER_STAFF", "ANALYST"] as const)
      expect(checkTransition(alone("ASSISTED"), "DRAFT", "REQUESTED", role, allGood).ok).toBe(false);
  });

  it("ends as 'stays' with a reason, on the side where the person is, before the journey and never for a deportation", () => {
    expect(checkTransition(SENDER, "TRAVEL_DOCUMENTS", "STAYS", "COORDINATOR", { ...allGood, reason: "" })).toEqual({
      ok: false,
      reason: "errors.reasonRequired",
    });
    expect(checkTransition(RECEIVER, "TRAVEL_DOCUMENTS", "STAYS", "COORDINATOR", allGood)).toEqual({
      ok: false,
      reason: "errors.repatriationWrongSide",
    });
    expect(checkTransition(SENDER, "IN_TRANSIT", "STAYS", "COORDINATOR", allGood).ok).toBe(false);
    expect(checkTransition(alone("DEPORTATION"), "TRAVEL_PLANNED", "STAYS", "COORDINATOR", allGood).ok).toBe(false);
    expect(checkTransition(SENDER, "STAYS", "CANCELLED", "COORDINATOR", allGood)).toEqual({
      ok: false,
      reason: "errors.repatriationEnded",
    });
  });

  it("blocks travel planning while an exit condition holds, until resolved or a coordinator decides", () => {
    const plan = (record: Partial<TransitionFacts["record"]>, kind: ReturnKind = "ASSISTED") =>
      checkTransition(on(kind, "SENDING"), "TRAVEL_DOCUMENTS", "TRAVEL_PLANNED", "COORDINATOR", withRecord(record));
    expect(plan({ exitConditions: ["FINES", "EXPULSION_ORDER"] })).toEqual({
      ok: false,
      reason: "errors.exitConditionsOpen",
    });
    expect(plan({ exitConditions: ["FINES"] }, "SELF_ORGANISED")).toEqual({
      ok: false,
      reason: "errors.exitConditionsOpen",
    });
    expect(plan({ exitConditions: ["FINES"], exitResolved: true }).ok).toBe(true);
    expect(
      plan({ exitConditions: ["DETENTION"], exitOverride: "Release agreed with the court for the flight" }).ok,
    ).toBe(true);
    expect(plan({ exitConditions: [] }).ok).toBe(true);
  });

  it("plans a self-organised journey by its date alone, and announces a deportation by date and arrival point", () => {
    const selfPlan = (record: Partial<TransitionFacts["record"]>) =>
      checkTransition(
        on("SELF_ORGANISED", "SENDING"),
        "TRAVEL_DOCUMENTS",
        "TRAVEL_PLANNED",
        "COORDINATOR",
        withRecord(record),
      );
    expect(selfPlan({ transport: undefined, handoverPoint: undefined }).ok).toBe(true);
    expect(selfPlan({ travelDate: undefined })).toEqual({ ok: false, reason: "errors.travelPlanIncomplete" });
    const announce = (record: Partial<TransitionFacts["record"]>) =>
      checkTransition(alone("DEPORTATION"), "DRAFT", "TRAVEL_PLANNED", "COORDINATOR", {
        ...allGood,
        // Nothing is asked of the person before a deportation: neither consent nor documents.
        consentToReturn: false,
        consentToShare: false,
        record: { travelDate: "2026-12-08", handoverPoint: "Tashkent airport", ...record },
      });
    expect(announce({}).ok).toBe(true);
    expect(announce({ handoverPoint: undefined })).toEqual({
      ok: false,
      reason: "errors.deportationAnnouncementIncomplete",
    });
    expect(
      checkTransition(
        alone("DEPORTATION"),
        "TRAVEL_PLANNED",
        "HANDED_OVER",
        "CASE_WORKER",
        withRecord({ receivedBy: undefined }),
      ),
    ).toEqual({ ok: false, reason: "errors.handoverIncomplete" });
  });
});
