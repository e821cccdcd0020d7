// Shelter forms and API bodies. Messages are translation keys.
//
// Written with `zod/mini` (decision 0039): the forms check their input in the browser with these.
import { z } from "zod/mini";
import { choice, optional, trimmedText, versionField } from "@/lib/validation/fields";
import { coercedDate, notFuture } from "@/lib/validation/date";
import { isCountryCode } from "@/lib/i18n/country-codes";
import { EXIT_DESTINATIONS, POPULATIONS, STAY_SERVICES } from "./codes";

const age = z.coerce
  .number("errors.invalid")
  .check(z.int("errors.ageRange"), z.minimum(0, "errors.ageRange"), z.maximum(110, "errors.ageRange"));
/** Admissions may be back-dated, not post-dated beyond today (clock tolerance of a day). */
const pastDay = () => coercedDate("errors.invalidDate").check(z.refine(notFuture, "errors.dateInFuture"));

const shelterFields = {
  name: z
    .string("errors.required")
    .check(z.trim(), z.minLength(2, "errors.tooShort"), z.maxLength(200, "errors.tooLong")),
  city: z
    .string("errors.required")
    .check(z.trim(), z.minLength(1, "errors.required"), z.maxLength(100, "errors.tooLong")),
  countryCode: z.string().check(
    z.trim(),
    z.toUpperCase(),
    z.refine((c) => isCountryCode(c), "errors.invalidCountry"),
  ),
  address: optional(trimmedText(500)),
  phone: optional(trimmedText(40)),
  population: choice(POPULATIONS),
  minAge: optional(age),
  maxAge: optional(age),
  capacity: z.coerce
    .number("errors.invalid")
    .check(
      z.int("errors.capacityRange"),
      z.minimum(1, "errors.capacityRange"),
      z.maximum(1000, "errors.capacityRange"),
    ),
  services: z._default(z.array(choice(STAY_SERVICES)).check(z.maxLength(STAY_SERVICES.length)), []),
};

function checkAges(s: { minAge?: number; maxAge?: number }, ctx: z.core.$RefinementCtx) {
  if (s.minAge !== undefined && s.maxAge !== undefined && s.minAge > s.maxAge)
    ctx.addIssue({ code: "custom", path: ["maxAge"], message: "errors.ageRangeOrder" });
}

export const createShelterSchema = z
  .object({
    ...shelterFields,
    /** Optional named beds (room optional). */
    beds: z._default(
      z
        .array(
          z.object({
            room: optional(trimmedText(60)),
            label: z.string().check(z.trim(), z.minLength(1, "errors.required"), z.maxLength(60, "errors.tooLong")),
          }),
        )
        .check(z.maxLength(1000, "errors.tooMany")),
      [],
    ),
  })
  .check(
    z.superRefine((s, ctx) => {
      checkAges(s, ctx);
      if (s.beds.length > s.capacity)
        ctx.addIssue({ code: "custom", path: ["beds"], message: "errors.moreBedsThanCapacity" });
    }),
  );

/** The same, as the form types it: beds one per line ("Room 1: A"). */
export const createShelterFormSchema = z
  .object({ ...shelterFields, beds: z._default(z.string().check(z.maxLength(20_000, "errors.tooLong")), "") })
  .check(
    z.superRefine((s, ctx) => {
      checkAges(s, ctx);
      if (parseBedLines(s.beds).length > s.capacity)
        ctx.addIssue({ code: "custom", path: ["beds"], message: "errors.moreBedsThanCapacity" });
    }),
  );

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

/** A member of the organisation made staff of a shelter. */
export const assignStaffSchema = z.object({ userId: z.uuid("errors.invalidChoice") });
export type AssignStaffInput = z.infer<typeof assignStaffSchema>;

export const admitSchema = z.object({
  victimId: z.uuid("errors.chooseAPerson"),
  bedId: optional(z.uuid("errors.invalidChoice")),
  admittedAt: pastDay(),
  referredBy: optional(trimmedText(200)),
  plannedDischargeOn: optional(coercedDate("errors.invalidDate")),
  healthNotes: optional(trimmedText(2000)),
  placementRequestId: optional(z.uuid()),
});
export type AdmitInput = z.infer<typeof admitSchema>;

export const stayServiceSchema = z.object({
  kind: choice(STAY_SERVICES),
  providedOn: pastDay(),
  provider: optional(trimmedText(200)),
});
export const stayIncidentSchema = z.object({
  occurredAt: pastDay(),
  description: z
    .string("errors.required")
    .check(z.trim(), z.minLength(1, "errors.required"), z.maxLength(4000, "errors.tooLong")),
});
export const dischargeSchema = z.object({
  dischargedAt: pastDay(),
  exitDestination: choice(EXIT_DESTINATIONS),
  exitReason: optional(trimmedText(500)),
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
  city: z.optional(trimmedText(100)),
  country: z.optional(
    z.string().check(
      z.trim(),
      z.toUpperCase(),
      z.refine((c) => isCountryCode(c), "errors.invalidCountry"),
    ),
  ),
  population: z.optional(choice(POPULATIONS)),
  age: z.optional(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(110))),
});
export type AvailabilityQuery = z.infer<typeof availabilityQuerySchema>;

export const placementRequestSchema = z.object({
  shelterId: z.uuid("errors.invalidChoice"),
  victimId: z.uuid("errors.chooseAPerson"),
  note: z
    .string("errors.required")
    .check(z.trim(), z.minLength(3, "errors.tooShort"), z.maxLength(1000, "errors.tooLong")),
});
export type PlacementRequestInput = z.infer<typeof placementRequestSchema>;

export const answerPlacementSchema = z
  .object({
    decision: z.enum(["ACCEPT", "DECLINE"], "errors.invalidChoice"),
    holdHours: optional(
      z.coerce
        .number("errors.holdRange")
        .check(z.int("errors.holdRange"), z.minimum(1, "errors.holdRange"), z.maximum(168, "errors.holdRange")),
    ),
    reason: optional(trimmedText(500)),
  })
  .check(
    z.superRefine((a, ctx) => {
      if (a.decision === "DECLINE" && !a.reason)
        ctx.addIssue({ code: "custom", path: ["reason"], message: "errors.declineReasonRequired" });
    }),
  );
export type AnswerPlacementInput = z.infer<typeof answerPlacementSchema>;
