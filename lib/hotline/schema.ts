// The hotline call forms and API bodies. One schema validates in the operator's browser and again
// on the server; messages are translation keys.
import { z } from "zod";
import { isCountryCode } from "@/lib/i18n/country-codes";
import { SEXES } from "@/lib/vocabulary/person";
import {
  ACTIONS,
  AGE_GROUPS,
  CALL_LANGUAGES,
  CALL_TYPES,
  CHANNELS,
  MAX_DURATION_SECONDS,
  MAX_SUMMARY_LENGTH,
  RELATIONSHIPS,
  TOPICS,
  URGENCIES,
} from "./codes";
import { normalisePhone } from "./phone";
import { checkRegionOfCountry, choice, optional, regionCodeField, versionField } from "@/lib/validation/fields";
import { AUTHORITY_REPORT_BASES } from "@/lib/vocabulary/authorities";

/** Clocks of operators' computers drift; a minute of tolerance avoids refusing "now". */
const CLOCK_TOLERANCE_MS = 60_000;

const optionalCountry = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => isCountryCode(code), "errors.invalidCountry")
  .optional();

/**
 * Years a call or a callback can fall in: from 2000 (before any hotline of the network)
 * to next year. The form's date inputs carry the same bounds as min/max, which also stops the
 * browser's year segment taking a fifth digit.
 */
export const EARLIEST_CALL_YEAR = 2000;
export const latestCallYear = (now = new Date()) => now.getUTCFullYear() + 1;
const inCallYears = (date: Date) =>
  date.getUTCFullYear() >= EARLIEST_CALL_YEAR && date.getUTCFullYear() <= latestCallYear();
const callDate = () => z.coerce.date("errors.invalidDate").refine(inCallYears, "errors.callYearOutOfRange");

/** A call received longer ago than this is asked to be confirmed (years-old dates went in unseen). */
export const UNUSUAL_CALL_AGE_MS = 86_400_000;
/**
 * How far ahead a typed time may go, once confirmed. A call cannot come from the future, but the
 * form's date input reads the operator's computer zone: a laptop still set to Moscow time in Tashkent
 * turns "now" into two hours ahead. Asked rather than refused; further ahead is refused.
 */
export const MAX_FUTURE_CALL_MS = 86_400_000;

/** Why a received-at time needs the operator's word: "past" over a day ago, "future" ahead of now; null if neither. */
export function unusualCallTime(receivedAt: Date, now = Date.now()): "past" | "future" | null {
  if (receivedAt.getTime() < now - UNUSUAL_CALL_AGE_MS) return "past";
  if (receivedAt.getTime() > now + CLOCK_TOLERANCE_MS) return "future";
  return null;
}
export const isUnusualCallTime = (receivedAt: Date, now = Date.now()) => unusualCallTime(receivedAt, now) !== null;
/** The message asking to confirm a time, by why it is unusual. */
export const confirmTimeMessage = (receivedAt: Date) =>
  unusualCallTime(receivedAt) === "future" ? "errors.confirmFutureTime" : "errors.confirmUnusualTime";

export const receivedAtField = callDate().refine(
  (date) => date.getTime() <= Date.now() + MAX_FUTURE_CALL_MS,
  "errors.dateInFuture",
);

export const phoneField = z
  .string()
  .trim()
  .max(40, "errors.invalidPhone")
  .regex(/^[+\d][\d\s().-]*$/, "errors.invalidPhone");

const callFields = {
  receivedAt: receivedAtField,
  durationSeconds: optional(
    z.coerce
      .number("errors.invalid")
      .int("errors.durationRange")
      .min(0, "errors.durationRange")
      .max(MAX_DURATION_SECONDS, "errors.durationRange"),
  ),
  channel: choice(CHANNELS).default("PHONE"),
  language: optional(choice(CALL_LANGUAGES)),
  callType: choice(CALL_TYPES),
  callerRelationship: optional(choice(RELATIONSHIPS)),
  callerCountry: optional(optionalCountry),
  /** ISO 3166-2, of the caller's country's list; a town or village goes in callerPlace. */
  callerRegion: regionCodeField,
  callerPlace: optional(z.string().trim().max(120, "errors.tooLong")),
  callerPhone: optional(phoneField),
  /** Country whose numbering plan applies to a number typed without +; the organisation's by default. */
  phoneDefaultCountry: optional(optionalCountry),
  callbackConsent: z.boolean().default(false),
  personSex: optional(choice(SEXES)),
  personAgeGroup: optional(choice(AGE_GROUPS)),
  personCitizenship: optional(optionalCountry),
  personCountryNow: optional(optionalCountry),
  topics: z.array(choice(TOPICS)).max(TOPICS.length).default([]),
  urgency: optional(choice(URGENCIES)),
  summary: optional(z.string().trim().max(MAX_SUMMARY_LENGTH, "errors.summaryTooLong")),
  actions: z.array(choice(ACTIONS)).max(ACTIONS.length).default([]),
  /** With "referred to the police": the person's consent, or a coordinator's decision (with a reason). */
  reportBasis: optional(choice(AUTHORITY_REPORT_BASES)),
  reportReason: optional(z.string().trim().max(2000, "errors.tooLong")),
  callbackDueAt: optional(callDate()),
  /**
   * The operator confirms a time more than a day ago or ahead of now (the form shows the box when it is). Checked
   * here for a new call and by updateHotlineCall when an edit moves the time, so it holds on the
   * server whatever the browser ran.
   */
  confirmUnusualTime: z.boolean().default(false),
  /** The earlier call this one answers (a callback). Checked against the actor's scope. */
  followUpOfId: optional(z.uuid("errors.invalid")),
};

