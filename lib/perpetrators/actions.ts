"use server";
// Server actions for perpetrator records: parse -> authorise -> mutate -> revalidate.
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/actor";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/action-result";
import { matchPerpetrators } from "./data";
import { createPerpetrator } from "./mutations";
import { createPerpetratorSchema, perpetratorMatchSchema } from "./schema";

/** Records a perpetrator (from a situation's page, linked to it). */
export async function createPerpetratorAction(raw: unknown): Promise<ActionResult<{ id: string }>> {
  const actor = await requireActor("perpetrators.write");
  const result = await runAction(createPerpetratorSchema, raw, (input) => createPerpetrator(actor.scope, input));
  if (result.ok) revalidatePath("/situations", "layout");
  return result;
}

/** "Seen before?" while a name or an identifier is typed: own matches, and a count elsewhere. */
export async function matchPerpetratorsAction(raw: unknown) {
  const actor = await requireActor("perpetrators.write");
  return runAction(perpetratorMatchSchema, raw, (input) => matchPerpetrators(actor.scope, input));
}
