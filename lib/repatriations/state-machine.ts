// The repatriation state machine: for each kind of return (decision 0030), which status may
// follow which, on which side, by which role, and on which conditions. Pure: the mutation loads
// the facts, asks here, and refuses with the reason given. Every move not listed is refused.
import { roleHas } from "@/lib/roles/permissions";
import type { AnyRole } from "@/lib/roles/roles";
import type { StepRecord } from "./schema";
import { stepGate } from "./steps";
import { CLOSED_STATUSES, type RepatriationStatus, type ReturnKind, type Side } from "./codes";

type Step = { from: RepatriationStatus; to: RepatriationStatus; side: Side };

/** The assisted return: the two sides (or one organisation and a counterpart) prepare every step. */
const ASSISTED: Step[] = [
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

/**
 * The person travels on their own: the same preparation, but nobody escorts the journey, so there
 * is no "in transit"; the home side records the arrival when the person reports in.
 */
const SELF_ORGANISED: Step[] = [
  ...ASSISTED.filter((s) => s.from !== "TRAVEL_PLANNED" && s.from !== "IN_TRANSIT"),
  { from: "TRAVEL_PLANNED", to: "HANDED_OVER", side: "RECEIVING" },
];

/**
 * The state sends the person home: the home organisation is told a date and a flight or crossing
 * ("announced", the travel-planned status) and meets the person on arrival; a person deported
 * without notice is recorded straight at reception. Nothing is requested or accepted: no one asks
 * the deporting state.
 */
const DEPORTATION: Step[] = [
  { from: "DRAFT", to: "TRAVEL_PLANNED", side: "RECEIVING" },
  { from: "DRAFT", to: "HANDED_OVER", side: "RECEIVING" },
  { from: "TRAVEL_PLANNED", to: "HANDED_OVER", side: "RECEIVING" },
  { from: "HANDED_OVER", to: "REINTEGRATION", side: "RECEIVING" },
  { from: "REINTEGRATION", to: "CLOSED", side: "RECEIVING" },
];

const PATHS: Record<ReturnKind, Step[]> = { ASSISTED, SELF_ORGANISED, DEPORTATION };

/** The side whose draft a case is (it prepares, and alone may drop, the draft). */
export function draftSide(kind: ReturnKind): Side {
  return PATHS[kind].find((s) => s.from === "DRAFT")!.side;
}

/**
 * Where the person may still decide to stay (the case ends as STAYS): any open status before the
 * journey, on the side where the person is. A deportation is not the person's choice.
 */
const MAY_STAY: readonly RepatriationStatus[] = [
  "DRAFT",
  "REQUESTED",
  "ACCEPTED",
  "RISK_ASSESSMENT",
  "TRAVEL_DOCUMENTS",
  "TRAVEL_PLANNED",
];

export interface TransitionFacts {
  /** The person's recorded consent to return home. */
  consentToReturn: boolean;
  /** The person's recorded consent to share their data with the other side (organisation or counterpart). */
  consentToShare: boolean;
  /** The steps' records as they will stand after the move's own fields are applied. */
  record: StepRecord;
  /** A COORDINATOR's recorded decision to proceed despite a NOT_SAFE assessment. */
  riskOverrideRecorded: boolean;
  /** Reintegration follow-ups not yet recorded. */
  openFollowUps: number;
  /** Reason given with the move (declining, cancelling and staying need one; closing with follow-ups open too). */
  reason: string | null;
}

/** The case as the machine needs it: its kind, and the sides the actor's organisation stands on. */
export interface CaseSides {
  kind: ReturnKind;
  /** One side; or both when one organisation works the case alone (a counterpart, a deportation). */
  sides: readonly Side[];
}

export type TransitionCheck = { ok: true } | { ok: false; reason: string };

const refuse = (reason: string): TransitionCheck => ({ ok: false, reason });

/** Working a case alone is open to the case worker too; between two organisations, to coordinators. */
export function mayMove(role: AnyRole, sides: readonly Side[]): boolean {
  return roleHas(role, sides.length > 1 ? "repatriations.alone.move" : "repatriations.move");
}

export function checkTransition(
  c: CaseSides,
  from: RepatriationStatus,
  to: RepatriationStatus,
  role: AnyRole,
  facts: TransitionFacts,
): TransitionCheck {
  if (!mayMove(role, c.sides)) return refuse("errors.repatriationRole");
  if (CLOSED_STATUSES.includes(from)) return refuse("errors.repatriationEnded");
  if (to === "CANCELLED") {
    if (!pathOf(c.kind).includes(from)) return refuse("errors.repatriationNotNext");
    if (from === "DRAFT" && !c.sides.includes(draftSide(c.kind))) return refuse("errors.repatriationWrongSide");
    return facts.reason?.trim() ? { ok: true } : refuse("errors.reasonRequired");
  }
  if (to === "STAYS") {
    if (c.kind === "DEPORTATION" || !MAY_STAY.includes(from)) return refuse("errors.repatriationNotNext");
    if (!c.sides.includes("SENDING")) return refuse("errors.repatriationWrongSide");
    return facts.reason?.trim() ? { ok: true } : refuse("errors.reasonRequired");
  }
  const step = PATHS[c.kind].find((s) => s.from === from && s.to === to);
  if (!step) return refuse("errors.repatriationNotNext");
  if (!c.sides.includes(step.side)) return refuse("errors.repatriationWrongSide");
  // Both consents are named when both are missing, so one refusal says all that is to be done.
  if (to === "REQUESTED" && !facts.consentToReturn && !facts.consentToShare)
    return refuse("errors.requestConsentsMissing");
  if (to === "REQUESTED" && !facts.consentToReturn) return refuse("errors.consentToReturnMissing");
  if (to === "REQUESTED" && !facts.consentToShare) return refuse("errors.noSharingConsent");
  if (to === "DECLINED" && !facts.reason?.trim()) return refuse("errors.reasonRequired");
  const gate = stepGate(c.kind, to, facts.record, facts);
  return gate ? refuse(gate) : { ok: true };
}

/** The moves open to the actor's sides now (for buttons and for "who is waiting on whom"). */
export function nextMoves(c: CaseSides, from: RepatriationStatus): RepatriationStatus[] {
  if (CLOSED_STATUSES.includes(from)) return [];
  const forward = PATHS[c.kind].filter((s) => s.from === from && c.sides.includes(s.side)).map((s) => s.to);
  const stays: RepatriationStatus[] =
    c.kind !== "DEPORTATION" && MAY_STAY.includes(from) && c.sides.includes("SENDING") ? ["STAYS"] : [];
  const cancel: RepatriationStatus[] = from === "DRAFT" && !c.sides.includes(draftSide(c.kind)) ? [] : ["CANCELLED"];
  return [...forward, ...stays, ...cancel];
}

/** Which side the case is waiting on in a status. */
export function waitingOn(kind: ReturnKind, status: RepatriationStatus): Side | null {
  return PATHS[kind].find((s) => s.from === status)?.side ?? null;
}

/** The statuses a kind of return passes through, in order (for the board's columns and filters). */
export function pathOf(kind: ReturnKind): RepatriationStatus[] {
  const seen: RepatriationStatus[] = [];
  for (const s of PATHS[kind]) for (const status of [s.from, s.to]) if (!seen.includes(status)) seen.push(status);
  return seen;
}
