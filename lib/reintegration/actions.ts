"use server";
// Thin: parse -> authorise -> mutate -> revalidate. Which case and side is decided in the
// mutations from the stored case, never from ids of organisations sent by the browser.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/action-result";
import { addAssistance, recordFollowUp, setReintegrationFlags, updateAssistance } from "./mutations";
import { assistanceSchema, flagsSchema, followUpSchema, updateAssistanceSchema } from "./schema";

const uuid = z.uuid();
const NOT_FOUND = { ok: false, messageKey: "errors.NOT_FOUND" } as const;

/** On a case's page: an item of the person's reintegration plan. */
export async function addAssistanceAction(caseId: unknown, raw: unknown): Promise<ActionResult<{ id: string }>> {
  const actor = await requireActor("repatriations.read");
  const target = uuid.safeParse(caseId);
  if (!target.success) return NOT_FOUND;
  const result = await runAction(assistanceSchema, raw, (input) => addAssistance(actor.scope, target.data, input));
  if (result.ok) revalidatePath(`/repatriations/${target.data}`);
  return result;
}

/** On a case's page: an item of the plan as it goes (started, completed…), at the version read. */
export async function updateAssistanceAction(assistanceId: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("repatriations.read");
  const target = uuid.safeParse(assistanceId);
  if (!target.success) return NOT_FOUND;
  const result = await runAction(updateAssistanceSchema, raw, (input) =>
    updateAssistance(actor.scope, target.data, input),
  );
  if (result.ok) revalidatePath(`/repatriations/${result.data.repatriationId}`);
  return result.ok ? { ok: true, data: undefined } : result;
}

/** On a case's page: a follow-up's survey, which completes its task. */
export async function recordFollowUpAction(
  caseId: unknown,
  taskId: unknown,
  raw: unknown,
): Promise<ActionResult<{ overall: number }>> {
  const actor = await requireActor("repatriations.read");
  const target = z.object({ caseId: uuid, taskId: uuid }).safeParse({ caseId, taskId });
  if (!target.success) return NOT_FOUND;
  const result = await runAction(followUpSchema, raw, (input) =>
    recordFollowUp(actor.scope, target.data.caseId, target.data.taskId, input),
  );
  if (result.ok) revalidatePath(`/repatriations/${target.data.caseId}`);
  return result.ok ? { ok: true, data: { overall: result.data.overall } } : result;
}

/** On a case's page: migrated again, trafficked again, out of contact. */
export async function setReintegrationFlagsAction(caseId: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("repatriations.read");
  const target = uuid.safeParse(caseId);
  if (!target.success) return NOT_FOUND;
  const result = await runAction(flagsSchema, raw, (input) => setReintegrationFlags(actor.scope, target.data, input));
  if (result.ok) revalidatePath(`/repatriations/${target.data}`);
  return result.ok ? { ok: true, data: undefined } : result;
}
