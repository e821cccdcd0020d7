import { z } from "zod";
import { REPATRIATION_STATUSES, RISK_OUTCOMES } from "./state-machine";

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const optional = <S extends z.ZodType>(schema: S) => z.preprocess(blankToUndefined, schema.optional());

export const createRepatriationSchema = z.object({
  victimId: z.uuid("errors.chooseAPerson"),
  receivingOrganisationId: z.uuid("errors.invalidChoice"),
  targetTravelDate: optional(z.coerce.date("errors.invalidDate")),
});
export type CreateRepatriationInput = z.infer<typeof createRepatriationSchema>;

/** `{ "to": STATUS, ...fields for that step }` */
export const transitionSchema = z.object({
  to: z.enum(REPATRIATION_STATUSES, "errors.invalidChoice"),
  reason: optional(z.string().trim().max(1000, "errors.tooLong")),
  riskOutcome: optional(z.enum(RISK_OUTCOMES, "errors.invalidChoice")),
  riskNotes: optional(z.string().trim().max(5000, "errors.tooLong")),
  /** A COORDINATOR's decision to let travel go ahead despite a NOT_SAFE assessment. */
  riskOverride: optional(z.string().trim().min(10, "errors.tooShort").max(2000, "errors.tooLong")),
  details: z.record(z.string().max(64), z.string().max(2000)).optional(),
});
export type TransitionInput = z.infer<typeof transitionSchema>;

export const messageSchema = z.object({
  text: z.string("errors.required").trim().min(1, "errors.required").max(5000, "errors.tooLong"),
});
export type MessageInput = z.infer<typeof messageSchema>;

export const createTaskSchema = z.object({
  title: z.string("errors.required").trim().min(2, "errors.tooShort").max(200, "errors.tooLong"),
  assigneeSide: z.enum(["SENDING", "RECEIVING"], "errors.invalidChoice"),
  dueOn: optional(z.coerce.date("errors.invalidDate")),
});
export type CreateTaskInput = z.infer<typeof createTaskSchema>;
