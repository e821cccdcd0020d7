"use server";
// Server actions for the directory of counterparts outside Tumar: parse -> authorise -> mutate -> revalidate.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { runAction } from "@/lib/run-action";
import type { ActionResult } from "@/lib/action-result";
import { createCounterpart, setCounterpartActive, updateCounterpart } from "./mutations";
import { createCounterpartSchema, setCounterpartActiveSchema, updateCounterpartSchema } from "./schema";

const id = z.uuid();
const LIST = "/settings/counterparts";

/** From the directory's page: a counterpart added, offered at once. */
export async function createCounterpartAction(raw: unknown): Promise<ActionResult<{ id: string }>> {
  const actor = await requireActor("counterparts.write");
  const result = await runAction(createCounterpartSchema, raw, (input) => createCounterpart(actor.scope, input));
  if (result.ok) revalidatePath(LIST);
  return result;
}

/** From a counterpart's page: its details corrected, at the version read. */
export async function updateCounterpartAction(counterpartId: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("counterparts.write");
  const parsed = id.safeParse(counterpartId);
  if (!parsed.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(updateCounterpartSchema, raw, (input) =>
    updateCounterpart(actor.scope, parsed.data, input),
  );
  if (result.ok) revalidatePath(LIST, "layout");
  return result.ok ? { ok: true, data: undefined } : result;
}

/** From a counterpart's page: no longer offered, or offered again (asked first). */
export async function setCounterpartActiveAction(counterpartId: unknown, raw: unknown): Promise<ActionResult<void>> {
  const actor = await requireActor("counterparts.manage");
  const parsed = id.safeParse(counterpartId);
  if (!parsed.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  const result = await runAction(setCounterpartActiveSchema, raw, (input) =>
    setCounterpartActive(actor.scope, parsed.data, input),
  );
  if (result.ok) revalidatePath(LIST, "layout");
  return result.ok ? { ok: true, data: undefined } : result;
}
