"use server";
// Server actions for a person's documents: parse -> authorise -> mutate -> revalidate.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/action-result";
import { addRecoveryStep, createDocument, updateDocument } from "./mutations";
import { saveLegalStatus } from "./legal-status";
import { documentSchema, legalStatusSchema, recoveryStepSchema, updateDocumentSchema } from "./schema";

const id = z.uuid();

/** On a person's page: a document of theirs. */
export async function addDocumentAction(victimId: unknown, raw: unknown): Promise<ActionResult<{ id: string }>> {
  const actor = await requireActor("cases.write");
  const parsed = id.safeParse(victimId);
  if (!parsed.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(documentSchema, raw, (input) => createDocument(actor.scope, parsed.data, input));
  if (result.ok) revalidatePath(`/victims/${parsed.data}`);
  return result;
}

/** On a person's page: a change to one of their documents (who holds it, its dates…). */
export async function updateDocumentAction(documentId: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("cases.write");
  const parsed = id.safeParse(documentId);
  if (!parsed.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(updateDocumentSchema, raw, (input) => updateDocument(actor.scope, parsed.data, input));
  if (result.ok) revalidatePath(`/victims/${result.data.victimId}`);
  return result.ok ? { ok: true, data: undefined } : result;
}

/** On a person's page: a step taken to get a document back or replaced. */
export async function addRecoveryStepAction(documentId: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("cases.write");
  const parsed = id.safeParse(documentId);
  if (!parsed.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(recoveryStepSchema, raw, (input) => addRecoveryStep(actor.scope, parsed.data, input));
  if (result.ok) revalidatePath(`/victims/${result.data.victimId}`);
  return result.ok ? { ok: true, data: undefined } : result;
}

/** On a person's page: their legal status in one country (recorded, or changed at the version read). */
export async function saveLegalStatusAction(victimId: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("cases.write");
  const parsed = id.safeParse(victimId);
  if (!parsed.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(legalStatusSchema, raw, (input) => saveLegalStatus(actor.scope, parsed.data, input));
  if (result.ok) revalidatePath(`/victims/${parsed.data}`);
  return result.ok ? { ok: true, data: undefined } : result;
}
