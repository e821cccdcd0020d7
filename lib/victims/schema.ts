// Victim-record forms and API bodies, validated in the browser and again on the server.
// Messages are translation keys.
import { z } from "zod/mini";
import { coercedDate, notFuture } from "@/lib/validation/date";
import { isCountryCode } from "@/lib/i18n/country-codes";
import { VICTIM_QUEUES } from "./queues";
import {
  EDUCATION_LEVELS,
  EXPLOITATION_TYPES,
  IDENTIFIED_BY,
  LABOUR_SECTORS,
  MARITAL_STATUSES,
  MEANS_OF_CONTROL,
  PASSPORT_STATUSES,
  PERSON_LANGUAGES,
  RECRUITMENT_METHODS,
  RISK_LEVELS,
  TRAFFICKING_STATUSES,
  VICTIM_STATUSES,
} from "./codes";
import { SEXES } from "@/lib/vocabulary/person";
import {
  checkRegionOfCountry,
  choice,
  optional,
  preprocess,
  regionCodeField,
  trimmedText,
  versionField,
} from "@/lib/validation/fields";

const text = (max: number) => trimmedText(max);
const country = z.string().check(
  z.trim(),
  z.toUpperCase(),
  z.refine((code) => isCountryCode(code), "errors.invalidCountry"),
);
const day = coercedDate("errors.invalidDate");

/** A list typed as "a, b; c" in a form, or sent as an array by the API. */
const listOf = (max: number, item: z.ZodMiniType<string>) =>
  preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .split(/[,;\n]/)
            .map((s) => s.trim())
            .filter(Boolean)
        : (value ?? []),
    z.array(item).check(z.maxLength(max, "errors.tooMany")),
  );

/** Passport and ID numbers: letters and digits only, upper case, for comparison. */
export function normaliseDocumentNumber(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

const identityFields = {
  givenName: z
    .string("errors.required")
    .check(z.trim(), z.minLength(1, "errors.required"), z.maxLength(100, "errors.tooLong")),
  familyName: z._default(text(100), ""),
  patronymic: z._default(text(100), ""),
  givenNameLatin: z._default(text(100), ""),
  familyNameLatin: z._default(text(100), ""),
  patronymicLatin: z._default(text(100), ""),
  aliases: z._default(listOf(10, text(100)), []),
  sex: choice(SEXES),
  birthDate: optional(
    day.check(
      z.refine(notFuture, "errors.dateInFuture"),
      z.refine((d) => d.getUTCFullYear() >= 1900, "errors.invalidDate"),
    ),
  ),
  estimatedAge: optional(
    z.coerce
      .number("errors.invalid")
      .check(z.int("errors.ageRange"), z.minimum(0, "errors.ageRange"), z.maximum(110, "errors.ageRange")),
  ),
  citizenships: z._default(listOf(3, country), []),
  identifiedOn: day.check(z.refine(notFuture, "errors.dateInFuture")),
  identifiedBy: choice(IDENTIFIED_BY),
  riskLevel: optional(choice(RISK_LEVELS)),
  restricted: z._default(z.boolean(), false),
  passportStatus: optional(choice(PASSPORT_STATUSES)),
  documentNumber: optional(text(40).check(z.regex(/^[\p{L}\p{N} -]+$/u, "errors.invalidDocumentNumber"))),
};

type Identity = { birthDate?: Date; estimatedAge?: number; identifiedOn: Date };

function checkIdentity(victim: Identity, ctx: z.core.$RefinementCtx) {
  if (!victim.birthDate && victim.estimatedAge === undefined) {
    ctx.addIssue({ code: "custom", path: ["estimatedAge"], message: "errors.birthDateOrAge" });
  }
  if (victim.birthDate && victim.identifiedOn < victim.birthDate) {
    ctx.addIssue({ code: "custom", path: ["identifiedOn"], message: "errors.beforeBirth" });
  }
}

/** Registering a person: identity first; the rest of the record can follow. */
export const registerVictimSchema = z
  .object({ ...identityFields, fromCallId: optional(z.uuid("errors.invalid")) })
  .check(z.superRefine(checkIdentity));
export type RegisterVictimInput = z.infer<typeof registerVictimSchema>;
export type RegisterVictimValues = z.input<typeof registerVictimSchema>;

export const traffickingEventSchema = z.object({
  kind: choice(["RECRUITMENT", "TRANSIT", "EXPLOITATION"] as const),
  countryCode: optional(country),
  place: optional(text(200)),
  startedOn: optional(day.check(z.refine(notFuture, "errors.dateInFuture"))),
  endedOn: optional(day.check(z.refine(notFuture, "errors.dateInFuture"))),
});

/** The whole record (edit form and API PATCH), with the version it was read at. */
export const updateVictimSchema = z
  .object({
    ...identityFields,
    regionOfOrigin: regionCodeField,
    placeOfOrigin: optional(text(120)),
    languages: z._default(listOf(8, choice(PERSON_LANGUAGES)), []),
    maritalStatus: optional(choice(MARITAL_STATUSES)),
    educationLevel: optional(choice(EDUCATION_LEVELS)),
    phone: optional(text(40)),
    address: optional(text(500)),
    trustedContact: optional(text(500)),
    documentExpiry: optional(day),
    entryBanUntil: optional(day),
    traffickingStatus: optional(choice(TRAFFICKING_STATUSES)),
    traffickingStatusDecidedBy: optional(text(200)),
    exploitationTypes: z._default(
      z.array(choice(EXPLOITATION_TYPES)).check(z.maxLength(EXPLOITATION_TYPES.length)),
      [],
    ),
    labourSectors: z._default(z.array(choice(LABOUR_SECTORS)).check(z.maxLength(LABOUR_SECTORS.length)), []),
    meansOfControl: z._default(z.array(choice(MEANS_OF_CONTROL)).check(z.maxLength(MEANS_OF_CONTROL.length)), []),
    recruitmentMethod: optional(choice(RECRUITMENT_METHODS)),
    recruiterRelation: optional(text(200)),
    narrative: optional(text(20_000)),
    events: z._default(z.array(traffickingEventSchema).check(z.maxLength(20, "errors.tooMany")), []),
    assignedToId: optional(z.uuid("errors.invalid")),
    version: versionField,
  })
  .check(
    z.superRefine((victim, ctx) => {
      checkIdentity(victim, ctx);
      checkRegionOfCountry(victim.regionOfOrigin, victim.citizenships, "regionOfOrigin", ctx);
      victim.events.forEach((event, index) => {
        if (event.startedOn && event.endedOn && event.endedOn < event.startedOn) {
          ctx.addIssue({ code: "custom", path: ["events", index, "endedOn"], message: "errors.endBeforeStart" });
        }
        if (victim.birthDate && event.startedOn && event.startedOn < victim.birthDate) {
          ctx.addIssue({ code: "custom", path: ["events", index, "startedOn"], message: "errors.beforeBirth" });
        }
      });
    }),
  );
export type UpdateVictimInput = z.infer<typeof updateVictimSchema>;
export type UpdateVictimValues = z.input<typeof updateVictimSchema>;

export const listVictimsQuerySchema = z.object({
  q: z.optional(trimmedText(200)),
  status: z.optional(choice(VICTIM_STATUSES)),
  riskLevel: z.optional(choice(RISK_LEVELS)),
  exploitationType: z.optional(choice(EXPLOITATION_TYPES)),
  citizenship: z.optional(country),
  assignedTo: z.optional(z.uuid()),
  /** Only records with support plan items not yet done. */
  needsOpen: z.optional(z.enum(["1"])),
  /** A work queue of the homes (lib/victims/queues.ts); `days` is the stalled queue's span. */
  queue: z.optional(choice(VICTIM_QUEUES)),
  days: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(365))),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 25),
});
export type ListVictimsQuery = z.infer<typeof listVictimsQuerySchema>;

