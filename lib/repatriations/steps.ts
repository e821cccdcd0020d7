// What each working step of a repatriation records, who edits it, which checklist it starts with,
// and what must hold before the case may leave it. Pure, like the state machine that calls it.
import type { StepFieldName, StepFields, StepRecord } from "./schema";
import type { RepatriationStatus, Side } from "./codes";

/** The step that owns each field: a field may be written while the case is in that step, or on the move into it. */
export const STEP_FIELDS: Partial<Record<RepatriationStatus, readonly StepFieldName[]>> = {
  RISK_ASSESSMENT: ["riskOutcome", "riskNotes", "riskOverride"],
  TRAVEL_DOCUMENTS: ["travelDocumentId", "consulate", "entryBanCleared"],
  TRAVEL_PLANNED: ["travelDate", "route", "transport", "escort", "handoverPoint", "handoverPeople"],
  HANDED_OVER: ["arrivedOn", "receivedBy", "handoverNotes"],
  REINTEGRATION: ["supportAreas"],
};

/**
 * Who writes each step's record. The family assessment, the handover and reintegration happen in
 * the home country; documents and the journey are worked on from both ends.
 */
const STEP_EDITORS: Partial<Record<RepatriationStatus, readonly Side[]>> = {
  RISK_ASSESSMENT: ["RECEIVING"],
  TRAVEL_DOCUMENTS: ["SENDING", "RECEIVING"],
  TRAVEL_PLANNED: ["SENDING", "RECEIVING"],
  HANDED_OVER: ["RECEIVING"],
  REINTEGRATION: ["RECEIVING"],
};

/** Fields only one side can vouch for, within a step both sides work. */
const FIELD_EDITORS: Partial<Record<StepFieldName, readonly Side[]>> = {
  /** The person's documents are their organisation's, which is the sending side. */
  travelDocumentId: ["SENDING"],
  /** Whether the home country bars the person's entry is checked there. */
  entryBanCleared: ["RECEIVING"],
};

export function mayEditStep(status: RepatriationStatus, side: Side): boolean {
  return STEP_EDITORS[status]?.includes(side) ?? false;
}

/** The fields of a step that one side may write. */
export function editableFields(status: RepatriationStatus, side: Side): StepFieldName[] {
  if (!mayEditStep(status, side)) return [];
  return (STEP_FIELDS[status] ?? []).filter((f) => FIELD_EDITORS[f]?.includes(side) ?? true);
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
    { key: string; side: Side; dueInDays: number; doneWhen?: (record: StepRecord) => boolean }[]
  >
> = {
  REQUESTED: [{ key: "reviewRequest", side: "RECEIVING", dueInDays: 7 }],
  RISK_ASSESSMENT: [
    { key: "contactFamily", side: "RECEIVING", dueInDays: 14 },
    { key: "checkRecruiterNearby", side: "RECEIVING", dueInDays: 14 },
  ],
  TRAVEL_DOCUMENTS: [
    {
      key: "applyForDocument",
      side: "SENDING",
      dueInDays: 14,
      doneWhen: (r) => r.documentStatus === "APPLIED" || r.documentStatus === "ISSUED",
    },
    { key: "checkEntryBan", side: "RECEIVING", dueInDays: 14, doneWhen: (r) => r.entryBanCleared === true },
  ],
  TRAVEL_PLANNED: [
    { key: "bookTickets", side: "SENDING", dueInDays: 7 },
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
  if (to === "CANCELLED") return [];
  if (to) return templates.map((t) => t.key);
  return templates.filter((t) => t.doneWhen?.(record)).map((t) => t.key);
}

/** Reintegration follow-ups: about one, three and six months after the person arrived. */
export const FOLLOW_UP_MONTHS = [1, 3, 6] as const;

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
  to: RepatriationStatus,
  record: StepRecord,
  facts: { riskOverrideRecorded: boolean; openFollowUps: number; reason: string | null },
): string | null {
  switch (to) {
    case "TRAVEL_DOCUMENTS":
      if (!record.riskOutcome) return "errors.riskAssessmentMissing";
      if (record.riskOutcome === "NOT_SAFE" && !facts.riskOverrideRecorded) return "errors.notSafeBlocksTravel";
      return null;
    case "TRAVEL_PLANNED":
      if (record.documentStatus !== "ISSUED") return "errors.travelDocumentNotIssued";
      if (record.entryBanCleared !== true) return "errors.entryBanNotCleared";
      if (!record.travelDate || !record.transport || !record.handoverPoint) return "errors.travelPlanIncomplete";
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
