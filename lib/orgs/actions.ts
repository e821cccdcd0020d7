"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/actor";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/action-result";
import { createOrganisationSchema } from "./schema";
import { createOrganisation } from "./mutations";

export async function createOrganisationAction(raw: unknown): Promise<ActionResult<{ id: string }>> {
  const actor = await requireActor("network.organisations.manage");
  const result = await runAction(createOrganisationSchema, raw, (input) => createOrganisation(actor.scope, input));
  if (result.ok) revalidatePath("/network/organisations");
  return result;
}
