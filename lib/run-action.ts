// The frame of every server action: parse the input with the shared zod schema, run the
// (already authorised) work, and turn failures into translated messages for the form.
// Server actions are public endpoints: the caller must have called requireActor() before, and
// nothing here trusts ids of organisations or owners from the input.
import "server-only";
import { z } from "zod";
import { headers } from "next/headers";
import { AppError } from "@/lib/errors";
import { requestLogger } from "@/lib/log";
import type { ActionResult } from "./action-result";
import { recordDenied } from "@/lib/auth/denied";
import { isDatabaseUnavailable, isStorageFull } from "@/lib/db-unavailable";

export function fieldErrors(error: z.core.$ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    fields[key] ??= issue.message.startsWith("errors.") ? issue.message : "errors.invalid";
  }
  return fields;
}

// Schemas of either zod build (the shared ones are zod/mini, decision 0039), hence core types.
export async function runAction<S extends z.core.$ZodType, T>(
  schema: S,
  raw: unknown,
  work: (input: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const parsed = z.safeParse(schema, raw);
  if (!parsed.success) return { ok: false, messageKey: "errors.INVALID", fields: fieldErrors(parsed.error) };
  try {
    return { ok: true, data: await work(parsed.data) };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function actionFailure(error: unknown): Promise<ActionResult<never>> {
  if (error instanceof AppError) {
    if (error.code === "NOT_FOUND" || error.code === "FORBIDDEN") await recordDenied("server-action");
    return { ok: false, messageKey: error.messageKey, fields: error.fields };
  }
  // Next's redirect()/notFound() signal by throwing; let them through.
  if (error && typeof error === "object" && "digest" in error) throw error;
  const requestId = (await headers()).get("x-request-id");
  if (isStorageFull(error)) {
    requestLogger(requestId).error("database storage full: the write was refused and nothing was saved");
    return { ok: false, messageKey: "errors.STORAGE_FULL" };
  }
  if (isDatabaseUnavailable(error)) {
    requestLogger(requestId).warn("database unavailable");
    return { ok: false, messageKey: "errors.UNAVAILABLE" };
  }
  requestLogger(requestId).error(
    { err: error instanceof Error ? { name: error.name, stack: error.stack } : String(error) },
    "action failed",
  );
  return { ok: false, messageKey: "errors.unexpected" };
}
