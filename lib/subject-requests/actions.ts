"use server";
// Server actions of a data-subject request: parse -> authorise -> mutate -> revalidate. The
// person's organisation is never taken from the client: subjectRecord finds the person in the
// actor's own organisation, through the one visibility rule, or answers NOT_FOUND.
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/actor";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/action-result";
import { erasePersonSchema, legalHoldSchema, liftLegalHoldSchema, subjectTargetSchema } from "./schema";
import { erasePerson, liftLegalHold, setLegalHold, type ErasureResult } from "./mutations";

function target(raw: unknown): string | null {
  const parsed = subjectTargetSchema.safeParse(raw);
  return parsed.success ? parsed.data.victimId : null;
}

function revalidate(victimId: string) {
  revalidatePath(`/victims/${victimId}/subject-request`);
  revalidatePath(`/victims/${victimId}`);
}

export async function setLegalHoldAction(on: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("cases.subjectRequest");
  const victimId = target(on);
  if (!victimId) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(legalHoldSchema, raw, (input) => setLegalHold(actor.scope, victimId, input));
  if (result.ok) revalidate(victimId);
  return result;
}

export async function liftLegalHoldAction(on: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("cases.subjectRequest");
  const victimId = target(on);
  if (!victimId) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(liftLegalHoldSchema, raw, () => liftLegalHold(actor.scope, victimId));
  if (result.ok) revalidate(victimId);
  return result;
}

export async function erasePersonAction(on: unknown, raw: unknown): Promise<ActionResult<ErasureResult>> {
  const actor = await requireActor("cases.subjectRequest");
  const victimId = target(on);
  if (!victimId) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(erasePersonSchema, raw, (input) => erasePerson(actor.scope, victimId, input));
  if (result.ok) revalidate(victimId);
  return result;
}
