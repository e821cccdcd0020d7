// What the repatriations API takes as list filters and answers (lib/repatriations/present.ts
// builds the answers). Calendar days stored as dates (a travel date, a task's due day, a birth
// date) are sent as midnight UTC of that day.
import { z } from "zod";
import { listParamsSchema } from "@/lib/api/operation";
import { SUPPORT_AREAS } from "@/lib/victims/codes";
import { SEXES } from "@/lib/vocabulary/person";
import { listRepatriationsQuerySchema } from "./schema";
import { COUNTERPART_TYPES } from "@/lib/counterparts/codes";
import {
  DOCUMENT_PROGRESS,
  DOCUMENT_TYPES,
  EXIT_CONDITIONS,
  REPATRIATION_STATUSES,
  RETURN_KINDS,
  RISK_OUTCOMES,
  RISKS_ON_RETURN,
  TRANSPORT_MODES,
} from "./codes";

/** GET /api/v1/repatriations: the board's filters with `limit` and `cursor`. */
export const listRepatriationsApiQuerySchema = z.object({
  ...listRepatriationsQuerySchema.shape,
  ...listParamsSchema.shape,
});

const status = z.enum(REPATRIATION_STATUSES);
const side = z.enum(["SENDING", "RECEIVING"]);
const kind = z
  .enum(RETURN_KINDS)
  .describe(
    "ASSISTED: assisted voluntary return; DEPORTATION: by the state, met on arrival; SELF_ORGANISED: on one's own",
  );
const personShown = z
  .enum(["person", "restricted", "hidden"])
  .describe(
    "person: shown; restricted: a restricted record (its case number only); hidden: not shown to this side now",
  );

/** A case on the board. */
export const repatriationListItemResponseSchema = z.object({
  id: z.uuid(),
  status,
  kind,
  side: side.describe("The caller's side of the case"),
  alone: z.boolean().describe("One organisation works every step (a counterpart outside Tumar, or a deportation)"),
  sendingCountry: z.string(),
  receivingCountry: z.string(),
  otherOrganisation: z.string().describe("The partner organisation, or the counterpart when the case is worked alone"),
  daysInStatus: z.number().int(),
  statusChangedAt: z.iso.datetime(),
  targetTravelDate: z.iso.datetime().nullable(),
  overdueTasks: z.number().int(),
  waitingOn: side.nullable(),
  person: z
    .object({ givenName: z.string().nullable(), familyName: z.string().nullable(), caseNumber: z.string().nullable() })
    .nullable(),
  personShown,
  restrictedCaseNumber: z.string().nullable(),
});
export type RepatriationListItemResponse = z.infer<typeof repatriationListItemResponseSchema>;

/** The record of the working steps (lib/repatriations/steps.ts says which step owns which field); fields not recorded are absent. */
export const stepRecordResponseSchema = z.object({
  riskOutcome: z.enum(RISK_OUTCOMES).optional(),
  riskNotes: z.string().optional(),
  riskOverride: z.string().optional(),
  /** The person's document the travel rests on (`GET /api/v1/victims/{id}/documents` where the reader's access names documents). */
  travelDocumentId: z.uuid().optional(),
  /** Derived from that document, for either side: its kind, where it stands (in hand: ISSUED), its expiry. */
  documentType: z.enum(DOCUMENT_TYPES).optional(),
  documentStatus: z.enum(DOCUMENT_PROGRESS).optional(),
  consulate: z.string().optional(),
  documentExpiry: z.iso.date().optional(),
  exitConditions: z.array(z.enum(EXIT_CONDITIONS)).optional(),
  exitNotes: z.string().optional(),
  reentryBanUntil: z.iso.date().optional(),
  exitResolved: z.boolean().optional(),
  exitOverride: z.string().optional(),
  risksOnReturn: z.array(z.enum(RISKS_ON_RETURN)).optional(),
  risksOnReturnNotes: z.string().optional(),
  travelDate: z.iso.date().optional(),
  route: z.string().optional(),
  transport: z.enum(TRANSPORT_MODES).optional(),
  escort: z.string().optional(),
  handoverPoint: z.string().optional(),
  handoverPeople: z.string().optional(),
  arrivedOn: z.iso.date().optional(),
  receivedBy: z.string().optional(),
  handoverNotes: z.string().optional(),
  supportAreas: z.array(z.enum(SUPPORT_AREAS)).optional(),
});
export type StepRecordResponse = z.infer<typeof stepRecordResponseSchema>;

