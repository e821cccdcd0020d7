// The hotline call forms and API bodies. One schema validates in the operator's browser and again
// on the server; messages are translation keys.
import { z } from "zod/mini";
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
import {
  checkRegionOfCountry,
  choice,
  optional,
  regionCodeField,
  trimmedText,
  versionField,
} from "@/lib/validation/fields";
import { AUTHORITY_REPORT_BASES } from "@/lib/vocabulary/authorities";

/** Clocks of operators' computers drift; a minute of tolerance avoids refusing "now". */
const CLOCK_TOLERANCE_MS = 60_000;

const optionalCountry = z.optional(
  z.string().check(
    z.trim(),
    z.toUpperCase(),
    z.refine((code) => isCountryCode(code), "errors.invalidCountry"),
  ),
);

/**
 * Years a call or a callback can fall in: from 2000 (before any hotline of the network)
 * to next year. The form's date inputs carry the same bounds as min/max, which also stops the
 * browser's year segment taking a fifth digit.
 */
export const EARLIEST_CALL_YEAR = 2000;
export const latestCallYear = (now = new Date()) => now.getUTCFullYear() + 1;
const inCallYears = (date: Date) =>
  date.getUTCFullYear() >= EARLIEST_CALL_YEAR && date.getUTCFullYear() <= latestCallYear();
const callDate = () => z.coerce.date("errors.invalidDate").check(z.refine(inCallYears, "errors.callYearOutOfRange"));

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

export const receivedAtField = callDate().check(
  z.refine((date) => date.getTime() <= Date.now() + MAX_FUTURE_CALL_MS, "errors.dateInFuture"),
);

export const phoneField = z
  .string()
  .check(z.trim(), z.maxLength(40, "errors.invalidPhone"), z.regex(/^[+\d][\d\s().-]*$/, "errors.invalidPhone"));

const callFields = {
  receivedAt: receivedAtField,
  durationSeconds: optional(
    z.coerce
      .number("errors.invalid")
      .check(
        z.int("errors.durationRange"),
        z.minimum(0, "errors.durationRange"),
        z.maximum(MAX_DURATION_SECONDS, "errors.durationRange"),
      ),
  ),
  channel: z._default(choice(CHANNELS), "PHONE"),
  language: optional(choice(CALL_LANGUAGES)),
  callType: choice(CALL_TYPES),
  callerRelationship: optional(choice(RELATIONSHIPS)),
  callerCountry: optional(optionalCountry),
  /** ISO 3166-2, of the caller's country's list; a town or village goes in callerPlace. */
  callerRegion: regionCodeField,
  callerPlace: optional(trimmedText(120)),
  callerPhone: optional(phoneField),
  /** Country whose numbering plan applies to a number typed without +; the organisation's by default. */
  phoneDefaultCountry: optional(optionalCountry),
  callbackConsent: z._default(z.boolean(), false),
  personSex: optional(choice(SEXES)),
  personAgeGroup: optional(choice(AGE_GROUPS)),
  personCitizenship: optional(optionalCountry),
  personCountryNow: optional(optionalCountry),
  topics: z._default(z.array(choice(TOPICS)).check(z.maxLength(TOPICS.length)), []),
  urgency: optional(choice(URGENCIES)),
  summary: optional(trimmedText(MAX_SUMMARY_LENGTH, "errors.summaryTooLong")),
  actions: z._default(z.array(choice(ACTIONS)).check(z.maxLength(ACTIONS.length)), []),
  /** With "referred to the police": the person's consent, or a coordinator's decision (with a reason). */
  reportBasis: optional(choice(AUTHORITY_REPORT_BASES)),
  reportReason: optional(trimmedText(2000)),
  callbackDueAt: optional(callDate()),
  /**
   * The operator confirms a time more than a day ago or ahead of now (the form shows the box when it is). Checked
   * here for a new call and by updateHotlineCall when an edit moves the time, so it holds on the
   * server whatever the browser ran.
   */
  confirmUnusualTime: z._default(z.boolean(), false),
  /** The earlier call this one answers (a callback). Checked against the actor's scope. */
  followUpOfId: optional(z.uuid("errors.invalid")),
};

type CallShape = z.infer<z.ZodMiniObject<typeof callFields>>;

/** Business rules across fields. `complete`: a call the operator has finished. */
function checkCall(call: CallShape, ctx: z.core.$RefinementCtx, complete: boolean) {
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
export const createHotlineCallSchema = z.object(callFields).check(
  z.superRefine((call, ctx) => {
    checkCall(call, ctx, true);
    if (isUnusualCallTime(call.receivedAt) && !call.confirmUnusualTime) {
      ctx.addIssue({ code: "custom", path: ["confirmUnusualTime"], message: confirmTimeMessage(call.receivedAt) });
    }
  }),
);
export type CreateHotlineCallInput = z.infer<typeof createHotlineCallSchema>;
export type HotlineCallFormValues = z.input<typeof createHotlineCallSchema>;

/**
 * POST /api/v1/hotline-calls from a telephony system at the end of a call: `status: "INCOMPLETE"`
 * accepts a call without topics, urgency or caller details, for the operator to complete.
 */
export const apiCreateHotlineCallSchema = z
  .object({ ...callFields, status: z._default(z.enum(["INCOMPLETE", "COMPLETE"]), "COMPLETE") })
  .check(
    z.superRefine((call, ctx) => {
      checkCall(call, ctx, call.status === "COMPLETE");
      // A telephony system has nobody to ask: a time ahead of its clock is refused, not confirmed.
      if (unusualCallTime(call.receivedAt) === "future")
        ctx.addIssue({ code: "custom", path: ["receivedAt"], message: "errors.dateInFuture" });
    }),
  );
export type ApiCreateHotlineCallInput = z.infer<typeof apiCreateHotlineCallSchema>;

/** Editing or completing a call: the whole record again, with the version it was read at. */
export const updateHotlineCallSchema = z
  .object({ ...callFields, version: versionField })
  .check(z.superRefine((call, ctx) => checkCall(call, ctx, true)));
export type UpdateHotlineCallInput = z.infer<typeof updateHotlineCallSchema>;

export const voidHotlineCallSchema = z.object({
  reason: z
    .string("errors.required")
    .check(z.trim(), z.minLength(3, "errors.tooShort"), z.maxLength(500, "errors.tooLong")),
  version: versionField,
});
export type VoidHotlineCallInput = z.infer<typeof voidHotlineCallSchema>;

export const repeatCallerQuerySchema = z.object({
  phone: phoneField.check(z.minLength(5, "errors.invalidPhone")),
  phoneDefaultCountry: optional(optionalCountry),
});
export type RepeatCallerQuery = z.infer<typeof repeatCallerQuerySchema>;

const dateOnly = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "errors.invalidDate"));

