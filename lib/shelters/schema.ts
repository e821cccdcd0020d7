// Shelter forms and API bodies. Messages are translation keys.
import { z } from "zod";
import { versionField } from "@/lib/validation/fields";
import { coercedDate, notFuture } from "@/lib/validation/date";
import { isCountryCode } from "@/lib/i18n/country-codes";
import { EXIT_DESTINATIONS, POPULATIONS, STAY_SERVICES } from "./codes";

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const optional = <S extends z.ZodType>(schema: S) => z.preprocess(blankToUndefined, schema.optional());
const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, "errors.invalidChoice");
const age = z.coerce
  .number("errors.invalid")
  .int("errors.ageRange")
  .min(0, "errors.ageRange")
  .max(110, "errors.ageRange");
/** Admissions may be back-dated, not post-dated beyond today (clock tolerance of a day). */

const shelterFields = {
  name: z.string("errors.required").trim().min(2, "errors.tooShort").max(200, "errors.tooLong"),
  city: z.string("errors.required").trim().min(1, "errors.required").max(100, "errors.tooLong"),
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .refine((c) => isCountryCode(c), "errors.invalidCountry"),
  address: optional(z.string().trim().max(500, "errors.tooLong")),
  phone: optional(z.string().trim().max(40, "errors.tooLong")),
  population: choice(POPULATIONS),
  minAge: optional(age),
  maxAge: optional(age),
  capacity: z.coerce
    .number("errors.invalid")
    .int("errors.capacityRange")
    .min(1, "errors.capacityRange")
    .max(1000, "errors.capacityRange"),
  services: z.array(choice(STAY_SERVICES)).max(STAY_SERVICES.length).default([]),
};

function checkAges(s: { minAge?: number; maxAge?: number }, ctx: z.RefinementCtx) {
  if (s.minAge !== undefined && s.maxAge !== undefined && s.minAge > s.maxAge)
    ctx.addIssue({ code: "custom", path: ["maxAge"], message: "errors.ageRangeOrder" });
}

export const createShelterSchema = z
  .object({
    ...shelterFields,
    /** Optional named beds (room optional). */
    beds: z
      .array(z.object({ room: optional(z.string().trim().max(60)), label: z.string().trim().min(1).max(60) }))
      .max(1000)
      .default([]),
  })
  .superRefine((s, ctx) => {
    checkAges(s, ctx);
    if (s.beds.length > s.capacity)
      ctx.addIssue({ code: "custom", path: ["beds"], message: "errors.moreBedsThanCapacity" });
  });

/** The same, as the form types it: beds one per line ("Room 1: A"). */
export const createShelterFormSchema = z
  .object({ ...shelterFields, beds: z.string().max(20_000, "errors.tooLong").default("") })
  .superRefine((s, ctx) => {
    checkAges(s, ctx);
    if (parseBedLines(s.beds).length > s.capacity)
      ctx.addIssue({ code: "custom", path: ["beds"], message: "errors.moreBedsThanCapacity" });
  });

/** Bed labels typed one per line, optionally "Room: bed". */
export function parseBedLines(text: string): { room?: string; label: string }[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf(":");
      return at > 0 ? { room: line.slice(0, at).trim(), label: line.slice(at + 1).trim() || line } : { label: line };
    });
}
export type CreateShelterInput = z.infer<typeof createShelterSchema>;

export const admitSchema = z.object({
  victimId: z.uuid("errors.chooseAPerson"),
  bedId: optional(z.uuid("errors.invalidChoice")),
  admittedAt: coercedDate("errors.invalidDate").refine(notFuture, "errors.dateInFuture"),
  referredBy: optional(z.string().trim().max(200, "errors.tooLong")),
  plannedDischargeOn: optional(coercedDate("errors.invalidDate")),
  healthNotes: optional(z.string().trim().max(2000, "errors.tooLong")),
  placementRequestId: optional(z.uuid()),
});
export type AdmitInput = z.infer<typeof admitSchema>;

export const stayServiceSchema = z.object({
  kind: choice(STAY_SERVICES),
  providedOn: coercedDate("errors.invalidDate").refine(notFuture, "errors.dateInFuture"),
  provider: optional(z.string().trim().max(200, "errors.tooLong")),
});
export const stayIncidentSchema = z.object({
  occurredAt: coercedDate("errors.invalidDate").refine(notFuture, "errors.dateInFuture"),
  description: z.string("errors.required").trim().min(1, "errors.required").max(4000, "errors.tooLong"),
});
export const dischargeSchema = z.object({
  dischargedAt: coercedDate("errors.invalidDate").refine(notFuture, "errors.dateInFuture"),
  exitDestination: choice(EXIT_DESTINATIONS),
  exitReason: optional(z.string().trim().max(500, "errors.tooLong")),
});

/** PATCH of a stay: record services and incidents, move to another bed, or discharge. */
export const updateStaySchema = z.object({
  version: versionField,
  moveToBedId: optional(z.uuid("errors.invalidChoice")),
  plannedDischargeOn: optional(coercedDate("errors.invalidDate")),
  addService: optional(stayServiceSchema),
  addIncident: optional(stayIncidentSchema),
  discharge: optional(dischargeSchema),
});
export type UpdateStayInput = z.infer<typeof updateStaySchema>;

export const availabilityQuerySchema = z.object({
  city: z.string().trim().max(100).optional(),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((c) => isCountryCode(c), "errors.invalidCountry")
    .optional(),
  population: choice(POPULATIONS).optional(),
  age: z.coerce.number().int().min(0).max(110).optional(),
});
export type AvailabilityQuery = z.infer<typeof availabilityQuerySchema>;

export const placementRequestSchema = z.object({
  shelterId: z.uuid("errors.invalidChoice"),
  victimId: z.uuid("errors.chooseAPerson"),
  note: z.string("errors.required").trim().min(3, "errors.tooShort").max(1000, "errors.tooLong"),
});
export type PlacementRequestInput = z.infer<typeof placementRequestSchema>;

export const answerPlacementSchema = z
  .object({
    decision: z.enum(["ACCEPT", "DECLINE"], "errors.invalidChoice"),
    holdHours: optional(z.coerce.number().int().min(1, "errors.holdRange").max(168, "errors.holdRange")),
    reason: optional(z.string().trim().max(500, "errors.tooLong")),
  })
  .superRefine((a, ctx) => {
    if (a.decision === "DECLINE" && !a.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "errors.declineReasonRequired" });
  });
export type AnswerPlacementInput = z.infer<typeof answerPlacementSchema>;
