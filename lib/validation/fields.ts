// Small zod helpers the domains' schemas share: a blank form field as "not given", a choice from a
// list (a country code field is lib/i18n/country-codes.ts countryField). Messages are translation keys.
import { z } from "zod";

/** A form sends "" for an empty field; the API may send null: both mean "not given". */
export const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

export const optional = <S extends z.ZodType>(schema: S) => z.preprocess(blankToUndefined, schema.optional());

export const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, "errors.invalidChoice");

/**
 * The version a record was read at (optimistic locking), bounded to PostgreSQL's integer: a larger
 * number reaches the database's `WHERE version = …` and fails there (a 500) instead of answering
 * "invalid" (the fuzzing of issue 14 found it once already).
 */
export const versionField = z.coerce
  .number("errors.invalid")
  .int("errors.invalid")
  .min(1, "errors.invalid")
  .max(2_147_483_647, "errors.invalid");

/** An amount of money as typed: digits, at most two after the point, kept exact as a decimal string. */
export const AMOUNT_PATTERN = /^\d{1,12}(\.\d{1,2})?$/;
export const amountField = z.coerce.string("errors.required").trim().regex(AMOUNT_PATTERN, "errors.invalidAmount");

/** An ISO 3166-2 code (RU-MOS, UZ-SA, KZ-75); whether a list holds it is checked on the server. */
export const regionCodeField = optional(
  z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, "errors.invalidRegion"),
);

/** A region must be of one of the countries it goes with (the form's country, a person's citizenships). */
export function checkRegionOfCountry(
  region: string | undefined,
  countries: (string | undefined)[],
  path: string,
  ctx: z.RefinementCtx,
) {
  if (region && !countries.some((country) => country && region.startsWith(`${country}-`)))
    ctx.addIssue({ code: "custom", path: [path], message: "errors.regionOfOtherCountry" });
}
