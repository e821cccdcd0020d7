// Case work on a victim record: notes, consent, support plan, closure. Messages are translation keys.
import { z } from "zod";
import { coercedDate, notFuture } from "@/lib/validation/date";
import { SUPPORT_AREAS, SUPPORT_STATUSES } from "@/lib/victims/codes";

import { optional } from "@/lib/validation/fields";
import { countryField } from "@/lib/i18n/country-codes";
import { AUTHORITIES, AUTHORITY_REPORT_BASES } from "@/lib/vocabulary/authorities";
import { LOCALES } from "@/lib/i18n/locales";
import { CONSENT_KINDS, CONSENT_METHODS } from "@/lib/vocabulary/consents";

const day = coercedDate("errors.invalidDate");

export { CONSENT_KINDS, CONSENT_METHODS };

export const caseNoteSchema = z.object({
  occurredOn: day.refine(notFuture, "errors.dateInFuture"),
  text: z.string("errors.required").trim().min(1, "errors.required").max(10_000, "errors.tooLong"),
});
export type CaseNoteInput = z.infer<typeof caseNoteSchema>;

export const recordConsentSchema = z
  .object({
    kind: z.enum(CONSENT_KINDS, "errors.invalidChoice"),
    granteeOrganisationId: optional(z.uuid("errors.invalidChoice")),
    /** For SHARING: or a counterpart outside Tumar from the organisation's directory (decision 0030). */
    granteeCounterpartId: optional(z.uuid("errors.invalidChoice")),
    givenOn: day.refine(notFuture, "errors.dateInFuture"),
    method: z.enum(CONSENT_METHODS, "errors.invalidChoice"),
    /** The language of the consent sheet read to or signed by the person (lib/sheets); its version is the server's. */
    sheetLanguage: z.enum(LOCALES, "errors.chooseSheetLanguage"),
  })
  .superRefine((consent, ctx) => {
    if (consent.kind === "SHARING" && !consent.granteeOrganisationId && !consent.granteeCounterpartId) {
      ctx.addIssue({ code: "custom", path: ["granteeOrganisationId"], message: "errors.sharingNeedsOrganisation" });
    }
    if (consent.granteeOrganisationId && consent.granteeCounterpartId) {
      ctx.addIssue({ code: "custom", path: ["granteeCounterpartId"], message: "errors.sharingOneRecipient" });
    }
  });
export type RecordConsentInput = z.infer<typeof recordConsentSchema>;

export const withdrawConsentSchema = z.object({ withdrawnOn: day.refine(notFuture, "errors.dateInFuture") });
export type WithdrawConsentInput = z.infer<typeof withdrawConsentSchema>;

export const supportItemSchema = z
  .object({
    area: z.enum(SUPPORT_AREAS, "errors.invalidChoice"),
    status: z.enum(SUPPORT_STATUSES, "errors.invalidChoice").default("PLANNED"),
    provider: optional(z.string().trim().max(200, "errors.tooLong")),
    plannedOn: optional(day),
    startedOn: optional(day.refine(notFuture, "errors.dateInFuture")),
    doneOn: optional(day.refine(notFuture, "errors.dateInFuture")),
  })
  .superRefine((item, ctx) => {
    if (item.doneOn && item.status !== "DONE")
      ctx.addIssue({ code: "custom", path: ["doneOn"], message: "errors.doneDateNeedsDone" });
    if (item.startedOn && item.doneOn && item.doneOn < item.startedOn)
      ctx.addIssue({ code: "custom", path: ["doneOn"], message: "errors.endBeforeStart" });
  });
export type SupportItemInput = z.infer<typeof supportItemSchema>;

export const closeCaseSchema = z.object({
  status: z.enum(["CLOSED", "CLOSED_REFERRED"], "errors.invalidChoice"),
  reason: z.string("errors.required").trim().min(3, "errors.closureReasonRequired").max(500, "errors.tooLong"),
});
export type CloseCaseInput = z.infer<typeof closeCaseSchema>;

export { AUTHORITIES, AUTHORITY_REPORT_BASES } from "@/lib/vocabulary/authorities";

/** Telling the police or another authority about what happened to a person. */
export const authorityReportSchema = z
  .object({
    authority: z.enum(AUTHORITIES, "errors.invalidChoice"),
    countryCode: countryField,
    reportedOn: day.refine(notFuture, "errors.dateInFuture"),
    basis: z.enum(AUTHORITY_REPORT_BASES, "errors.invalidChoice"),
    /** Why it could not wait for consent: required for a decision without it. */
    overrideReason: optional(z.string().trim().max(2000, "errors.tooLong")),
  })
  .superRefine((report, ctx) => {
    if (report.basis !== "CONSENT" && (report.overrideReason ?? "").length < 10)
      ctx.addIssue({ code: "custom", path: ["overrideReason"], message: "errors.overrideReasonRequired" });
  });
export type AuthorityReportInput = z.infer<typeof authorityReportSchema>;
export type AuthorityReportValues = z.input<typeof authorityReportSchema>;
