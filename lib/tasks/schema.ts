// Reminders' forms and the list's query. Messages are translation keys.
import { z } from "zod";
import { versionField as version } from "@/lib/validation/fields";
import { TASK_STATUSES, TASK_VIEWS } from "./codes";

export const taskQuerySchema = z.object({
  view: z.enum(TASK_VIEWS).catch("mine"),
  status: z.enum(TASK_STATUSES).catch("OPEN"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TaskQuery = z.infer<typeof taskQuerySchema>;

export const completeTaskSchema = z.object({ version });

export const dismissTaskSchema = z.object({
  version,
  reason: z.string().trim().min(3, "errors.dismissReasonRequired").max(500, "errors.tooLong"),
});
export type DismissTaskInput = z.infer<typeof dismissTaskSchema>;

export const assignTaskSchema = z.object({
  version,
  /** A member of the organisation, or "" for the coordinators' queue. */
  assigneeId: z.union([z.uuid("errors.invalidChoice"), z.literal("")]),
});
export type AssignTaskInput = z.infer<typeof assignTaskSchema>;
