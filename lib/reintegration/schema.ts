// What the reintegration forms and the API take: a plan item, a follow-up survey, the flags after
// a return. Zod messages are translation keys.
import { z } from "zod";
import { coercedDate, notFuture } from "@/lib/validation/date";
import { amountField, choice, optional, versionField } from "@/lib/validation/fields";
import { CURRENCIES } from "@/lib/vocabulary/currencies";
import { ASSISTANCE_STATUSES, ASSISTANCE_TYPES, MONEY_ASSISTANCE } from "./codes";
import { QUESTIONS } from "./survey";

const day = coercedDate("errors.invalidDate");

const assistanceFields = z.object({
  type: choice(ASSISTANCE_TYPES),
  status: choice(ASSISTANCE_STATUSES).default("PLANNED"),
  amount: optional(amountField),
  currency: optional(choice(CURRENCIES)),
  provider: optional(z.string().trim().max(200, "errors.tooLong")),
  startsOn: optional(day),
  endsOn: optional(day),
});

function checkAssistance(
  item: { type: string; amount?: string; currency?: string; startsOn?: Date; endsOn?: Date },
  ctx: z.RefinementCtx,
) {
  if (item.amount && !item.currency)
    ctx.addIssue({ code: "custom", path: ["currency"], message: "errors.currencyRequired" });
  if (item.amount && !(MONEY_ASSISTANCE as readonly string[]).includes(item.type))
    ctx.addIssue({ code: "custom", path: ["amount"], message: "errors.amountOnlyForMoney" });
  if (item.startsOn && item.endsOn && item.endsOn < item.startsOn)
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: "errors.endBeforeStart" });
}

/** One item of the plan: a micro-grant of 1 500 USD from IOM, vocational training at a college… */
export const assistanceSchema = assistanceFields.superRefine(checkAssistance);
export type AssistanceInput = z.infer<typeof assistanceSchema>;

/** A change to an item (its status as it goes), at the version read. */
export const updateAssistanceSchema = assistanceFields.extend({ version: versionField }).superRefine(checkAssistance);
export type UpdateAssistanceInput = z.infer<typeof updateAssistanceSchema>;

const answer = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, "errors.chooseAnAnswer");

/** The follow-up survey: when it was done, an answer to every question, and what else was seen. */
export const followUpSchema = z.object({
  conductedOn: day.refine(notFuture, "errors.dateInFuture"),
  incomeSource: answer(QUESTIONS.economic.incomeSource),
  debts: answer(QUESTIONS.economic.debts),
  housing: answer(QUESTIONS.economic.housing),
  familyAcceptance: answer(QUESTIONS.social.familyAcceptance),
  communityAcceptance: answer(QUESTIONS.social.communityAcceptance),
  health: answer(QUESTIONS.psychosocial.health),
  feelsSafe: answer(QUESTIONS.psychosocial.feelsSafe),
  wishToMigrate: answer(QUESTIONS.psychosocial.wishToMigrate),
  note: optional(z.string().trim().max(5000, "errors.tooLong")),
});
export type FollowUpInput = z.infer<typeof followUpSchema>;

/** A day, or "" / null to clear it. */
const flagDay = z.preprocess(
  (v) => (v === "" ? null : v),
  day.refine(notFuture, "errors.dateInFuture").nullable().optional(),
);

/** What became of the person after the return; each day cleared by sending it empty. */
export const flagsSchema = z.object({
  remigratedOn: flagDay,
  retraffickedOn: flagDay,
  /** The new situation, among the organisation's own (checked on the server). */
  retraffickedSituationId: z.preprocess(
    (v) => (v === "" ? null : v),
    z.uuid("errors.invalidChoice").nullable().optional(),
  ),
  lostContactOn: flagDay,
  version: versionField,
});
export type FlagsInput = z.infer<typeof flagsSchema>;
