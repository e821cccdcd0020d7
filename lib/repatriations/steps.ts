// What each working step of a repatriation records, who edits it, which checklist it starts with,
// and what must hold before the case may leave it. Pure, like the state machine that calls it.
import type { AnyRole } from "@/lib/roles/roles";
import { roleHas } from "@/lib/roles/permissions";
import type { StepFieldName, StepFields, StepRecord } from "./schema";
import type { RepatriationStatus, ReturnKind, Side } from "./codes";

/** What may hold the person where they are: recorded in the risk step, worked on until travel is planned. */
const EXIT_FIELDS = ["exitConditions", "exitNotes", "reentryBanUntil", "exitResolved", "exitOverride"] as const;

/**
 * The steps in which each field may be written: while the case is in one of them, or on the move
 * into it. A field is shown with the first step that names it.
 */
export const STEP_FIELDS: Partial<Record<RepatriationStatus, readonly StepFieldName[]>> = {
  RISK_ASSESSMENT: ["riskOutcome", "riskNotes", "riskOverride", "risksOnReturn", "risksOnReturnNotes", ...EXIT_FIELDS],
  TRAVEL_DOCUMENTS: ["travelDocumentId", "consulate", ...EXIT_FIELDS],
  TRAVEL_PLANNED: ["travelDate", "route", "transport", "escort", "handoverPoint", "handoverPeople"],
  HANDED_OVER: ["arrivedOn", "receivedBy", "handoverNotes"],
  REINTEGRATION: ["supportAreas"],
};

/**
 * Who writes each step's record. Handover and reintegration happen in the home country; the risk
 * step has a part on each side (the family and the risks at home there, the exit conditions where
 * the person is); documents and the journey are worked on from both ends.
 */
const STEP_EDITORS: Partial<Record<RepatriationStatus, readonly Side[]>> = {
  RISK_ASSESSMENT: ["SENDING", "RECEIVING"],
  TRAVEL_DOCUMENTS: ["SENDING", "RECEIVING"],
  TRAVEL_PLANNED: ["SENDING", "RECEIVING"],
  HANDED_OVER: ["RECEIVING"],
  REINTEGRATION: ["RECEIVING"],
};

/** Fields only one side can vouch for, within a step both sides work. */
const FIELD_EDITORS: Partial<Record<StepFieldName, readonly Side[]>> = {
  /** The person's documents are their organisation's, which is the sending side. */
  travelDocumentId: ["SENDING"],
  /** The family and community, and what the person may face at home, are assessed there. */
  riskOutcome: ["RECEIVING"],
  riskNotes: ["RECEIVING"],
  riskOverride: ["RECEIVING"],
  risksOnReturn: ["RECEIVING"],
  risksOnReturnNotes: ["RECEIVING"],
  /** An expulsion order, a fine, a detention or an exit permission is the destination's, known where the person is. */
  ...Object.fromEntries(EXIT_FIELDS.map((f) => [f, ["SENDING"]])),
};

/** Decisions a coordinator alone takes, even on a case a case worker works alone. */
const COORDINATOR_FIELDS: readonly StepFieldName[] = ["riskOverride", "exitOverride"];

export function mayEditStep(status: RepatriationStatus, side: Side): boolean {
  return STEP_EDITORS[status]?.includes(side) ?? false;
}

/** The fields of a step that one side may write. */
export function editableFields(status: RepatriationStatus, side: Side): StepFieldName[] {
  if (!mayEditStep(status, side)) return [];
  return (STEP_FIELDS[status] ?? []).filter((f) => FIELD_EDITORS[f]?.includes(side) ?? true);
}

/** The fields of a step the actor may write, standing on `sides` with `role`. */
export function writableFields(status: RepatriationStatus, sides: readonly Side[], role: AnyRole): StepFieldName[] {
  const fields = new Set(sides.flatMap((side) => editableFields(status, side)));
  return (STEP_FIELDS[status] ?? []).filter(
    (f) => fields.has(f) && (!COORDINATOR_FIELDS.includes(f) || roleHas(role, "repatriations.move")),
  );
}

/** The names of the fields given (set, not undefined). */
export function givenFields(fields: Partial<StepFields>): StepFieldName[] {
  return (Object.keys(fields) as StepFieldName[]).filter((key) => fields[key] !== undefined);
}

/** Fields that belong to none of the allowed steps (a move may carry those of the step left or entered). */
export function fieldsOutside(fields: Partial<StepFields>, steps: readonly RepatriationStatus[]): StepFieldName[] {
  const allowed = new Set(steps.flatMap((s) => STEP_FIELDS[s] ?? []));
  return givenFields(fields).filter((f) => !allowed.has(f));
}

/**
 * Checklist tasks each step starts with; titles are translation keys under `repatriations.template`.
 * `doneWhen`: the saved record that ends the task before the step does.
 */
export const CHECKLIST_TEMPLATES: Partial<
  Record<
    RepatriationStatus,
    {
      key: string;
      side: Side;
      dueInDays: number;
      doneWhen?: (record: StepRecord) => boolean;
      /** The kinds of return the task belongs to (all when absent). */
      kinds?: readonly ReturnKind[];
    }[]
  >
