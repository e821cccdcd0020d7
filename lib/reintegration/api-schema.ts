// What the reintegration API takes beyond the forms' schemas and what it answers
// (lib/reintegration/present.ts builds the answers). Calendar days are sent as midnight UTC of
// that day, as the rest of a repatriation case (lib/repatriations/api-schema.ts).
import { z } from "zod";
import { ASSISTANCE_STATUSES, ASSISTANCE_TYPES, FOLLOW_UP_MONTHS } from "./codes";
import { followUpSchema } from "./schema";
import { QUESTIONS } from "./survey";

/** POST …/reintegration/follow-ups: the survey with the open follow-up task it completes. */
export const recordFollowUpApiSchema = z.object({ ...followUpSchema.shape, taskId: z.uuid("errors.invalidChoice") });

const day = z.iso.datetime();
const score = z.number().min(0).max(1);
const month = z.literal(FOLLOW_UP_MONTHS).describe("The follow-up's month after the return");

export const reintegrationAssistanceResponseSchema = z.object({
  id: z.uuid(),
  type: z.enum(ASSISTANCE_TYPES),
  status: z.enum(ASSISTANCE_STATUSES),
  amount: z.string().nullable().describe("A decimal amount, in `currency`; only for MICRO_GRANT and BUSINESS_SUPPORT"),
  currency: z.string().nullable().describe("ISO 4217"),
  provider: z.string().nullable(),
  startsOn: day.nullable(),
  endsOn: day.nullable(),
  /** Send it back with a change (PATCH …/reintegration/assistance/{assistanceId}). */
  version: z.number().int(),
});
export type ReintegrationAssistanceResponse = z.infer<typeof reintegrationAssistanceResponseSchema>;

/** The survey's answers by question; a question is absent only where the answers do not decrypt on this server. */
const answersResponseSchema = z.object({
  incomeSource: z.enum(QUESTIONS.economic.incomeSource).optional(),
  debts: z.enum(QUESTIONS.economic.debts).optional(),
  housing: z.enum(QUESTIONS.economic.housing).optional(),
  familyAcceptance: z.enum(QUESTIONS.social.familyAcceptance).optional(),
  communityAcceptance: z.enum(QUESTIONS.social.communityAcceptance).optional(),
  health: z.enum(QUESTIONS.psychosocial.health).optional(),
  feelsSafe: z.enum(QUESTIONS.psychosocial.feelsSafe).optional(),
  wishToMigrate: z.enum(QUESTIONS.psychosocial.wishToMigrate).optional(),
});

const scoresResponseSchema = z
  .object({ economic: score, social: score, psychosocial: score, overall: score })
  .describe("0 (worst) to 1 (best), to three decimals; overall is the weighted mean of the dimensions (decision 0031)");

export const reintegrationFollowUpResponseSchema = z.object({
  id: z.uuid(),
  taskId: z.uuid().describe("The follow-up task the survey completed"),
  month,
  conductedOn: day,
  scores: scoresResponseSchema,
  answers: answersResponseSchema.nullable().describe("Null unless the caller sees the person"),
});

const flagsResponseSchema = z.object({
  remigratedOn: day.nullable().describe("The person migrated again"),
  retraffickedOn: day.nullable().describe("The person was trafficked again"),
  retraffickedSituationId: z.uuid().nullable().describe("The organisation's situation the new trafficking is part of"),
  lostContactOn: day.nullable(),
});

/** The flags after a return, with the case's version to send back with a change. */
export const reintegrationFlagsResponseSchema = z.object({
  version: z.number().int().describe("The case's version (PATCH …/reintegration/flags)"),
  flags: flagsResponseSchema,
});
export type ReintegrationFlagsResponse = z.infer<typeof reintegrationFlagsResponseSchema>;

/** A case's reintegration: the plan, the follow-ups with their scores, the flags. */
export const reintegrationResponseSchema = reintegrationFlagsResponseSchema.extend({
  assistance: z.array(reintegrationAssistanceResponseSchema).describe("The plan's items, oldest first"),
  followUps: z.array(reintegrationFollowUpResponseSchema).describe("By month"),
});
export type ReintegrationResponse = z.infer<typeof reintegrationResponseSchema>;

export const reintegrationAssistanceCreatedResponseSchema = z.object({ id: z.uuid() });
export type ReintegrationAssistanceCreatedResponse = z.infer<typeof reintegrationAssistanceCreatedResponseSchema>;

/** A recorded follow-up: its month and the scores computed on the server from the answers. */
export const reintegrationFollowUpCreatedResponseSchema = z.object({
  id: z.uuid(),
  month,
  economic: score,
  social: score,
  psychosocial: score,
  overall: score,
});
export type ReintegrationFollowUpCreatedResponse = z.infer<typeof reintegrationFollowUpCreatedResponseSchema>;
