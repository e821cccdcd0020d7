// Small zod helpers the domains' schemas share: a blank form field as "not given", a choice from a
// list (a country code field is lib/i18n/country-codes.ts countryField). Messages are translation keys.
//
// Written with `zod/mini` (decision 0039): these schemas reach the browser through every form, and
// the classic build cannot be tree-shaken (about 32 KiB gzipped against a few for the functions used).
import { z } from "zod/mini";

/** A form sends "" for an empty field; the API may send null: both mean "not given". */
export const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/**
 * `z.preprocess` of the classic build (mini has none): `fn` first, then the schema. At run time it is
 * the same pipe the classic build makes; its type says, as the classic one does, that the field is
 * optional when the schema is (a pipe's type takes that from its first half, here the function).
 * The API's documentation describes such a pipe by its second half, as it did the classic one.
 */
export type Preprocessed<S extends z.core.SomeType> = z.ZodMiniType<
  z.core.output<S>,
  unknown,
  z.core.$ZodPreprocessInternals<S, unknown>
>;
export const preprocess = <S extends z.core.SomeType>(fn: (value: unknown) => unknown, schema: S): Preprocessed<S> =>
  z.pipe(
    z.transform((value: unknown) => fn(value)),
    schema as unknown as z.core.$ZodType,
  ) as unknown as Preprocessed<S>;

export const optional = <S extends z.core.SomeType>(schema: S) => preprocess(blankToUndefined, z.optional(schema));

export const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, "errors.invalidChoice");

/** A trimmed text of at most `max` characters (the classic `.trim().max(max, message)`). */
export const trimmedText = (max: number, message = "errors.tooLong") =>
  z.string().check(z.trim(), z.maxLength(max, message));

/**
 * The version a record was read at (optimistic locking), bounded to PostgreSQL's integer: a larger
 * number reaches the database's `WHERE version = …` and fails there (a 500) instead of answering
 * "invalid" (the fuzzing of issue 14 found it once already).
 */
export const versionField = z.coerce
  .number("errors.invalid")
  .check(z.int("errors.invalid"), z.minimum(1, "errors.invalid"), z.maximum(2_147_483_647, "errors.invalid"));

/** An amount of money as typed: digits, at most two after the point, kept exact as a decimal string. */
export const AMOUNT_PATTERN = /^\d{1,12}(\.\d{1,2})?$/;
export const amountField = z.coerce
  .string("errors.required")
  .check(z.trim(), z.regex(AMOUNT_PATTERN, "errors.invalidAmount"));

/** An ISO 3166-2 code (RU-MOS, UZ-SA, KZ-75); whether a list holds it is checked on the server. */
export const regionCodeField = optional(
  z.string().check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, "errors.invalidRegion")),
);

/** A region must be of one of the countries it goes with (the form's country, a person's citizenships). */
export function checkRegionOfCountry(
  region: string | undefined,
  countries: (string | undefined)[],
  path: string,
  ctx: z.core.$RefinementCtx,
) {
  if (region && !countries.some((country) => country && region.startsWith(`${country}-`)))
    ctx.addIssue({ code: "custom", path: [path], message: "errors.regionOfOtherCountry" });
}
