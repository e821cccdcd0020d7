// A claim for unpaid wages: the form and the API body, validated in the browser and again on the
// server. One employer, one currency, one or more people of the organisation, each with what they
// are owed and what has been recovered for them (exact decimals as typed). Messages are
// translation keys.
import { z } from "zod/mini";
import { coercedDate, notFuture } from "@/lib/validation/date";
import { amountField, choice, optional, preprocess, trimmedText, versionField } from "@/lib/validation/fields";
import { countryField } from "@/lib/i18n/country-codes";
import { CURRENCIES } from "@/lib/vocabulary/currencies";
import { exceeds } from "./amounts";
import { CLAIM_ROUTES, CLAIM_STATUSES, MAX_CLAIM_PEOPLE } from "./codes";

const day = coercedDate("errors.invalidDate");
/** An optional trimmed text of at most `max` characters. */
const text = (max: number) => optional(trimmedText(max));
const amount = amountField;

/** One person of the claim: owed, and recovered so far (blank: nothing yet). */
export const claimPersonSchema = z
  .object({
    victimId: z.uuid("errors.chooseAPerson"),
    owed: amount,
    recovered: preprocess((v) => (v === "" || v === null || v === undefined ? "0" : v), amount),
  })
  .check(
    z.superRefine((p, ctx) => {
      if (exceeds(p.recovered, p.owed))
        ctx.addIssue({ code: "custom", path: ["recovered"], message: "errors.recoveredExceedsOwed" });
    }),
  );
export type ClaimPersonInput = z.infer<typeof claimPersonSchema>;

export const labourClaimSchema = z
  .object({
    /** A perpetrator record of the organisation's (an employer, a firm); or a name below. */
    employerPerpetratorId: optional(z.uuid("errors.invalidChoice")),
    /** The employer's name where no record is linked (encrypted: often a private person). */
    employerName: text(200),
    countryCode: countryField,
    workFrom: optional(day.check(z.refine(notFuture, "errors.dateInFuture"))),
    workTo: optional(day),
    currency: choice(CURRENCIES),
    route: choice(CLAIM_ROUTES),
    status: z._default(choice(CLAIM_STATUSES), "PREPARING"),
    filedOn: optional(day.check(z.refine(notFuture, "errors.dateInFuture"))),
    situationId: optional(z.uuid("errors.invalidChoice")),
    notes: text(4000),
    people: z
      .array(claimPersonSchema, "errors.required")
      .check(z.minLength(1, "errors.chooseAPerson"), z.maxLength(MAX_CLAIM_PEOPLE, "errors.tooMany")),
  })
  .check(
    z.superRefine((c, ctx) => {
      if (!c.employerPerpetratorId && !c.employerName)
        ctx.addIssue({ code: "custom", path: ["employerName"], message: "errors.employerRequired" });
      if (c.workFrom && c.workTo && c.workTo < c.workFrom)
        ctx.addIssue({ code: "custom", path: ["workTo"], message: "errors.workEndsBeforeStart" });
      const seen = new Set<string>();
      c.people.forEach((p, i) => {
        if (seen.has(p.victimId))
          ctx.addIssue({ code: "custom", path: ["people", i, "victimId"], message: "errors.claimPersonTwice" });
        seen.add(p.victimId);
      });
    }),
  );
export type LabourClaimInput = z.infer<typeof labourClaimSchema>;

/** A change to a claim: the whole form again, with the version it was read at. */
export const updateLabourClaimSchema = z.intersection(labourClaimSchema, z.object({ version: versionField }));
export type UpdateLabourClaimInput = z.infer<typeof updateLabourClaimSchema>;

/** Finding co-workers among the organisation's people: a name in any script, or a case number. */
export const findClaimPeopleSchema = z.object({
  q: z.string("errors.required").check(z.trim(), z.minLength(2, "errors.tooShort"), z.maxLength(200, "errors.tooLong")),
});