export const HOTLINE_ORDERS = ["newest", "oldest"] as const;

export const listHotlineCallsQuerySchema = z.object({
  from: z.optional(dateOnly),
  to: z.optional(dateOnly),
  topic: z.optional(choice(TOPICS)),
  urgency: z.optional(choice(URGENCIES)),
  channel: z.optional(choice(CHANNELS)),
  callType: z.optional(choice(CALL_TYPES)),
  operator: z.optional(z.uuid()),
  action: z.optional(choice(ACTIONS)),
  callbackDue: z.optional(z.enum(["1"])),
  status: z.optional(z.enum(["INCOMPLETE", "COMPLETE"])),
  includeVoided: z.optional(z.enum(["1"])),
  /** newest (the default) or oldest first: working a backlog starts from its oldest call. */
  order: z.optional(z.enum(HOTLINE_ORDERS)),
  q: z.optional(trimmedText(200)),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 25),
});
export type ListHotlineCallsQuery = z.infer<typeof listHotlineCallsQuerySchema>;

/** A draft is whatever the operator has typed so far: no rules, only limits. */
export const hotlineCallDraftSchema = z
  .record(z.string().check(z.maxLength(64)), z.unknown())
  .check(z.refine((draft) => JSON.stringify(draft).length <= 20_000, "errors.tooLong"));

/** PATCH /api/v1/hotline-calls/{id}: any fields to change, or a reason to void the call. */
export const patchHotlineCallSchema = z.catchall(
  z.object({
    version: z.number().check(z.int(), z.minimum(1), z.maximum(2_147_483_647)),
    voidReason: z.optional(
      z.string().check(z.trim(), z.minLength(3, "errors.tooShort"), z.maxLength(500, "errors.tooLong")),
    ),
  }),
  z.unknown(),
);

/** A call as the API returns it. */
export const hotlineCallResponseSchema = z.object({
  id: z.uuid(),
  status: z.enum(["INCOMPLETE", "COMPLETE"]),
  receivedAt: z.iso.datetime(),
  durationSeconds: z.nullable(z.number().check(z.int())),
  channel: choice(CHANNELS),
  language: z.nullable(z.string()),
  callType: choice(CALL_TYPES),
  callerRelationship: z.nullable(choice(RELATIONSHIPS)),
  callerCountry: z.nullable(z.string()),
  callerRegion: z
    .nullable(z.string())
    .register(z.globalRegistry, { description: "ISO 3166-2 code, from the caller country's list" }),
  callerPlace: z
    .nullable(z.string())
    .register(z.globalRegistry, { description: "A place below region level, as typed" }),
  callerPhone: z.nullable(z.string()).register(z.globalRegistry, {
    description: "E.164; null when not given or when the call belongs to another organisation",
  }),
  callbackConsent: z.boolean(),
  personSex: z.nullable(choice(SEXES)),
  personAgeGroup: z.nullable(choice(AGE_GROUPS)),
  personCitizenship: z.nullable(z.string()),
  personCountryNow: z.nullable(z.string()),
  topics: z.array(choice(TOPICS)),
  urgency: z.nullable(choice(URGENCIES)),
  summary: z.nullable(z.string()),
  actions: z.array(choice(ACTIONS)),
  reportBasis: z.nullable(choice(AUTHORITY_REPORT_BASES)).register(z.globalRegistry, {
    description: "With REFERRED_TO_POLICE: the person's consent, or a coordinator's decision without it",
  }),
  reportReason: z
    .nullable(z.string())
    .register(z.globalRegistry, { description: "Why a report could not wait for consent" }),
  callbackDueAt: z.nullable(z.iso.datetime()),
  callbackCompletedAt: z.nullable(z.iso.datetime()),
  followUpOfId: z.nullable(z.uuid()),
  peopleCount: z.number().check(z.int()).register(z.globalRegistry, {
    description: "How many people the call is linked to, whether or not the reader may see them",
  }),
  people: z
    .array(
      z.object({
        id: z
          .nullable(z.uuid())
          .register(z.globalRegistry, { description: "null when the reader may not open the person's record" }),
        caseNumber: z.string(),
        restricted: z.boolean(),
      }),
    )
    .register(z.globalRegistry, {
      description: "The people the call is about, among those the reader may see (the one visibility rule)",
    }),
  operatorId: z.uuid(),
  voided: z.boolean(),
  version: z.number().check(z.int()),
});
export type HotlineCallResponse = z.infer<typeof hotlineCallResponseSchema>;

/** A call in a list: no phone number, no summary. */
export const hotlineCallListItemSchema = z.omit(hotlineCallResponseSchema, {
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
