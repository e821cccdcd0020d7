// A person's legal proceedings and their hearings: forms and API bodies, validated in the browser
// and again on the server. Messages are translation keys.
import { z } from "zod/mini";
import { coercedDate, notFuture } from "@/lib/validation/date";
import {
  amountField,
  blankToUndefined,
  choice,
  optional,
  preprocess,
  trimmedText,
  versionField,
} from "@/lib/validation/fields";
import { countryField } from "@/lib/i18n/country-codes";
import { CURRENCIES } from "@/lib/vocabulary/currencies";
import {
  HEARING_STATUSES,
  PROCEEDING_AUTHORITIES,
  PROCEEDING_KINDS,
  PROCEEDING_OUTCOMES,
  PROCEEDING_ROLES,
  PROTECTION_MEASURES,
} from "./codes";

const day = coercedDate("errors.invalidDate");
/** An optional trimmed text of at most `max` characters. */
const text = (max: number) => optional(trimmedText(max));

/** A form's checkboxes send nothing, one value or several (an unticked lone box: false); the API an array. */
function several<S extends z.core.SomeType>(item: S, max: number) {
  return preprocess(
    (value) =>
      value === undefined || value === null || value === "" || value === false
        ? []
        : Array.isArray(value)
          ? value
          : [value],
    z.array(item).check(z.maxLength(max, "errors.tooMany")),
  );
}

const amount = optional(amountField);

/** A hearing (or an interview, a confrontation): its date, the local time where known, what it is for. */
export const hearingSchema = z.object({
  heldOn: day,
  /** "HH:MM", the time where the hearing is held. */
  timeOfDay: optional(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, "errors.invalid"))),
  status: z._default(choice(HEARING_STATUSES), "SCHEDULED"),
  note: text(1000),
});
export type HearingInput = z.infer<typeof hearingSchema>;

/** A change to a hearing (postponed to a new date, held, cancelled): the whole form, at the version read. */
export const updateHearingSchema = z.extend(hearingSchema, { version: versionField });
export type UpdateHearingInput = z.infer<typeof updateHearingSchema>;

const proceedingFields = z.object({
  kind: choice(PROCEEDING_KINDS),
  authority: choice(PROCEEDING_AUTHORITIES),
  /** The court's or the department's own name: an institution, not a person. */
  authorityName: text(200),
  countryCode: countryField,
  /** Encrypted: it names the person's case. */
  caseNumber: text(80),
  role: choice(PROCEEDING_ROLES),
  /** Encrypted: the lawyer's name and contact. */
  lawyer: text(300),
  openedOn: optional(day.check(z.refine(notFuture, "errors.dateInFuture"))),
  protectionAsked: several(choice(PROTECTION_MEASURES), PROTECTION_MEASURES.length),
  protectionGranted: several(choice(PROTECTION_MEASURES), PROTECTION_MEASURES.length),
  compensationClaimed: amount,
  compensationAwarded: amount,
  compensationCurrency: optional(choice(CURRENCIES)),
  outcome: z._default(choice(PROCEEDING_OUTCOMES), "PENDING"),
  outcomeOn: optional(day.check(z.refine(notFuture, "errors.dateInFuture"))),
  /** One of the organisation's situations the person is in (checked on the server). */
  situationId: optional(z.uuid("errors.invalidChoice")),
  /** Perpetrator records of the organisation's linked to the person (checked on the server). */
  perpetratorIds: several(z.uuid("errors.invalidChoice"), 20),
  notes: text(2000),
});

type ProceedingFields = z.infer<typeof proceedingFields>;

function checkProceeding(p: ProceedingFields, ctx: z.core.$RefinementCtx) {
  if ((p.compensationClaimed !== undefined || p.compensationAwarded !== undefined) && !p.compensationCurrency)
    ctx.addIssue({ code: "custom", path: ["compensationCurrency"], message: "errors.currencyRequired" });
}

/** A hearing row of the add form left blank (no date) is no hearing. */
const hearingRows = preprocess(
  (value) =>
    Array.isArray(value)
      ? value.filter(
          (h) => !(h && typeof h === "object" && blankToUndefined((h as { heldOn?: unknown }).heldOn) === undefined),
        )
      : value,
  z._default(z.array(hearingSchema).check(z.maxLength(20, "errors.tooMany")), []),
);

/** A new case, with the hearings already known. */
export const proceedingSchema = z
  .extend(proceedingFields, { hearings: hearingRows })
  .check(z.superRefine(checkProceeding));
export type ProceedingInput = z.infer<typeof proceedingSchema>;

/** A change to a case: the whole form again (its hearings apart), with the version it was read at. */
export const updateProceedingSchema = z
  .extend(proceedingFields, { version: versionField })
  .check(z.superRefine(checkProceeding));
export type UpdateProceedingInput = z.infer<typeof updateProceedingSchema>;
