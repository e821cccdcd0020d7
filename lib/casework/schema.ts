// Case work on a victim record: notes, consent, support plan, closure. Messages are translation keys.
import { z } from "zod/mini";
import { coercedDate, notFuture } from "@/lib/validation/date";
import { SUPPORT_AREAS, SUPPORT_STATUSES } from "@/lib/victims/codes";

import { optional, trimmedText } from "@/lib/validation/fields";
import { countryField } from "@/lib/i18n/country-codes";
import { AUTHORITIES, AUTHORITY_REPORT_BASES } from "@/lib/vocabulary/authorities";
import { LOCALES } from "@/lib/i18n/locales";
import { CONSENT_KINDS, CONSENT_METHODS } from "@/lib/vocabulary/consents";

const day = coercedDate("errors.invalidDate");

export { CONSENT_KINDS, CONSENT_METHODS };

export const caseNoteSchema = z.object({
  occurredOn: day.check(z.refine(notFuture, "errors.dateInFuture")),
  text: z
    .string("errors.required")
    .check(z.trim(), z.minLength(1, "errors.required"), z.maxLength(10_000, "errors.tooLong")),
});
export type CaseNoteInput = z.infer<typeof caseNoteSchema>;

export const recordConsentSchema = z
  .object({
    kind: z.enum(CONSENT_KINDS, "errors.invalidChoice"),
    granteeOrganisationId: optional(z.uuid("errors.invalidChoice")),
    /** For SHARING: or a counterpart outside Tumar from the organisation's directory (decision 0030). */
    granteeCounterpartId: optional(z.uuid("errors.invalidChoice")),
    givenOn: day.check(z.refine(notFuture, "errors.dateInFuture")),
    method: z.enum(CONSENT_METHODS, "errors.invalidChoice"),
    /** The language of the consent sheet read to or signed by the person (lib/sheets); its version is the server's. */
    sheetLanguage: z.enum(LOCALES, "errors.chooseSheetLanguage"),
  })
  .check(
    z.superRefine((consent, ctx) => {
      if (consent.kind === "SHARING" && !consent.granteeOrganisationId && !consent.granteeCounterpartId) {
        ctx.addIssue({ code: "custom", path: ["granteeOrganisationId"], message: "errors.sharingNeedsOrganisation" });
      }
      if (consent.granteeOrganisationId && consent.granteeCounterpartId) {
        ctx.addIssue({ code: "custom", path: ["granteeCounterpartId"], message: "errors.sharingOneRecipient" });
      }
    }),
  );
export type RecordConsentInput = z.infer<typeof recordConsentSchema>;

export const withdrawConsentSchema = z.object({ withdrawnOn: day.check(z.refine(notFuture, "errors.dateInFuture")) });
export type WithdrawConsentInput = z.infer<typeof withdrawConsentSchema>;

export const supportItemSchema = z
  .object({
    area: z.enum(SUPPORT_AREAS, "errors.invalidChoice"),
    status: z._default(z.enum(SUPPORT_STATUSES, "errors.invalidChoice"), "PLANNED"),
    provider: optional(trimmedText(200)),
    plannedOn: optional(day),
    startedOn: optional(day.check(z.refine(notFuture, "errors.dateInFuture"))),
    doneOn: optional(day.check(z.refine(notFuture, "errors.dateInFuture"))),
  })
  .check(
    z.superRefine((item, ctx) => {
      if (item.doneOn && item.status !== "DONE")
        ctx.addIssue({ code: "custom", path: ["doneOn"], message: "errors.doneDateNeedsDone" });
      if (item.startedOn && item.doneOn && item.doneOn < item.startedOn)
        ctx.addIssue({ code: "custom", path: ["doneOn"], message: "errors.endBeforeStart" });
    }),
  );
export type SupportItemInput = z.infer<typeof supportItemSchema>;

export const closeCaseSchema = z.object({
  status: z.enum(["CLOSED", "CLOSED_REFERRED"], "errors.invalidChoice"),
  reason: z
    .string("errors.required")
    .check(z.trim(), z.minLength(3, "errors.closureReasonRequired"), z.maxLength(500, "errors.tooLong")),
});
export type CloseCaseInput = z.infer<typeof closeCaseSchema>;

export { AUTHORITIES, AUTHORITY_REPORT_BASES } from "@/lib/vocabulary/authorities";

/** Telling the police or another authority about what happened to a person. */
export const authorityReportSchema = z
  .object({
    authority: z.enum(AUTHORITIES, "errors.invalidChoice"),
    countryCode: countryField,
    reportedOn: day.check(z.refine(notFuture, "errors.dateInFuture")),
    basis: z.enum(AUTHORITY_REPORT_BASES, "errors.invalidChoice"),
    /** Why it could not wait for consent: required for a decision without it. */
    overrideReason: optional(trimmedText(2000)),
  })
  .check(
    z.superRefine((report, ctx) => {
      if (report.basis !== "CONSENT" && (report.overrideReason ?? "").length < 10)
        ctx.addIssue({ code: "custom", path: ["overrideReason"], message: "errors.overrideReasonRequired" });
    }),
  );
export type AuthorityReportInput = z.infer<typeof authorityReportSchema>;
export type AuthorityReportValues = z.input<typeof authorityReportSchema>;