type CallShape = z.infer<z.ZodObject<typeof callFields>>;

/** Business rules across fields. `complete`: a call the operator has finished. */
function checkCall(call: CallShape, ctx: z.RefinementCtx, complete: boolean) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  // A number without + needs a numbering plan: checked here when the form names one, otherwise by
  // the mutation against the organisation's country.
  checkRegionOfCountry(call.callerRegion, [call.callerCountry], "callerRegion", ctx);
  const checkable = call.callerPhone && (call.phoneDefaultCountry || call.callerPhone.startsWith("+"));
  if (checkable && !normalisePhone(call.callerPhone!, call.phoneDefaultCountry))
    issue("callerPhone", "errors.invalidPhone");
  if (call.callbackDueAt && call.callbackDueAt.getTime() < call.receivedAt.getTime() - CLOCK_TOLERANCE_MS) {
    issue("callbackDueAt", "errors.callbackBeforeCall");
  }
  if (call.actions.includes("CALLBACK_SCHEDULED") && !call.callbackDueAt)
    issue("callbackDueAt", "errors.callbackDueRequired");
  if (call.callbackDueAt && !call.actions.includes("CALLBACK_SCHEDULED"))
    issue("actions", "errors.callbackActionRequired");
  if (call.actions.includes("NONE") && call.actions.length > 1) issue("actions", "errors.noneWithOthers");
  if (call.callType !== "DATA") return;
  if (!complete) return;
  if (call.topics.length === 0) issue("topics", "errors.chooseAtLeastOne");
  if (!call.urgency) issue("urgency", "errors.required");
  if (!call.callerRelationship) issue("callerRelationship", "errors.required");
  if (call.actions.length === 0) issue("actions", "errors.chooseAtLeastOne");
  if (call.actions.includes("REFERRED_TO_POLICE")) {
    if (!call.reportBasis) issue("reportBasis", "errors.reportBasisRequired");
    else if (call.reportBasis !== "CONSENT" && (call.reportReason ?? "").length < 10)
      issue("reportReason", "errors.overrideReasonRequired");
  }
}

/** The operator's intake form. */
export const createHotlineCallSchema = z.object(callFields).superRefine((call, ctx) => {
  checkCall(call, ctx, true);
  if (isUnusualCallTime(call.receivedAt) && !call.confirmUnusualTime) {
    ctx.addIssue({ code: "custom", path: ["confirmUnusualTime"], message: confirmTimeMessage(call.receivedAt) });
  }
});
export type CreateHotlineCallInput = z.infer<typeof createHotlineCallSchema>;
export type HotlineCallFormValues = z.input<typeof createHotlineCallSchema>;

/**
 * POST /api/v1/hotline-calls from a telephony system at the end of a call: `status: "INCOMPLETE"`
 * accepts a call without topics, urgency or caller details, for the operator to complete.
 */
export const apiCreateHotlineCallSchema = z
  .object({ ...callFields, status: z.enum(["INCOMPLETE", "COMPLETE"]).default("COMPLETE") })
  .superRefine((call, ctx) => {
    checkCall(call, ctx, call.status === "COMPLETE");
    // A telephony system has nobody to ask: a time ahead of its clock is refused, not confirmed.
    if (unusualCallTime(call.receivedAt) === "future")
      ctx.addIssue({ code: "custom", path: ["receivedAt"], message: "errors.dateInFuture" });
  });
export type ApiCreateHotlineCallInput = z.infer<typeof apiCreateHotlineCallSchema>;

/** Editing or completing a call: the whole record again, with the version it was read at. */
export const updateHotlineCallSchema = z
  .object({ ...callFields, version: versionField })
  .superRefine((call, ctx) => checkCall(call, ctx, true));
export type UpdateHotlineCallInput = z.infer<typeof updateHotlineCallSchema>;

