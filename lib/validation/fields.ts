// Small zod helpers the domains' schemas share: a blank form field as "not given", a choice from a
// list (a country code field is lib/i18n/country-codes.ts countryField). Messages are translation keys.
import { z } from "zod";

/** A form sends "" for an empty field; the API may send null: both mean "not given". */
export const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

export const optional = <S extends z.ZodType>(schema: S) => z.preprocess(blankToUndefined, schema.optional());

export const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, "errors.invalidChoice");
