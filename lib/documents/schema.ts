// A person's documents, the steps taken to get them back, and their legal status in a country:
// forms and API bodies, validated in the browser and again on the server. Messages are
// translation keys.
//
// Written with `zod/mini` (decision 0039): the forms check their input in the browser with these.
import { z } from "zod/mini";
import { coercedDate, notFuture } from "@/lib/validation/date";
import { amountField, choice, optional, trimmedText, versionField } from "@/lib/validation/fields";
import { countryField } from "@/lib/i18n/country-codes";
import { CURRENCIES } from "@/lib/vocabulary/currencies";
import {
  DOCUMENT_HOLDERS,
  DOCUMENT_TYPES,
  PERMIT_KINDS,
  RECOVERY_KINDS,
  RECOVERY_OUTCOMES,
  REGISTRATION_STATES,
  REMOVAL_DECISIONS,
} from "./codes";

const day = coercedDate("errors.invalidDate");
/** An optional trimmed text of at most `max` characters. */
const text = (max: number) => optional(trimmedText(max));
const pastDay = () => day.check(z.refine(notFuture, "errors.dateInFuture"));

export const documentSchema = z
  .object({
    type: choice(DOCUMENT_TYPES),
    issuingCountry: optional(countryField),
    number: optional(
      z
        .string()
        .check(
          z.trim(),
          z.maxLength(60, "errors.tooLong"),
          z.regex(/^[\p{L}\p{N} ./-]+$/u, "errors.documentNumberFormat"),
        ),
    ),
    issuedOn: optional(pastDay()),
    expiresOn: optional(day),
    holder: z._default(choice(DOCUMENT_HOLDERS), "UNKNOWN"),
    notes: text(2000),
  })
  .check(
    z.superRefine((d, ctx) => {
      if (d.issuedOn && d.expiresOn && d.expiresOn < d.issuedOn)
        ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "errors.expiresBeforeIssued" });
    }),
  );
export type DocumentInput = z.infer<typeof documentSchema>;

/** A change to a document: the whole form again, with the version it was read at. */
export const updateDocumentSchema = z.intersection(documentSchema, z.object({ version: versionField }));
export type UpdateDocumentInput = z.infer<typeof updateDocumentSchema>;

export const recoveryStepSchema = z.object({
  kind: choice(RECOVERY_KINDS),
  takenOn: pastDay(),
  outcome: z._default(choice(RECOVERY_OUTCOMES), "PENDING"),
  note: text(2000),
});
export type RecoveryStepInput = z.infer<typeof recoveryStepSchema>;

/** A person's legal status in one country (one per country; saving again changes it). */
export const legalStatusSchema = z
  .object({
    countryCode: countryField,
    registration: z._default(choice(REGISTRATION_STATES), "UNKNOWN"),
    registeredUntil: optional(day),
    permit: z._default(choice(PERMIT_KINDS), "UNKNOWN"),
    permitUntil: optional(day),
    overstaySince: optional(pastDay()),
    finesOwed: optional(amountField),
    finesCurrency: optional(choice(CURRENCIES)),
    finesDueOn: optional(day),
    removal: z._default(choice(REMOVAL_DECISIONS), "NONE"),
    removalDecidedOn: optional(pastDay()),
    reEntryBanUntil: optional(day),
    detainedSince: optional(pastDay()),
    releasedOn: optional(pastDay()),
    notes: text(2000),
    /** The version read, when changing a country already recorded. */
    version: optional(versionField),
  })
  .check(
    z.superRefine((s, ctx) => {
      if (s.finesOwed !== undefined && !s.finesCurrency)
        ctx.addIssue({ code: "custom", path: ["finesCurrency"], message: "errors.currencyRequired" });
      if (s.removal !== "NONE" && !s.removalDecidedOn)
        ctx.addIssue({ code: "custom", path: ["removalDecidedOn"], message: "errors.required" });
      if (s.detainedSince && s.releasedOn && s.releasedOn < s.detainedSince)
        ctx.addIssue({ code: "custom", path: ["releasedOn"], message: "errors.releasedBeforeDetained" });
    }),
  );
export type LegalStatusInput = z.infer<typeof legalStatusSchema>;
