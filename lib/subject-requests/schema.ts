// A data-subject request on one person (issue 20, decision 0033): the legal hold's forms and the
// erasure's confirmation. Messages are translation keys.
import { z } from "zod/mini";

/** Setting a legal hold: why (it may name a court case, so it is stored encrypted). */
export const legalHoldSchema = z.object({
  reason: z
    .string("errors.required")
    .check(z.trim(), z.minLength(3, "errors.required"), z.maxLength(1000, "errors.tooLong")),
});
export type LegalHoldInput = z.infer<typeof legalHoldSchema>;

/** Lifting a legal hold asks nothing more than the person it is on. */
export const liftLegalHoldSchema = z.object({});
export type LiftLegalHoldInput = z.infer<typeof liftLegalHoldSchema>;

/** Erasure is confirmed by typing the person's case number (checked against the stored one). */
export const erasePersonSchema = z.object({
  caseNumber: z
    .string("errors.required")
    .check(z.trim(), z.minLength(1, "errors.required"), z.maxLength(40, "errors.tooLong")),
});
export type ErasePersonInput = z.infer<typeof erasePersonSchema>;

/** The person a request is about: an id from the page, checked against the rule on the server. */
export const subjectTargetSchema = z.object({ victimId: z.uuid() });
