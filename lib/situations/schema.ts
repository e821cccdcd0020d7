// Situation forms and API bodies, validated in the browser and again on the server. Messages are
// translation keys.
import { z } from "zod";
import { optional, regionCodeField } from "@/lib/validation/fields";
import { countryField } from "@/lib/i18n/country-codes";
import { coercedDate } from "@/lib/validation/date";
import { CASE_NUMBER_PATTERN, EXPLOITATION_TYPES, LABOUR_SECTORS } from "@/lib/victims/codes";
import { SITUATION_STATUSES } from "./codes";

const text = (max: number) => z.string().trim().max(max, "errors.tooLong");
const day = coercedDate("errors.invalidDate");
/** A form's checkboxes send one value or several; the API sends an array. */
const several = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.enum(values, "errors.invalidChoice")).max(values.length, "errors.tooMany"),
  );

export const createSituationSchema = z
  .object({
    countryCode: countryField,
    regionCode: regionCodeField,
    /** A village, a site, a street: below region level, encrypted. */
    place: optional(text(200)),
    exploitationTypes: several(EXPLOITATION_TYPES),
    labourSectors: several(LABOUR_SECTORS),
    startedOn: optional(day),
    endedOn: optional(day),
    peopleEstimated: optional(
      z.coerce
        .number("errors.invalid")
        .int("errors.outOfRange")
        .min(1, "errors.outOfRange")
        .max(100_000, "errors.outOfRange"),
    ),
    summary: optional(text(4000)),
    assignedToId: optional(z.uuid("errors.invalid")),
    /** The call that reported it, linked in the same write. */
    fromCallId: optional(z.uuid("errors.invalid")),
  })
  .superRefine((value, ctx) => {
    if (value.regionCode && !value.regionCode.startsWith(`${value.countryCode}-`))
      ctx.addIssue({ code: "custom", path: ["regionCode"], message: "errors.regionOfOtherCountry" });
    if (value.startedOn && value.endedOn && value.endedOn < value.startedOn)
      ctx.addIssue({ code: "custom", path: ["endedOn"], message: "errors.endBeforeStart" });
  });
export type CreateSituationInput = z.infer<typeof createSituationSchema>;

export const listSituationsQuerySchema = z.object({
  status: z.enum(SITUATION_STATUSES).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListSituationsQuery = z.infer<typeof listSituationsQuerySchema>;

export const situationNoteSchema = z.object({
  body: z.string("errors.required").trim().min(1, "errors.required").max(4000, "errors.tooLong"),
});
export type SituationNoteInput = z.infer<typeof situationNoteSchema>;

export const linkCallSchema = z.object({ callId: z.uuid("errors.invalid") });
/** From a call's page: the situation to attach the call to. */
export const chooseSituationSchema = z.object({ situationId: z.uuid("errors.chooseASituation") });
export const linkPersonSchema = z.object({ victimId: z.uuid("errors.invalid") });
/** On the situation's page: a person of the organisation, by case number (e.g. TSH-2026-00042). */
export const linkPersonByCaseNumberSchema = z.object({
  caseNumber: z
    .string("errors.required")
    .trim()
    .toUpperCase()
    .min(1, "errors.required")
    .max(40, "errors.tooLong")
    .regex(CASE_NUMBER_PATTERN, "errors.caseNumberFormat"),
});
