// Written with `zod/mini` (decision 0039): the forms check their input in the browser with these.
import { z } from "zod/mini";
import { coercedDate } from "@/lib/validation/date";
import { optional, trimmedText, versionField } from "@/lib/validation/fields";
import { SUPPORT_AREAS } from "@/lib/victims/codes";
import { SHAREABLE_EXTRA_FIELDS } from "@/lib/victims/policy";
import { EXIT_CONDITIONS, REPATRIATION_STATUSES, RETURN_KINDS, RISK_OUTCOMES, RISKS_ON_RETURN } from "./codes";
import { TRANSPORT_MODES } from "./codes";
import type { TravelDocumentState } from "./travel-document";

/** An optional trimmed text of at most `max` characters. */
const text = (max: number) => optional(trimmedText(max));
/** Step dates stay `YYYY-MM-DD` strings: they are calendar days in the case, not instants. */
const day = optional(z.iso.date("errors.invalidDate"));
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/**
 * A new case: the person, the kind of return, and the other side: a Tumar organisation, or a
 * counterpart from the directory (then the organisation works every step itself). A deportation
 * is the home organisation's alone; the deporting country is then named, and a counterpart may be.
 */
export const createRepatriationSchema = z
  .object({
    victimId: z.uuid("errors.chooseAPerson"),
    /** Assisted when not given. */
    kind: optional(z.enum(RETURN_KINDS, "errors.invalidChoice")),
    receivingOrganisationId: optional(z.uuid("errors.invalidChoice")),
    counterpartId: optional(z.uuid("errors.invalidChoice")),
    /** For a deportation: the country the person is deported from. */
    fromCountry: optional(z.string().check(z.regex(/^[A-Z]{2}$/, "errors.invalidChoice"))),
    targetTravelDate: optional(coercedDate("errors.invalidDate")),
  })
  .check(
    z.superRefine((input, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      if (input.kind === "DEPORTATION") {
        if (input.receivingOrganisationId) issue("receivingOrganisationId", "errors.deportationIsHomeSide");
        if (!input.fromCountry) issue("fromCountry", "errors.required");
        return;
      }
      if (input.receivingOrganisationId && input.counterpartId) issue("counterpartId", "errors.oneOtherSide");
      if (!input.receivingOrganisationId && !input.counterpartId)
        issue("receivingOrganisationId", "errors.chooseOtherSide");
    }),
  );
export type CreateRepatriationInput = z.infer<typeof createRepatriationSchema>;

/**
 * The fields of the working steps (lib/repatriations/steps.ts says which step owns which). All are
 * optional here: what a move needs is decided by the state machine against the whole record.
 */
export const stepFieldsSchema = z.object({
  riskOutcome: optional(z.enum(RISK_OUTCOMES, "errors.invalidChoice")),
  riskNotes: text(5000),
  /** A COORDINATOR's decision to let travel go ahead despite a NOT_SAFE assessment. */
  riskOverride: optional(
    z.string().check(z.trim(), z.minLength(10, "errors.tooShort"), z.maxLength(2000, "errors.tooLong")),
  ),
  /** The person's passport or certificate of return the travel rests on (one of their documents). */
  travelDocumentId: optional(z.uuid("errors.invalidChoice")),
  consulate: text(200),
  /** What may hold the person in the destination country; an empty list records that nothing does. */
  exitConditions: optional(
    z
      .array(z.enum(EXIT_CONDITIONS, "errors.invalidChoice"))
      .check(z.maxLength(EXIT_CONDITIONS.length, "errors.invalidChoice")),
  ),
  exitNotes: text(2000),
  /** The destination bars the person's re-entry until this day (the consequence of an expulsion). */
  reentryBanUntil: day,
  /** The exit conditions are settled (the fine paid, the permission given, the order carried out). */
  exitResolved: optional(z.boolean("errors.invalidChoice")),
  /** A COORDINATOR's decision to plan the travel while an exit condition is still open. */
  exitOverride: optional(
    z.string().check(z.trim(), z.minLength(10, "errors.tooShort"), z.maxLength(2000, "errors.tooLong")),
  ),
  /** What the person may face at home: prosecution for leaving irregularly, danger in the family or community, the recruiter's reach. */
  risksOnReturn: optional(
    z
      .array(z.enum(RISKS_ON_RETURN, "errors.invalidChoice"))
      .check(z.maxLength(RISKS_ON_RETURN.length, "errors.invalidChoice")),
  ),
  risksOnReturnNotes: text(2000),
  travelDate: day,
  route: text(500),
  transport: optional(z.enum(TRANSPORT_MODES, "errors.invalidChoice")),
  escort: text(300),
  handoverPoint: text(300),
  handoverPeople: text(500),
  arrivedOn: optional(z.iso.date("errors.invalidDate").check(z.refine((d) => d <= tomorrow(), "errors.dateInFuture"))),
  receivedBy: text(300),
  handoverNotes: text(2000),
  supportAreas: optional(
    z
      .array(z.enum(SUPPORT_AREAS, "errors.invalidChoice"))
      .check(z.maxLength(SUPPORT_AREAS.length, "errors.invalidChoice")),
  ),
});
export type StepFields = z.infer<typeof stepFieldsSchema>;
export type StepFieldName = keyof StepFields;
/** The steps' record as read: the fields written, and where the travel document stands (derived). */
export type StepRecord = StepFields & TravelDocumentState;
export type StepRecordFieldName = keyof StepRecord;

