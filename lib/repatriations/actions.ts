"use server";
// Thin: parse -> authorise -> mutate -> revalidate. Which side may do what is decided in the
// mutations (from the stored case), never from ids sent by the browser.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/action-result";
import {
  completeTaskSchema,
  createRepatriationSchema,
  createTaskSchema,
  messageSchema,
  transitionSchema,
  updateStepSchema,
  handToPartnerSchema,
} from "./schema";
import { handToPartner } from "./partner";
import {
  addTask,
  completeTask,
  createRepatriation,
  postMessage,
  transitionRepatriation,
  updateStep,
} from "./mutations";

const uuid = z.uuid();
const NOT_FOUND = { ok: false, messageKey: "errors.NOT_FOUND" } as const;

function done<T>(result: ActionResult<T>, caseId?: string): ActionResult<T> {
  if (result.ok) {
    revalidatePath("/repatriations");
    if (caseId) revalidatePath(`/repatriations/${caseId}`);
  }
  return result;
}

export async function createRepatriationAction(raw: unknown): Promise<ActionResult<{ id: string }>> {
  const actor = await requireActor("repatriations.alone.move");
  return done(await runAction(createRepatriationSchema, raw, (input) => createRepatriation(actor.scope, input)));
}

export async function transitionRepatriationAction(
  caseId: unknown,
  raw: unknown,
): Promise<ActionResult<{ status: string }>> {
  const actor = await requireActor("repatriations.read");
  const target = uuid.safeParse(caseId);
  if (!target.success) return NOT_FOUND;
  return done(
    await runAction(transitionSchema, raw, (input) => transitionRepatriation(actor.scope, target.data, input)),
    target.data,
  );
}

export async function updateStepAction(caseId: unknown, raw: unknown): Promise<ActionResult<{ status: string }>> {
  const actor = await requireActor("repatriations.read");
  const target = uuid.safeParse(caseId);
  if (!target.success) return NOT_FOUND;
  return done(
    await runAction(updateStepSchema, raw, (input) => updateStep(actor.scope, target.data, input)),
    target.data,
  );
}

export async function postMessageAction(caseId: unknown, raw: unknown): Promise<ActionResult<{ id: string }>> {
  const actor = await requireActor("repatriations.read");
  const target = uuid.safeParse(caseId);
  if (!target.success) return NOT_FOUND;
  return done(
    await runAction(messageSchema, raw, async (input) => ({
      id: (await postMessage(actor.scope, target.data, input)).id,
    })),
    target.data,
  );
}

export async function addTaskAction(caseId: unknown, raw: unknown): Promise<ActionResult<{ id: string }>> {
  const actor = await requireActor("repatriations.read");
  const target = uuid.safeParse(caseId);
  if (!target.success) return NOT_FOUND;
  return done(await runAction(createTaskSchema, raw, (input) => addTask(actor.scope, target.data, input)), target.data);
}

export async function completeTaskAction(caseId: unknown, taskId: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("repatriations.read");
  const target = z.object({ caseId: uuid, taskId: uuid }).safeParse({ caseId, taskId });
  if (!target.success) return NOT_FOUND;
  return done(
    await runAction(completeTaskSchema, raw ?? {}, (input) =>
      completeTask(actor.scope, target.data.caseId, target.data.taskId, input),
    ),
    target.data.caseId,
  );
}

/** A case worked alone with a counterpart, handed to a partner organisation that joined Tumar. */
export async function handToPartnerAction(caseId: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("repatriations.move");
  const target = uuid.safeParse(caseId);
  if (!target.success) return NOT_FOUND;
  const result = await runAction(handToPartnerSchema, raw, (input) => handToPartner(actor.scope, target.data, input));
  return done(result.ok ? { ok: true, data: undefined } : result, target.data);
}
