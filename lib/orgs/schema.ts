import { z } from "zod";
import { isCountryCode } from "@/lib/i18n/country-codes";
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

export const countryCodeField = z
  .string("errors.required")
  .trim()
  .toUpperCase()
  .refine((code) => isCountryCode(code), "errors.invalidCountry");

export const createOrganisationSchema = z.object({
  name: z.string("errors.required").trim().min(2, "errors.tooShort").max(200, "errors.tooLong"),
  code: z
    .string("errors.required")
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2,5}$/, "errors.invalidOrganisationCode"),
  kind: z.enum(ORGANISATION_KINDS, "errors.invalidChoice"),
  countryCode: countryCodeField,
  timeZone: z.string("errors.required").trim().min(1, "errors.required").refine(isTimeZone, "errors.invalidTimeZone"),
  /** The first administrator is invited: they set their own password from the link. */
  adminName: personNameField,
  adminEmail: emailField,
});
export type CreateOrganisationInput = z.infer<typeof createOrganisationSchema>;

export const listOrganisationsQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  country: countryCodeField.optional(),
  cursor: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
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
  memberCount: z.number().int(),
  createdAt: z.iso.datetime(),
});
export type OrganisationResponse = z.infer<typeof organisationResponseSchema>;
