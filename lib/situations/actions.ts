"use server";
// Server actions for situations: parse -> authorise -> mutate -> revalidate.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/action-result";
import { addSituationNote, createSituation } from "./mutations";
import { createSituationSchema, situationNoteSchema } from "./schema";

const situationId = z.uuid();

/** Records a situation; the form goes on to its page. */
export async function createSituationAction(raw: unknown): Promise<ActionResult<{ id: string; reference: string }>> {
  const actor = await requireActor("situations.write");
  const result = await runAction(createSituationSchema, raw, (input) => createSituation(actor.scope, input));
  if (result.ok) revalidatePath("/situations");
  return result;
}

export async function addSituationNoteAction(target: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("situations.write");
  const id = situationId.safeParse(target);
  if (!id.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(situationNoteSchema, raw, (input) =>
    addSituationNote(actor.scope, id.data, input).then(() => undefined),
  );
  if (result.ok) revalidatePath(`/situations/${id.data}`);
  return result;
}
