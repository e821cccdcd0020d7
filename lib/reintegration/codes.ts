// The words of reintegration after a return (decision 0031): the kinds of assistance a plan holds,
// where each stands, and the months at which follow-ups fall due.
export const ASSISTANCE_TYPES = [
  "MICRO_GRANT",
  "BUSINESS_SUPPORT",
  "VOCATIONAL_TRAINING",
  "JOB_PLACEMENT",
  "EDUCATION",
  "MEDICAL",
  "PSYCHOSOCIAL",
  "HOUSING",
  "LEGAL",
  "FAMILY_MEDIATION",
] as const;
export type AssistanceType = (typeof ASSISTANCE_TYPES)[number];

/** The assistance that comes as money: its amount and currency are recorded. */
export const MONEY_ASSISTANCE: readonly AssistanceType[] = ["MICRO_GRANT", "BUSINESS_SUPPORT"];

export const ASSISTANCE_STATUSES = ["PLANNED", "IN_PROGRESS", "COMPLETED", "CANCELLED"] as const;
export type AssistanceStatus = (typeof ASSISTANCE_STATUSES)[number];

/** The follow-ups' months; the checklist's follow-up tasks are named `followUp<month>`. */
export const FOLLOW_UP_MONTHS = [1, 3, 6, 12] as const;
export type FollowUpMonth = (typeof FOLLOW_UP_MONTHS)[number];

/** The month a follow-up task stands for, from its template key; null for any other task. */
export function monthOfTask(templateKey: string | null): FollowUpMonth | null {
  const month = Number(templateKey?.match(/^followUp(\d+)$/)?.[1]);
  return (FOLLOW_UP_MONTHS as readonly number[]).includes(month) ? (month as FollowUpMonth) : null;
}
