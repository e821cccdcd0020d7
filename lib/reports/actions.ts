"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/actor";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/action-result";
import { setNetworkSharing } from "./mutations";
import { networkSharingSchema } from "./schema";

/** The administrator adds the organisation's anonymised data to the network's pool, or takes it out. */
export async function setNetworkSharingAction(raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("org.settings.manage");
  const result = await runAction(networkSharingSchema, raw, ({ share }) => setNetworkSharing(actor.scope, share));
  if (result.ok) revalidatePath("/admin/retention");
  return result;
}
