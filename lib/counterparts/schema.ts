// The directory of counterparts outside Tumar: forms and API bodies, validated in the browser and
// again on the server. Messages are translation keys. Office contacts, not data of people we serve.
import { z } from "zod";
import { choice, optional, versionField } from "@/lib/validation/fields";
import { countryField } from "@/lib/i18n/country-codes";
import { COUNTERPART_STATUSES, COUNTERPART_TYPES } from "./codes";

const name = z.string("errors.required").trim().min(1, "errors.required").max(200, "errors.tooLong");
const text = (max: number) => z.string().trim().max(max, "errors.tooLong");
const email = z.string().trim().max(254, "errors.tooLong").pipe(z.email("errors.invalidEmail"));
/** An office's number as it is dialled (the hotline's rule, without its caller-number handling). */
const phone = z
  .string()
  .trim()
  .max(40, "errors.invalidPhone")
  .regex(/^[+\d][\d\s().-]*$/, "errors.invalidPhone");

const counterpartFields = z.object({
  name,
  /** For an embassy or consulate, the country it represents; otherwise where the office works. */
  countryCode: countryField,
  type: choice(COUNTERPART_TYPES),
  /** The official to ask for (a name and position), if the office gave one. */
  contactPerson: optional(text(200)),
  phone: optional(phone),
  email: optional(email),
  notes: optional(text(2000)),
});

/** A counterpart added to the organisation's directory (offered at once). */
export const createCounterpartSchema = counterpartFields;
export type CreateCounterpartInput = z.infer<typeof createCounterpartSchema>;

/** A correction: the whole form again, with the version it was read at. */
export const updateCounterpartSchema = counterpartFields.extend({ version: versionField });
export type UpdateCounterpartInput = z.infer<typeof updateCounterpartSchema>;

/** Stop offering a counterpart, or offer it again, at the version read. */
export const setCounterpartActiveSchema = z.object({ active: z.boolean("errors.invalid"), version: versionField });
export type SetCounterpartActiveInput = z.infer<typeof setCounterpartActiveSchema>;

/** A field the API may clear: left out, unchanged; null or "", cleared. */
const clearable = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (value === "" ? null : value), schema.nullable().optional());

/**
 * The API's change (PATCH): only the fields sent change, at the version read; `active` needs
 * counterparts.manage.
 */
export const patchCounterpartSchema = z
  .object({
    version: versionField,
    name: name.optional(),
    countryCode: countryField.optional(),
    type: choice(COUNTERPART_TYPES).optional(),
    contactPerson: clearable(text(200)),
    phone: clearable(phone),
    email: clearable(email),
    notes: clearable(text(2000)),
    active: z.boolean("errors.invalid").optional(),
  })
  .refine((value) => Object.entries(value).some(([key, v]) => key !== "version" && v !== undefined), {
    message: "errors.nothingToSave",
    path: ["version"],
  });
export type PatchCounterpartInput = z.infer<typeof patchCounterpartSchema>;

/** The list (page and API): by name, filtered by type, country and whether still offered. */
export const listCounterpartsQuerySchema = z.object({
  type: z.enum(COUNTERPART_TYPES).optional(),
  country: countryField.optional(),
  status: z.enum(COUNTERPART_STATUSES).default("active"),
  cursor: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListCounterpartsQuery = z.infer<typeof listCounterpartsQuerySchema>;
