"use server";
// Server actions for situations: parse -> authorise -> mutate -> revalidate.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/action-result";
import { addSituationNote, createSituation, linkCallToSituation, linkPersonByCaseNumber } from "./mutations";
import {
  chooseSituationSchema,
  createSituationSchema,
  linkPersonByCaseNumberSchema,
  situationNoteSchema,
} from "./schema";

const uuid = z.uuid();

/** Records a situation; the form goes on to its page. */
export async function createSituationAction(raw: unknown): Promise<ActionResult<{ id: string; reference: string }>> {
  const actor = await requireActor("situations.write");
  const result = await runAction(createSituationSchema, raw, (input) => createSituation(actor.scope, input));
  if (result.ok) revalidatePath("/situations");
  return result;
}

export async function addSituationNoteAction(target: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("situations.write");
  const id = uuid.safeParse(target);
  if (!id.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(situationNoteSchema, raw, (input) =>
    addSituationNote(actor.scope, id.data, input).then(() => undefined),
  );
  if (result.ok) revalidatePath(`/situations/${id.data}`);
  return result;
}

/** From a call's page: attaches the call to a situation the actor sees. */
export async function linkCallToSituationAction(callId: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("situations.write");
  const call = uuid.safeParse(callId);
  if (!call.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(chooseSituationSchema, raw, (input) =>
    linkCallToSituation(actor.scope, input.situationId, call.data).then(() => undefined),
  );
  if (result.ok) revalidatePath(`/hotline/${call.data}`);
  return result;
}

/** On the situation's page: links a person of the organisation by case number. */
export async function linkPersonToSituationAction(target: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("situations.write");
  const id = uuid.safeParse(target);
  if (!id.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(linkPersonByCaseNumberSchema, raw, (input) =>
    linkPersonByCaseNumber(actor.scope, id.data, input.caseNumber).then(() => undefined),
  );
  if (result.ok) revalidatePath(`/situations/${id.data}`);
  return result;
}