> = {
  REQUESTED: [{ key: "reviewRequest", side: "RECEIVING", dueInDays: 7 }],
  RISK_ASSESSMENT: [
    { key: "contactFamily", side: "RECEIVING", dueInDays: 14 },
    { key: "checkRecruiterNearby", side: "RECEIVING", dueInDays: 14 },
    { key: "checkExitConditions", side: "SENDING", dueInDays: 14, doneWhen: (r) => r.exitConditions !== undefined },
  ],
  TRAVEL_DOCUMENTS: [
    {
      key: "applyForDocument",
      side: "SENDING",
      dueInDays: 14,
      doneWhen: (r) => r.documentStatus === "APPLIED" || r.documentStatus === "ISSUED",
    },
  ],
  TRAVEL_PLANNED: [
    { key: "bookTickets", side: "SENDING", dueInDays: 7, kinds: ["ASSISTED"] },
    { key: "arrangeReception", side: "RECEIVING", dueInDays: 7 },
  ],
  HANDED_OVER: [{ key: "firstNightPlace", side: "RECEIVING", dueInDays: 1 }],
};

/**
 * The checklist tasks (by template key) that a move out of `from` ends, or, with `to` null, that a
 * saved record of step `from` ends ("review the request" stayed open after acceptance). A step
 * left forward, or declined, is done with its checklist; a cancelled case leaves its tasks as they
 * were (they no longer count as overdue). Follow-ups and tasks typed by staff are closed by hand.
 */
export function tasksEndedBy(from: RepatriationStatus, to: RepatriationStatus | null, record: StepRecord): string[] {
  const templates = CHECKLIST_TEMPLATES[from] ?? [];
  if (to === "CANCELLED" || to === "STAYS") return [];
  if (to) return templates.map((t) => t.key);
  return templates.filter((t) => t.doneWhen?.(record)).map((t) => t.key);
}

/** The checklist a step starts with, for a kind of return. */
export function checklistOf(kind: ReturnKind, status: RepatriationStatus) {
  return (CHECKLIST_TEMPLATES[status] ?? []).filter((t) => !t.kinds || t.kinds.includes(kind));
}

/** Reintegration follow-ups: about one, three, six and twelve months after the person arrived. */
export const FOLLOW_UP_MONTHS = [1, 3, 6, 12] as const;

export function addMonths(day: string, months: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * What the record must hold before a move (beyond who may make it): null when it holds, else the
 * translation key of the reason.
 */
export function stepGate(
  kind: ReturnKind,
  to: RepatriationStatus,
  record: StepRecord,
  facts: { riskOverrideRecorded: boolean; openFollowUps: number; reason: string | null },
): string | null {
  if (kind === "DEPORTATION") return deportationGate(to, record, facts);
  switch (to) {
    case "TRAVEL_DOCUMENTS":
      if (!record.riskOutcome) return "errors.riskAssessmentMissing";
      if (record.riskOutcome === "NOT_SAFE" && !facts.riskOverrideRecorded) return "errors.notSafeBlocksTravel";
      return null;
    case "TRAVEL_PLANNED":
      if (exitHolds(record)) return "errors.exitConditionsOpen";
      if (record.documentStatus !== "ISSUED") return "errors.travelDocumentNotIssued";
      if (!record.travelDate) return "errors.travelPlanIncomplete";
      // A person travelling on their own books their own way; an assisted journey is planned to the handover.
      if (kind === "ASSISTED" && (!record.transport || !record.handoverPoint)) return "errors.travelPlanIncomplete";
      if (record.documentExpiry && record.documentExpiry < record.travelDate)
        return "errors.documentExpiresBeforeTravel";
      return null;
    case "HANDED_OVER":
      return record.arrivedOn && record.receivedBy ? null : "errors.handoverIncomplete";
    case "REINTEGRATION":
      return record.supportAreas?.length ? null : "errors.reintegrationPlanMissing";
    case "CLOSED":
      return facts.openFollowUps > 0 && !facts.reason?.trim() ? "errors.followUpsOpen" : null;
    default:
      return null;
  }
}

/**
 * Whether the destination still holds the person: exit conditions recorded, not resolved, and no
 * coordinator's decision to plan the travel all the same.
 */
export function exitHolds(record: StepRecord): boolean {
  return Boolean(record.exitConditions?.length) && record.exitResolved !== true && !record.exitOverride;
}

/** A deportation is announced with a date and where the person arrives; reception needs who met them. */
function deportationGate(
  to: RepatriationStatus,
  record: StepRecord,
  facts: { openFollowUps: number; reason: string | null },
): string | null {
  switch (to) {
    case "TRAVEL_PLANNED":
      return record.travelDate && record.handoverPoint ? null : "errors.deportationAnnouncementIncomplete";
    case "HANDED_OVER":
    case "REINTEGRATION":
    case "CLOSED":
      return stepGate("ASSISTED", to, record, { ...facts, riskOverrideRecorded: false });
    default:
      return null;
  }
}
