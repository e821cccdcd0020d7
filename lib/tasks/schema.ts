// Reminders' forms and the list's query. Messages are translation keys.
//
// Written with `zod/mini` (decision 0039): the forms check their input in the browser with these.
import { z } from "zod/mini";
import { versionField as version } from "@/lib/validation/fields";
import { TASK_STATUSES, TASK_VIEWS } from "./codes";

export const taskQuerySchema = z.object({
  view: z.catch(z.enum(TASK_VIEWS), "mine"),
  status: z.catch(z.enum(TASK_STATUSES), "OPEN"),
  page: z.catch(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(10_000)), 1),
});
export type TaskQuery = z.infer<typeof taskQuerySchema>;

export const completeTaskSchema = z.object({ version });

export const dismissTaskSchema = z.object({
  version,
  reason: z
    .string()
    .check(z.trim(), z.minLength(3, "errors.dismissReasonRequired"), z.maxLength(500, "errors.tooLong")),
});
export type DismissTaskInput = z.infer<typeof dismissTaskSchema>;

export const assignTaskSchema = z.object({
  version,
  /** A member of the organisation, or "" for the coordinators' queue. */
  assigneeId: z.union([z.uuid("errors.invalidChoice"), z.literal("")]),
});
export type AssignTaskInput = z.infer<typeof assignTaskSchema>;
