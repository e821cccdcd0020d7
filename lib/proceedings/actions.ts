"use server";
// Server actions for a person's legal proceedings: parse -> authorise -> mutate -> revalidate.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/action-result";
import { addHearing, createProceeding, updateHearing, updateProceeding } from "./mutations";
import { hearingSchema, proceedingSchema, updateHearingSchema, updateProceedingSchema } from "./schema";

const id = z.uuid();

/** On a person's page: a case they are part of. */
export async function addProceedingAction(victimId: unknown, raw: unknown): Promise<ActionResult<{ id: string }>> {
  const actor = await requireActor("cases.write");
  const parsed = id.safeParse(victimId);
  if (!parsed.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(proceedingSchema, raw, (input) => createProceeding(actor.scope, parsed.data, input));
  if (result.ok) revalidatePath(`/victims/${parsed.data}`);
  return result;
}

/** On a person's page: a change to one of their cases (its outcome, protection, compensation…). */
export async function updateProceedingAction(proceedingId: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("cases.write");
  const parsed = id.safeParse(proceedingId);
  if (!parsed.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(updateProceedingSchema, raw, (input) =>
    updateProceeding(actor.scope, parsed.data, input),
  );
  if (result.ok) revalidatePath(`/victims/${result.data.victimId}`);
  return result.ok ? { ok: true, data: undefined } : result;
}

/** On a person's page: a hearing of one of their cases. */
export async function addHearingAction(proceedingId: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("cases.write");
  const parsed = id.safeParse(proceedingId);
  if (!parsed.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(hearingSchema, raw, (input) => addHearing(actor.scope, parsed.data, input));
  if (result.ok) revalidatePath(`/victims/${result.data.victimId}`);
  return result.ok ? { ok: true, data: undefined } : result;
}

/** On a person's page: a hearing postponed, held or cancelled, at the version read. */
export async function updateHearingAction(hearingId: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("cases.write");
  const parsed = id.safeParse(hearingId);
  if (!parsed.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(updateHearingSchema, raw, (input) => updateHearing(actor.scope, parsed.data, input));
  if (result.ok) revalidatePath(`/victims/${result.data.victimId}`);
  return result.ok ? { ok: true, data: undefined } : result;
}
