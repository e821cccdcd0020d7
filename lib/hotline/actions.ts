"use server";
// Server actions of the hotline desk: parse -> authorise -> mutate -> revalidate.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/action-result";
import {
  createHotlineCallSchema,
  hotlineCallDraftSchema,
  repeatCallerQuerySchema,
  updateHotlineCallSchema,
  voidHotlineCallSchema,
} from "./schema";
import {
  createHotlineCall,
  discardHotlineCallDraft,
  saveHotlineCallDraft,
  updateHotlineCall,
  voidHotlineCall,
} from "./mutations";
import { findRepeatCaller } from "./data";
import { organisationCountry } from "@/lib/orgs/countries";

const idSchema = z.uuid();

export async function createHotlineCallAction(raw: unknown): Promise<ActionResult<{ id: string }>> {
  const actor = await requireActor("hotline.calls.log");
  const result = await runAction(createHotlineCallSchema, raw, (input) =>
    createHotlineCall(actor.scope, input, { source: "intake", defaultCountry: organisationCountry(actor) }),
  );
  if (result.ok) revalidatePath("/hotline");
  return result;
}

export async function updateHotlineCallAction(callId: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("hotline.calls.log");
  const id = idSchema.safeParse(callId);
  if (!id.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(updateHotlineCallSchema, raw, (input) =>
    updateHotlineCall(actor.scope, id.data, input, organisationCountry(actor)),
  );
  if (result.ok) revalidatePath("/hotline");
  return result;
}

export async function voidHotlineCallAction(callId: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("hotline.calls.log");
  const id = idSchema.safeParse(callId);
  if (!id.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(voidHotlineCallSchema, raw, (input) => voidHotlineCall(actor.scope, id.data, input));
  if (result.ok) revalidatePath("/hotline");
  return result;
}

export async function saveHotlineCallDraftAction(raw: unknown): Promise<ActionResult<{ savedAt: string }>> {
  const actor = await requireActor("hotline.calls.log");
  return runAction(hotlineCallDraftSchema, raw, async (values) => {
    const { savedAt } = await saveHotlineCallDraft(actor.scope, values);
    return { savedAt: savedAt.toISOString() };
  });
}

export async function discardHotlineCallDraftAction(): Promise<ActionResult<void>> {
  const actor = await requireActor("hotline.calls.log");
  return runAction(z.undefined(), undefined, () => discardHotlineCallDraft(actor.scope));
}

export interface RepeatCallerNotice {
  count: number;
  last: { receivedAt: string; topics: string[]; callType: string }[];
}

/** How often the number being typed called before (this organisation only). */
export async function lookupRepeatCallerAction(raw: unknown): Promise<ActionResult<RepeatCallerNotice | null>> {
  const actor = await requireActor("hotline.calls.log");
  return runAction(repeatCallerQuerySchema, raw, async (query) => {
    const found = await findRepeatCaller(actor.scope, query, organisationCountry(actor));
    if (!found) return null;
    return {
      count: found.count,
      last: found.last.map((c) => ({ receivedAt: c.receivedAt.toISOString(), topics: c.topics, callType: c.callType })),
    };
  });
}
