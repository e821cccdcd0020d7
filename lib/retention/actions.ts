"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/actor";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/action-result";
import { retentionSettingsSchema } from "./schema";
import { updateRetentionSettings } from "./mutations";

export async function updateRetentionSettingsAction(raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("org.settings.manage");
  const result = await runAction(retentionSettingsSchema, raw, (input) => updateRetentionSettings(actor.scope, input));
  if (result.ok) revalidatePath("/admin/retention");
  return result;
}
