// A person's documents, the steps taken to get them back, and their legal status in a country:
// forms and API bodies, validated in the browser and again on the server. Messages are
// translation keys.
import { z } from "zod";
import { coercedDate, notFuture } from "@/lib/validation/date";
import { amountField, choice, optional, versionField } from "@/lib/validation/fields";
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
export const updateDocumentSchema = z.intersection(documentSchema, z.object({ version: versionField }));
export type UpdateDocumentInput = z.infer<typeof updateDocumentSchema>;

export const recoveryStepSchema = z.object({
  kind: choice(RECOVERY_KINDS),
  takenOn: day.refine(notFuture, "errors.dateInFuture"),
  outcome: choice(RECOVERY_OUTCOMES).default("PENDING"),
  note: text(2000),
});
export type RecoveryStepInput = z.infer<typeof recoveryStepSchema>;

/** A person's legal status in one country (one per country; saving again changes it). */
export const legalStatusSchema = z
  .object({
    countryCode: countryField,
    registration: choice(REGISTRATION_STATES).default("UNKNOWN"),
    registeredUntil: optional(day),
    permit: choice(PERMIT_KINDS).default("UNKNOWN"),
    permitUntil: optional(day),
    overstaySince: optional(day.refine(notFuture, "errors.dateInFuture")),
    finesOwed: optional(amountField),
    finesCurrency: optional(choice(CURRENCIES)),
    finesDueOn: optional(day),
    removal: choice(REMOVAL_DECISIONS).default("NONE"),
    removalDecidedOn: optional(day.refine(notFuture, "errors.dateInFuture")),
    reEntryBanUntil: optional(day),
    detainedSince: optional(day.refine(notFuture, "errors.dateInFuture")),
    releasedOn: optional(day.refine(notFuture, "errors.dateInFuture")),
    notes: text(2000),
    /** The version read, when changing a country already recorded. */
    version: optional(versionField),
  })
  .superRefine((s, ctx) => {
    if (s.finesOwed !== undefined && !s.finesCurrency)
      ctx.addIssue({ code: "custom", path: ["finesCurrency"], message: "errors.currencyRequired" });
    if (s.removal !== "NONE" && !s.removalDecidedOn)
      ctx.addIssue({ code: "custom", path: ["removalDecidedOn"], message: "errors.required" });
    if (s.detainedSince && s.releasedOn && s.releasedOn < s.detainedSince)
      ctx.addIssue({ code: "custom", path: ["releasedOn"], message: "errors.releasedBeforeDetained" });
  });
export type LegalStatusInput = z.infer<typeof legalStatusSchema>;
