// What the reintegration forms and the API take: a plan item, a follow-up survey, the flags after
// a return. Zod messages are translation keys.
//
// Written with `zod/mini` (decision 0039): the forms check their input in the browser with these.
import { z } from "zod/mini";
import { coercedDate, notFuture } from "@/lib/validation/date";
import { amountField, choice, optional, preprocess, trimmedText, versionField } from "@/lib/validation/fields";
import { CURRENCIES } from "@/lib/vocabulary/currencies";
import { ASSISTANCE_STATUSES, ASSISTANCE_TYPES, MONEY_ASSISTANCE } from "./codes";
import { QUESTIONS } from "./survey";

const day = coercedDate("errors.invalidDate");

const assistanceFields = z.object({
  type: choice(ASSISTANCE_TYPES),
  status: z._default(choice(ASSISTANCE_STATUSES), "PLANNED"),
  amount: optional(amountField),
  currency: optional(choice(CURRENCIES)),
  provider: optional(trimmedText(200)),
  startsOn: optional(day),
  endsOn: optional(day),
});

function checkAssistance(
  item: { type: string; amount?: string; currency?: string; startsOn?: Date; endsOn?: Date },
  ctx: z.core.$RefinementCtx,
) {
  if (item.amount && !item.currency)
    ctx.addIssue({ code: "custom", path: ["currency"], message: "errors.currencyRequired" });
  if (item.amount && !(MONEY_ASSISTANCE as readonly string[]).includes(item.type))
    ctx.addIssue({ code: "custom", path: ["amount"], message: "errors.amountOnlyForMoney" });
  if (item.startsOn && item.endsOn && item.endsOn < item.startsOn)
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: "errors.endBeforeStart" });
}

/** One item of the plan: a micro-grant of 1 500 USD from IOM, vocational training at a college… */
export const assistanceSchema = assistanceFields.check(z.superRefine(checkAssistance));
export type AssistanceInput = z.infer<typeof assistanceSchema>;

/** A change to an item (its status as it goes), at the version read. */
export const updateAssistanceSchema = z
  .extend(assistanceFields, { version: versionField })
  .check(z.superRefine(checkAssistance));
export type UpdateAssistanceInput = z.infer<typeof updateAssistanceSchema>;

const answer = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, "errors.chooseAnAnswer");

/** The follow-up survey: when it was done, an answer to every question, and what else was seen. */
export const followUpSchema = z.object({
  conductedOn: day.check(z.refine(notFuture, "errors.dateInFuture")),
  incomeSource: answer(QUESTIONS.economic.incomeSource),
  debts: answer(QUESTIONS.economic.debts),
  housing: answer(QUESTIONS.economic.housing),
  familyAcceptance: answer(QUESTIONS.social.familyAcceptance),
  communityAcceptance: answer(QUESTIONS.social.communityAcceptance),
  health: answer(QUESTIONS.psychosocial.health),
  feelsSafe: answer(QUESTIONS.psychosocial.feelsSafe),
  wishToMigrate: answer(QUESTIONS.psychosocial.wishToMigrate),
  note: optional(trimmedText(5000)),
});
export type FollowUpInput = z.infer<typeof followUpSchema>;

/** A day, or "" / null to clear it. */
const flagDay = preprocess(
  (v) => (v === "" ? null : v),
  z.optional(z.nullable(day.check(z.refine(notFuture, "errors.dateInFuture")))),
);

/** What became of the person after the return; each day cleared by sending it empty. */
export const flagsSchema = z.object({
  remigratedOn: flagDay,
  retraffickedOn: flagDay,
  /** The new situation, among the organisation's own (checked on the server). */
  retraffickedSituationId: preprocess(
    (v) => (v === "" ? null : v),
    z.optional(z.nullable(z.uuid("errors.invalidChoice"))),
  ),
  lostContactOn: flagDay,
  version: versionField,
});
export type FlagsInput = z.infer<typeof flagsSchema>;
