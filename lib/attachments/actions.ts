"use server";
// Server actions for files: removing a wrong upload (parse -> authorise -> mutate -> revalidate).
// Uploads themselves go to the route handler app/api/v1/attachments: a form posts the file as
// multipart before any JavaScript, and the page's script shows the upload's progress.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { actionFailure } from "@/lib/run-action";
import type { ActionResult } from "@/lib/action-result";
import { deleteAttachment } from "./mutations";
import { safeReturnPath } from "./upload-request";

const id = z.uuid();

/** On a page that lists files: removes one (asked first; lib/attachments/policy.ts says who may). */
export async function deleteAttachmentAction(attachmentId: unknown, returnTo: unknown): Promise<ActionResult<void>> {
  // Any signed-in member: the file's own rule decides (its organisation's case or shelter staff).
  const actor = await requireActor();
  const parsed = id.safeParse(attachmentId);
  if (!parsed.success) return { ok: false, messageKey: "errors.NOT_FOUND" };
  try {
    const removed = await deleteAttachment(actor.scope, parsed.data);
    const page = safeReturnPath(returnTo) ?? (removed.victimId ? `/victims/${removed.victimId}` : null);
    if (page) revalidatePath(page);
    return { ok: true, data: undefined };
  } catch (error) {
    return actionFailure(error);
  }
}
