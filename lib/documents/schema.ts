// A person's documents and the steps taken to get them back: forms and API bodies, validated in
// the browser and again on the server. Messages are translation keys.
import { z } from "zod";
import { coercedDate } from "@/lib/validation/date";
import { choice, optional } from "@/lib/validation/fields";
import { countryField } from "@/lib/i18n/country-codes";
import { DOCUMENT_HOLDERS, DOCUMENT_TYPES, RECOVERY_KINDS, RECOVERY_OUTCOMES } from "./codes";

const day = coercedDate("errors.invalidDate");
const notFuture = (d: Date) => d.getTime() <= Date.now() + 86_400_000;
const text = (max: number) => optional(z.string().trim().max(max, "errors.tooLong"));

export const documentSchema = z
  .object({
    type: choice(DOCUMENT_TYPES),
    issuingCountry: optional(countryField),
    number: optional(
      z
        .string()
        .trim()
        .max(60, "errors.tooLong")
        .regex(/^[\p{L}\p{N} ./-]+$/u, "errors.documentNumberFormat"),
    ),
    issuedOn: optional(day.refine(notFuture, "errors.dateInFuture")),
    expiresOn: optional(day),
    holder: choice(DOCUMENT_HOLDERS).default("UNKNOWN"),
    notes: text(2000),
  })
  .superRefine((d, ctx) => {
    if (d.issuedOn && d.expiresOn && d.expiresOn < d.issuedOn)
      ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "errors.expiresBeforeIssued" });
  });
export type DocumentInput = z.infer<typeof documentSchema>;

/** A change to a document: the whole form again, with the version it was read at. */
export const updateDocumentSchema = z.intersection(documentSchema, z.object({ version: z.coerce.number().int() }));
export type UpdateDocumentInput = z.infer<typeof updateDocumentSchema>;

export const recoveryStepSchema = z.object({
  kind: choice(RECOVERY_KINDS),
  takenOn: day.refine(notFuture, "errors.dateInFuture"),
  outcome: choice(RECOVERY_OUTCOMES).default("PENDING"),
  note: text(2000),
});
export type RecoveryStepInput = z.infer<typeof recoveryStepSchema>;
