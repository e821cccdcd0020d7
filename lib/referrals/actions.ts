"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/action-result";
import { createReferralSchema, decideReferralSchema } from "./schema";
import { createReferral, decideReferral, revokeReferral } from "./mutations";

const id = z.uuid();

export async function createReferralAction(victimId: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("cases.referral.send");
  const parsed = id.safeParse(victimId);
  if (!parsed.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(createReferralSchema, raw, (input) =>
    createReferral(actor.scope, parsed.data, input).then(() => undefined),
  );
  if (result.ok) revalidatePath(`/victims/${parsed.data}`);
  return result;
}

export async function decideReferralAction(referralId: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("cases.referral.send");
  const parsed = id.safeParse(referralId);
  if (!parsed.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(decideReferralSchema, raw, (input) => decideReferral(actor.scope, parsed.data, input));
  if (result.ok) revalidatePath("/referrals");
  return result;
}

export async function revokeReferralAction(referralId: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("cases.referral.send");
  const parsed = id.safeParse(referralId);
  if (!parsed.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(z.undefined(), undefined, () => revokeReferral(actor.scope, parsed.data));
  if (result.ok) revalidatePath("/victims");
  return result;
}
