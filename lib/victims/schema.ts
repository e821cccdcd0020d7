import { z } from "zod";
import { isCountryCode } from "@/lib/orgs/countries";
import { SEXES } from "./codes";

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/** The minimal victim record a hotline call opens (issue 4 builds the full record). */
export const createVictimFromCallSchema = z
  .object({
    givenName: z.string("errors.required").trim().min(1, "errors.required").max(100, "errors.tooLong"),
    familyName: z.string().trim().max(100, "errors.tooLong").default(""),
    sex: z.enum(SEXES, "errors.invalidChoice"),
    birthDate: z.preprocess(blankToUndefined, z.coerce.date("errors.invalidDate").optional()),
    estimatedAge: z.preprocess(blankToUndefined, z.coerce.number("errors.invalid").int("errors.ageRange").min(0, "errors.ageRange").max(110, "errors.ageRange").optional()),
    citizenship: z.preprocess(
      blankToUndefined,
      z.string().trim().toUpperCase().refine((code) => isCountryCode(code), "errors.invalidCountry").optional(),
    ),
  })
  .superRefine((victim, ctx) => {
    if (!victim.birthDate && victim.estimatedAge === undefined) {
      ctx.addIssue({ code: "custom", path: ["estimatedAge"], message: "errors.birthDateOrAge" });
    }
    if (victim.birthDate && victim.birthDate.getTime() > Date.now()) {
      ctx.addIssue({ code: "custom", path: ["birthDate"], message: "errors.dateInFuture" });
    }
  });
export type CreateVictimFromCallInput = z.infer<typeof createVictimFromCallSchema>;
export type CreateVictimFromCallValues = z.input<typeof createVictimFromCallSchema>;