export const voidHotlineCallSchema = z.object({
  reason: z.string("errors.required").trim().min(3, "errors.tooShort").max(500, "errors.tooLong"),
  version: versionField,
});
export type VoidHotlineCallInput = z.infer<typeof voidHotlineCallSchema>;

export const repeatCallerQuerySchema = z.object({
  phone: phoneField.min(5, "errors.invalidPhone"),
  phoneDefaultCountry: optional(optionalCountry),
});
export type RepeatCallerQuery = z.infer<typeof repeatCallerQuerySchema>;

const dateOnly = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "errors.invalidDate");

export const HOTLINE_ORDERS = ["newest", "oldest"] as const;

export const listHotlineCallsQuerySchema = z.object({
  from: dateOnly.optional(),
  to: dateOnly.optional(),
  topic: choice(TOPICS).optional(),
  urgency: choice(URGENCIES).optional(),
  channel: choice(CHANNELS).optional(),
  callType: choice(CALL_TYPES).optional(),
  operator: z.uuid().optional(),
  action: choice(ACTIONS).optional(),
  callbackDue: z.enum(["1"]).optional(),
  status: z.enum(["INCOMPLETE", "COMPLETE"]).optional(),
  includeVoided: z.enum(["1"]).optional(),
  /** newest (the default) or oldest first: working a backlog starts from its oldest call. */
  order: z.enum(HOTLINE_ORDERS).optional(),
  q: z.string().trim().max(200).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListHotlineCallsQuery = z.infer<typeof listHotlineCallsQuerySchema>;

/** A draft is whatever the operator has typed so far: no rules, only limits. */
export const hotlineCallDraftSchema = z
  .record(z.string().max(64), z.unknown())
  .refine((draft) => JSON.stringify(draft).length <= 20_000, "errors.tooLong");

/** PATCH /api/v1/hotline-calls/{id}: any fields to change, or a reason to void the call. */
export const patchHotlineCallSchema = z
  .object({
    version: z.number().int().min(1).max(2_147_483_647),
    voidReason: z.string().trim().min(3, "errors.tooShort").max(500, "errors.tooLong").optional(),
  })
  .catchall(z.unknown());

/** A call as the API returns it. */
export const hotlineCallResponseSchema = z.object({
  id: z.uuid(),
  status: z.enum(["INCOMPLETE", "COMPLETE"]),
  receivedAt: z.iso.datetime(),
  durationSeconds: z.number().int().nullable(),
  channel: choice(CHANNELS),
  language: z.string().nullable(),
  callType: choice(CALL_TYPES),
  callerRelationship: choice(RELATIONSHIPS).nullable(),
  callerCountry: z.string().nullable(),
  callerRegion: z.string().nullable().describe("ISO 3166-2 code, from the caller country's list"),
  callerPlace: z.string().nullable().describe("A place below region level, as typed"),
  callerPhone: z
    .string()
    .nullable()
    .describe("E.164; null when not given or when the call belongs to another organisation"),
  callbackConsent: z.boolean(),
  personSex: choice(SEXES).nullable(),
  personAgeGroup: choice(AGE_GROUPS).nullable(),
  personCitizenship: z.string().nullable(),
  personCountryNow: z.string().nullable(),
  topics: z.array(choice(TOPICS)),
  urgency: choice(URGENCIES).nullable(),
  summary: z.string().nullable(),
  actions: z.array(choice(ACTIONS)),
  reportBasis: choice(AUTHORITY_REPORT_BASES)
    .nullable()
    .describe("With REFERRED_TO_POLICE: the person's consent, or a coordinator's decision without it"),
  reportReason: z.string().nullable().describe("Why a report could not wait for consent"),
  callbackDueAt: z.iso.datetime().nullable(),
  callbackCompletedAt: z.iso.datetime().nullable(),
  followUpOfId: z.uuid().nullable(),
  peopleCount: z
    .number()
    .int()
    .describe("How many people the call is linked to, whether or not the reader may see them"),
  people: z
    .array(
      z.object({
        id: z.uuid().nullable().describe("null when the reader may not open the person's record"),
        caseNumber: z.string(),
        restricted: z.boolean(),
      }),
    )
    .describe("The people the call is about, among those the reader may see (the one visibility rule)"),
  operatorId: z.uuid(),
  voided: z.boolean(),
  version: z.number().int(),
});
export type HotlineCallResponse = z.infer<typeof hotlineCallResponseSchema>;

/** A call in a list: no phone number, no summary. */
export const hotlineCallListItemSchema = hotlineCallResponseSchema.omit({
  callerPhone: true,
  summary: true,
  callerRegion: true,
  callerPlace: true,
  callbackConsent: true,
  followUpOfId: true,
  version: true,
  people: true,
  peopleCount: true,
  reportReason: true,
});
export type HotlineCallListItemResponse = z.infer<typeof hotlineCallListItemSchema>;
