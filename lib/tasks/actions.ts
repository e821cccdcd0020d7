"use server";
// Server actions for reminders: parse -> authorise -> mutate -> revalidate.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/action-result";
import { assignTask, completeTask, dismissTask } from "./mutations";
import { assignTaskSchema, completeTaskSchema, dismissTaskSchema } from "./schema";

const id = z.uuid();

export async function completeReminderAction(taskId: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("cases.list");
  const parsed = id.safeParse(taskId);
  if (!parsed.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(completeTaskSchema, raw, (input) =>
    completeTask(actor.scope, parsed.data, input.version),
  );
  if (result.ok) revalidatePath("/tasks");
  return result;
}

export async function dismissReminderAction(taskId: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("cases.list");
  const parsed = id.safeParse(taskId);
  if (!parsed.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(dismissTaskSchema, raw, (input) => dismissTask(actor.scope, parsed.data, input));
  if (result.ok) revalidatePath("/tasks");
  return result;
}

export async function assignReminderAction(taskId: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("cases.read.all");
  const parsed = id.safeParse(taskId);
  if (!parsed.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(assignTaskSchema, raw, (input) => assignTask(actor.scope, parsed.data, input));
  if (result.ok) revalidatePath("/tasks");
  return result;
}
