// The directory of counterparts outside Tumar: forms and API bodies, validated in the browser and
// again on the server. Messages are translation keys. Office contacts, not data of people we serve.
//
// Written with `zod/mini` (decision 0039): the forms check their input in the browser with these.
import { z } from "zod/mini";
import { choice, optional, preprocess, trimmedText, versionField } from "@/lib/validation/fields";
import { countryField } from "@/lib/i18n/country-codes";
import { COUNTERPART_STATUSES, COUNTERPART_TYPES } from "./codes";

const name = z
  .string("errors.required")
  .check(z.trim(), z.minLength(1, "errors.required"), z.maxLength(200, "errors.tooLong"));
const email = z.pipe(trimmedText(254), z.email("errors.invalidEmail"));
/** An office's number as it is dialled (the hotline's rule, without its caller-number handling). */
const phone = z
  .string()
  .check(z.trim(), z.maxLength(40, "errors.invalidPhone"), z.regex(/^[+\d][\d\s().-]*$/, "errors.invalidPhone"));

const counterpartFields = z.object({
  name,
  /** For an embassy or consulate, the country it represents; otherwise where the office works. */
  countryCode: countryField,
  type: choice(COUNTERPART_TYPES),
  /** The official to ask for (a name and position), if the office gave one. */
  contactPerson: optional(trimmedText(200)),
  phone: optional(phone),
  email: optional(email),
  notes: optional(trimmedText(2000)),
});

/** A counterpart added to the organisation's directory (offered at once). */
export const createCounterpartSchema = counterpartFields;
export type CreateCounterpartInput = z.infer<typeof createCounterpartSchema>;

/** A correction: the whole form again, with the version it was read at. */
export const updateCounterpartSchema = z.extend(counterpartFields, { version: versionField });
export type UpdateCounterpartInput = z.infer<typeof updateCounterpartSchema>;

/** Stop offering a counterpart, or offer it again, at the version read. */
export const setCounterpartActiveSchema = z.object({ active: z.boolean("errors.invalid"), version: versionField });
export type SetCounterpartActiveInput = z.infer<typeof setCounterpartActiveSchema>;

/** A field the API may clear: left out, unchanged; null or "", cleared. */
const clearable = <S extends z.core.SomeType>(schema: S) =>
  preprocess((value) => (value === "" ? null : value), z.optional(z.nullable(schema)));

/**
 * The API's change (PATCH): only the fields sent change, at the version read; `active` needs
 * counterparts.manage.
 */
export const patchCounterpartSchema = z
  .object({
    version: versionField,
    name: z.optional(name),
    countryCode: z.optional(countryField),
    type: z.optional(choice(COUNTERPART_TYPES)),
    contactPerson: clearable(trimmedText(200)),
    phone: clearable(phone),
    email: clearable(email),
    notes: clearable(trimmedText(2000)),
    active: z.optional(z.boolean("errors.invalid")),
  })
  .check(
    z.refine((value) => Object.entries(value).some(([key, v]) => key !== "version" && v !== undefined), {
      message: "errors.nothingToSave",
      path: ["version"],
    }),
  );
export type PatchCounterpartInput = z.infer<typeof patchCounterpartSchema>;

/** The list (page and API): by name, filtered by type, country and whether still offered. */
export const listCounterpartsQuerySchema = z.object({
  type: z.optional(z.enum(COUNTERPART_TYPES)),
  country: z.optional(countryField),
  status: z._default(z.enum(COUNTERPART_STATUSES), "active"),
  cursor: z.optional(z.uuid()),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 25),
});
export type ListCounterpartsQuery = z.infer<typeof listCounterpartsQuerySchema>;
