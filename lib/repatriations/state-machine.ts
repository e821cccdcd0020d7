// The repatriation state machine: which status may follow which, on which side, by which
// role, and on which conditions. Pure: the mutation loads the facts, asks here, and refuses with the
// reason given. Every move not listed is refused.
import { roleHas } from "@/lib/roles/permissions";
import type { AnyRole } from "@/lib/roles/roles";
import type { StepRecord } from "./schema";
import { stepGate } from "./steps";
import { CLOSED_STATUSES, type RepatriationStatus, type Side } from "./codes";

/** The forward path, and who moves a case along each step. */
const STEPS: { from: RepatriationStatus; to: RepatriationStatus; side: Side }[] = [
  { from: "DRAFT", to: "REQUESTED", side: "SENDING" },
  { from: "REQUESTED", to: "ACCEPTED", side: "RECEIVING" },
  { from: "REQUESTED", to: "DECLINED", side: "RECEIVING" },
  { from: "ACCEPTED", to: "RISK_ASSESSMENT", side: "RECEIVING" },
  { from: "RISK_ASSESSMENT", to: "TRAVEL_DOCUMENTS", side: "RECEIVING" },
  { from: "TRAVEL_DOCUMENTS", to: "TRAVEL_PLANNED", side: "SENDING" },
  { from: "TRAVEL_PLANNED", to: "IN_TRANSIT", side: "SENDING" },
  { from: "IN_TRANSIT", to: "HANDED_OVER", side: "RECEIVING" },
  { from: "HANDED_OVER", to: "REINTEGRATION", side: "RECEIVING" },
  { from: "REINTEGRATION", to: "CLOSED", side: "RECEIVING" },
];

export interface TransitionFacts {
  /** The person's recorded consent to return home. */
  consentToReturn: boolean;
  /** The person's recorded consent to share their data with the receiving organisation. */
  consentToShare: boolean;
  /** The steps' records as they will stand after the move's own fields are applied. */
  record: StepRecord;
  /** A COORDINATOR's recorded decision to proceed despite a NOT_SAFE assessment. */
  riskOverrideRecorded: boolean;
  /** Reintegration follow-ups not yet recorded. */
  openFollowUps: number;
  /** Reason given with the move (declining and cancelling need one; closing with follow-ups open too). */
  reason: string | null;
}

export type TransitionCheck = { ok: true } | { ok: false; reason: string };

const refuse = (reason: string): TransitionCheck => ({ ok: false, reason });

export function checkTransition(
  from: RepatriationStatus,
  to: RepatriationStatus,
  side: Side,
  role: AnyRole,
  facts: TransitionFacts,
): TransitionCheck {
  if (!roleHas(role, "repatriations.move")) return refuse("errors.repatriationRole");
  if (CLOSED_STATUSES.includes(from)) return refuse("errors.repatriationEnded");
  if (to === "CANCELLED") {
    if (from === "DRAFT" && side !== "SENDING") return refuse("errors.repatriationWrongSide");
    return facts.reason?.trim() ? { ok: true } : refuse("errors.reasonRequired");
  }
  const step = STEPS.find((s) => s.from === from && s.to === to);
  if (!step) return refuse("errors.repatriationNotNext");
  if (step.side !== side) return refuse("errors.repatriationWrongSide");
  // Both consents are named when both are missing, so one refusal says all that is to be done.
  if (to === "REQUESTED" && !facts.consentToReturn && !facts.consentToShare)
    return refuse("errors.requestConsentsMissing");
  if (to === "REQUESTED" && !facts.consentToReturn) return refuse("errors.consentToReturnMissing");
  if (to === "REQUESTED" && !facts.consentToShare) return refuse("errors.noSharingConsent");
  if (to === "DECLINED" && !facts.reason?.trim()) return refuse("errors.reasonRequired");
  const gate = stepGate(to, facts.record, facts);
  return gate ? refuse(gate) : { ok: true };
}

/** The moves open to one side now (for buttons and for "who is waiting on whom"). */
export function nextMoves(from: RepatriationStatus, side: Side): RepatriationStatus[] {
  if (CLOSED_STATUSES.includes(from)) return [];
  const forward = STEPS.filter((s) => s.from === from && s.side === side).map((s) => s.to);
  const cancel: RepatriationStatus[] = from === "DRAFT" && side !== "SENDING" ? [] : ["CANCELLED"];
  return [...forward, ...cancel];
}

/** Which side the case is waiting on in a status. */
export function waitingOn(status: RepatriationStatus): Side | null {
  return STEPS.find((s) => s.from === status)?.side ?? null;
}
