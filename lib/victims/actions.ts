"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/action-result";
import { createVictimFromCallSchema } from "./schema";
import { createVictimFromCall } from "./mutations";

export async function createVictimFromCallAction(callId: unknown, raw: unknown): Promise<ActionResult<{ id: string; caseNumber: string }>> {
  const actor = await requireActor("victims.create.fromCall");
  const id = z.uuid().safeParse(callId);
  if (!id.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(createVictimFromCallSchema, raw, (input) => createVictimFromCall(actor.scope, id.data, input));
  if (result.ok) revalidatePath(`/hotline/${id.data}`);
  return result;
}
