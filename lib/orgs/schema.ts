import { z } from "zod/mini";
import { trimmedText } from "@/lib/validation/fields";
import { countryField } from "@/lib/i18n/country-codes";
import { emailField, personNameField } from "@/lib/validation/account";

export const ORGANISATION_KINDS = ["NGO", "IOM_OFFICE", "GOVERNMENT", "SHELTER_OPERATOR", "OTHER"] as const;
export type OrganisationKindName = (typeof ORGANISATION_KINDS)[number];

function isTimeZone(value: string) {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const countryCodeField = countryField;

export const createOrganisationSchema = z.object({
  name: z
    .string("errors.required")
    .check(z.trim(), z.minLength(2, "errors.tooShort"), z.maxLength(200, "errors.tooLong")),
  code: z
    .string("errors.required")
    .check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z]{2,5}$/, "errors.invalidOrganisationCode")),
  kind: z.enum(ORGANISATION_KINDS, "errors.invalidChoice"),
  countryCode: countryCodeField,
  timeZone: z
    .string("errors.required")
    .check(z.trim(), z.minLength(1, "errors.required"), z.refine(isTimeZone, "errors.invalidTimeZone")),
  /** The first administrator is invited: they set their own password from the link. */
  adminName: personNameField,
  adminEmail: emailField,
});
export type CreateOrganisationInput = z.infer<typeof createOrganisationSchema>;

export const listOrganisationsQuerySchema = z.object({
  q: z.optional(trimmedText(100)),
  country: z.optional(countryCodeField),
  cursor: z.optional(z.uuid()),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 25),
});
export type ListOrganisationsQuery = z.infer<typeof listOrganisationsQuerySchema>;

export const organisationResponseSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  code: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  countryCode: z.string(),
  timeZone: z.string(),
  active: z.boolean(),
  memberCount: z.number().check(z.int()),
  createdAt: z.iso.datetime(),
});
export type OrganisationResponse = z.infer<typeof organisationResponseSchema>;