const caseSide = z.object({
  organisationId: z.uuid(),
  name: z.string(),
  country: z.string(),
  coordinator: z.string().nullable(),
});

/** One case: the person (while this side may see them), the step record, the moves open to the caller, the timeline. */
export const repatriationResponseSchema = z.object({
  id: z.uuid(),
  status,
  statusChangedAt: z.iso.datetime(),
  daysInStatus: z.number().int(),
  kind,
  side: side.describe("The caller's side of the case"),
  alone: z.boolean().describe("One organisation works every step (a counterpart outside Tumar, or a deportation)"),
  counterpart: z
    .object({
      id: z.uuid(),
      name: z.string(),
      type: z.enum(COUNTERPART_TYPES),
      countryCode: z.string(),
      contactPerson: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      side: side.describe("The side the counterpart stands on"),
    })
    .nullable(),
  sending: caseSide,
  receiving: caseSide,
  targetTravelDate: z.iso.datetime().nullable(),
  endReason: z.string().nullable(),
  person: z
    .object({
      id: z.uuid(),
      caseNumber: z.string().nullable(),
      givenName: z.string().nullable(),
      familyName: z.string().nullable(),
      givenNameLatin: z.string().nullable(),
      familyNameLatin: z.string().nullable(),
      citizenships: z.array(z.string()),
      sex: z.enum(SEXES).nullable(),
      birthDate: z.iso.datetime().nullable(),
    })
    .nullable(),
  personShown,
  restrictedCaseNumber: z.string().nullable(),
  record: stepRecordResponseSchema.nullable().describe("Null unless the person is shown"),
  riskOutcome: z.enum(RISK_OUTCOMES).nullable(),
  riskOverrideRecorded: z.boolean(),
  version: z.number().int(),
  nextMoves: z.array(status).describe("The statuses the caller's side may move the case to now"),
  waitingOn: side.nullable(),
  editableFields: z.array(z.string()).describe("The fields of the current step the caller's side may write (PATCH)"),
  events: z.array(
    z.object({
      id: z.uuid(),
      fromStatus: status.nullable(),
      toStatus: status.nullable(),
      summary: z.string(),
      createdAt: z.iso.datetime(),
      organisationId: z.uuid(),
      actorId: z.uuid(),
      actorName: z.string(),
      side,
    }),
  ),
});
export type RepatriationResponse = z.infer<typeof repatriationResponseSchema>;

/** A new case: always a DRAFT. */
export const repatriationCreatedResponseSchema = z.object({ id: z.uuid(), status: z.literal("DRAFT") });
export type RepatriationCreatedResponse = z.infer<typeof repatriationCreatedResponseSchema>;

/** The case's status after a move or a step record's change. */
export const repatriationStatusResponseSchema = z.object({ status });
export type RepatriationStatusResponse = z.infer<typeof repatriationStatusResponseSchema>;

export const repatriationMessageResponseSchema = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  organisationId: z.uuid(),
  authorId: z.uuid(),
  authorName: z.string(),
  side,
  text: z.string(),
});
export type RepatriationMessageResponse = z.infer<typeof repatriationMessageResponseSchema>;

export const repatriationMessageCreatedResponseSchema = z.object({ id: z.uuid(), createdAt: z.iso.datetime() });
export type RepatriationMessageCreatedResponse = z.infer<typeof repatriationMessageCreatedResponseSchema>;

export const repatriationTaskResponseSchema = z.object({
  id: z.uuid(),
  status: status.describe("The status the task belongs to"),
  kind: z.enum(["CHECKLIST", "FOLLOW_UP"]),
  title: z.string(),
  templateKey: z.string().nullable(),
  assigneeSide: side,
  dueOn: z.iso.datetime().nullable(),
  doneOn: z.iso.datetime().nullable(),
  note: z.string().nullable(),
  overdue: z.boolean(),
});
export type RepatriationTaskResponse = z.infer<typeof repatriationTaskResponseSchema>;

export const repatriationTaskCreatedResponseSchema = z.object({ id: z.uuid() });
export type RepatriationTaskCreatedResponse = z.infer<typeof repatriationTaskCreatedResponseSchema>;

export const repatriationTaskDoneResponseSchema = z.object({ id: z.uuid(), done: z.literal(true) });
export type RepatriationTaskDoneResponse = z.infer<typeof repatriationTaskDoneResponseSchema>;