/** `{ "to": STATUS, reason?, ...fields for that step }` */
export const transitionSchema = z.extend(stepFieldsSchema, {
  to: z.enum(REPATRIATION_STATUSES, "errors.invalidChoice"),
  /** The status the caller saw: if the case has moved on meanwhile, the move is refused as a CONFLICT. */
  from: optional(z.enum(REPATRIATION_STATUSES, "errors.invalidChoice")),
  reason: text(1000),
  /** With the request only: fields of the person shared beyond the minimal set (narrative and notes only if chosen). */
  sharedFields: optional(
    z
      .array(z.enum(SHAREABLE_EXTRA_FIELDS, "errors.invalidChoice"))
      .check(z.maxLength(SHAREABLE_EXTRA_FIELDS.length, "errors.invalidChoice")),
  ),
});
export type TransitionInput = z.infer<typeof transitionSchema>;

/** Changes to the record of the step the case is in now. */
export const updateStepSchema = stepFieldsSchema;
export type UpdateStepInput = z.infer<typeof updateStepSchema>;

export const messageSchema = z.object({
  text: z
    .string("errors.required")
    .check(z.trim(), z.minLength(1, "errors.required"), z.maxLength(5000, "errors.tooLong")),
});
export type MessageInput = z.infer<typeof messageSchema>;

export const createTaskSchema = z.object({
  title: z
    .string("errors.required")
    .check(z.trim(), z.minLength(2, "errors.tooShort"), z.maxLength(200, "errors.tooLong")),
  assigneeSide: z.enum(["SENDING", "RECEIVING"], "errors.invalidChoice"),
  dueOn: optional(coercedDate("errors.invalidDate")),
});
export type CreateTaskInput = z.infer<typeof createTaskSchema>;

/** Marking a task done; a follow-up visit needs a note of how the person is doing. */
export const completeTaskSchema = z.object({ note: text(5000) });
export type CompleteTaskInput = z.infer<typeof completeTaskSchema>;

export const REPATRIATION_ORDERS = ["recent", "longest"] as const;

export const listRepatriationsQuerySchema = z.object({
  status: optional(z.enum(REPATRIATION_STATUSES, "errors.invalidChoice")),
  kind: optional(z.enum(RETURN_KINDS, "errors.invalidChoice")),
  /** A country pair as `KZ-UZ`: the sending country, then the receiving one. */
  pair: optional(z.string().check(z.regex(/^[A-Z]{2}-[A-Z]{2}$/, "errors.invalidChoice"))),
  open: optional(z.enum(["1", "0"])),
  /** recent: the latest status change first (the default); longest: the longest in their status first. */
  order: optional(z.enum(REPATRIATION_ORDERS)),
});
export type ListRepatriationsQuery = z.infer<typeof listRepatriationsQuerySchema>;

/** A counterpart case handed to a partner organisation in the home country, at the case's version. */
export const handToPartnerSchema = z.object({
  receivingOrganisationId: z.uuid("errors.invalidChoice"),
  version: versionField,
});
export type HandToPartnerInput = z.infer<typeof handToPartnerSchema>;

/** The figures page's filter: one kind of return, or all. */
export const figuresQuerySchema = z.object({ kind: optional(z.enum(RETURN_KINDS, "errors.invalidChoice")) });