/** The network-wide duplicate check before registering. */
export const duplicateCheckSchema = z.object({
  givenName: optional(text(100)),
  familyName: optional(text(100)),
  givenNameLatin: optional(text(100)),
  familyNameLatin: optional(text(100)),
  birthDate: optional(day),
  documentNumber: optional(text(40)),
});
export type DuplicateCheckInput = z.infer<typeof duplicateCheckSchema>;

/** The minimal victim record a hotline call opens (the register form, prefilled from the call). */
export const createVictimFromCallSchema = z
  .object({
    givenName: identityFields.givenName,
    familyName: identityFields.familyName,
    sex: identityFields.sex,
    birthDate: identityFields.birthDate,
    estimatedAge: identityFields.estimatedAge,
    citizenship: optional(country),
  })
  .check(z.superRefine((victim, ctx) => checkIdentity({ ...victim, identifiedOn: new Date() }, ctx)));
export type CreateVictimFromCallInput = z.infer<typeof createVictimFromCallSchema>;
export type CreateVictimFromCallValues = z.input<typeof createVictimFromCallSchema>;

/** Most people a call registers at once: a brigade, a flat, a bus; more is a list to import. */
export const GROUP_MAX = 30;

/**
 * Several people named in one call, registered at once (a brigade of twelve): a few fields per
 * person; citizenship, the day and the route of identification come from the call.
 */
export const registerGroupFromCallSchema = z.object({
  people: z
    .array(
      z.object({
        givenName: identityFields.givenName,
        familyName: identityFields.familyName,
        sex: identityFields.sex,
        // Required here (no birth date in the quick form); an empty box is "missing", not 0.
        estimatedAge: preprocess(
          (v) => (v === "" || v === null ? undefined : v),
          z.coerce
            .number("errors.birthDateOrAge")
            .check(z.int("errors.ageRange"), z.minimum(0, "errors.ageRange"), z.maximum(110, "errors.ageRange")),
        ),
      }),
    )
    .check(z.minLength(1, "errors.required"), z.maxLength(GROUP_MAX, "errors.tooMany")),
  citizenship: optional(country),
});
export type RegisterGroupFromCallInput = z.infer<typeof registerGroupFromCallSchema>;
export type RegisterGroupFromCallValues = z.input<typeof registerGroupFromCallSchema>;

/** Finding an existing record to link to a call: a name (any script) or a case number. */
export const findPersonForCallSchema = z.object({
  q: z.string("errors.required").check(z.trim(), z.minLength(2, "errors.tooShort"), z.maxLength(200, "errors.tooLong")),
});

/** The record chosen among those found. */
export const linkPersonToCallSchema = z.object({ victimId: z.uuid("errors.chooseAPerson") });

export const breakGlassSchema = z.object({
  reason: z
    .string("errors.required")
    .check(z.trim(), z.minLength(10, "errors.breakGlassReason"), z.maxLength(500, "errors.tooLong")),
});
export type BreakGlassInput = z.infer<typeof breakGlassSchema>;
