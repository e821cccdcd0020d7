"use server";
// The bell's actions: marking the reader's notifications read. Thin: parse -> authorise -> mutate.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { actionFailure } from "@/lib/run-action";
import type { ActionResult } from "@/lib/action-result";
import { markCaseNoticesRead, markNotificationsRead } from "./mutations";

const uuid = z.uuid();
const NOT_FOUND = { ok: false, messageKey: "errors.NOT_FOUND" } as const;

export async function markNotificationsReadAction(): Promise<ActionResult<void>> {
  const actor = await requireActor();
  await markNotificationsRead(actor.scope);
  revalidatePath("/", "layout");
  return { ok: true, data: undefined };
}

/**
 * Called once by the case page when it is opened (components/repatriations/mark-case-read.tsx), so
 * that rendering the page writes nothing. No revalidation: the bell catches up on the next page, as
 * it did when the page marked the notices itself.
 */
export async function markCaseNoticesReadAction(caseId: unknown): Promise<ActionResult<void>> {
  // Everyone who opens a case page (a case worker too, on a case worked alone): the read is scoped.
  const actor = await requireActor("repatriations.read");
  const target = uuid.safeParse(caseId);
  if (!target.success) return NOT_FOUND;
  try {
    await markCaseNoticesRead(actor.scope, target.data);
    return { ok: true, data: undefined };
  } catch (error) {
    return actionFailure(error);
  }
}
