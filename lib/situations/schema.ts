// Situation forms and API bodies, validated in the browser and again on the server. Messages are
// translation keys.
import { z } from "zod/mini";
import { optional, preprocess, regionCodeField, trimmedText } from "@/lib/validation/fields";
import { countryField } from "@/lib/i18n/country-codes";
import { coercedDate } from "@/lib/validation/date";
import { CASE_NUMBER_PATTERN, EXPLOITATION_TYPES, LABOUR_SECTORS } from "@/lib/victims/codes";
import { SITUATION_STATUSES } from "./codes";

const day = coercedDate("errors.invalidDate");
/** A form's checkboxes send one value or several; the API sends an array. */
const several = <T extends readonly [string, ...string[]]>(values: T) =>
  preprocess(
    (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.enum(values, "errors.invalidChoice")).check(z.maxLength(values.length, "errors.tooMany")),
  );

export const createSituationSchema = z
  .object({
    countryCode: countryField,
    regionCode: regionCodeField,
    /** A village, a site, a street: below region level, encrypted. */
    place: optional(trimmedText(200)),
    exploitationTypes: several(EXPLOITATION_TYPES),
    labourSectors: several(LABOUR_SECTORS),
    startedOn: optional(day),
    endedOn: optional(day),
    peopleEstimated: optional(
      z.coerce
        .number("errors.invalid")
        .check(z.int("errors.outOfRange"), z.minimum(1, "errors.outOfRange"), z.maximum(100_000, "errors.outOfRange")),
    ),
    summary: optional(trimmedText(4000)),
    assignedToId: optional(z.uuid("errors.invalid")),
    /** The call that reported it, linked in the same write. */
    fromCallId: optional(z.uuid("errors.invalid")),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.regionCode && !value.regionCode.startsWith(`${value.countryCode}-`))
        ctx.addIssue({ code: "custom", path: ["regionCode"], message: "errors.regionOfOtherCountry" });
      if (value.startedOn && value.endedOn && value.endedOn < value.startedOn)
        ctx.addIssue({ code: "custom", path: ["endedOn"], message: "errors.endBeforeStart" });
    }),
  );
export type CreateSituationInput = z.infer<typeof createSituationSchema>;

export const listSituationsQuerySchema = z.object({
  status: z.optional(z.enum(SITUATION_STATUSES)),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 25),
});
export type ListSituationsQuery = z.infer<typeof listSituationsQuerySchema>;

export const situationNoteSchema = z.object({
  body: z
    .string("errors.required")
    .check(z.trim(), z.minLength(1, "errors.required"), z.maxLength(4000, "errors.tooLong")),
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
    .check(
      z.trim(),
      z.toUpperCase(),
      z.minLength(1, "errors.required"),
      z.maxLength(40, "errors.tooLong"),
      z.regex(CASE_NUMBER_PATTERN, "errors.caseNumberFormat"),
    ),
});
