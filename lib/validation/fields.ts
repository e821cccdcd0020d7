// Small zod helpers the domains' schemas share: a blank form field as "not given", a choice from a
// list (a country code field is lib/i18n/country-codes.ts countryField). Messages are translation keys.
import { z } from "zod";

/** A form sends "" for an empty field; the API may send null: both mean "not given". */
export const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

export const optional = <S extends z.ZodType>(schema: S) => z.preprocess(blankToUndefined, schema.optional());

export const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, "errors.invalidChoice");

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
