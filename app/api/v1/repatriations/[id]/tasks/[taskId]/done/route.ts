import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { completeTaskSchema } from "@/lib/repatriations/schema";
import { completeTask } from "@/lib/repatriations/mutations";
import { repatriationIds } from "@/lib/repatriations/route-params";

/** Marks a task done (only the side it is assigned to); `{ "note": ... }` is required for a follow-up. */
export const POST = apiHandler<{ params: Promise<{ id: string; taskId: string }> }>(async (request, context) => {
  const actor = await requireApiActor("cases.read.all");
  const { id, taskId } = await repatriationIds(context.params);
  const body = await request.text();
  let raw: unknown = {};
  try {
    raw = body.trim() ? JSON.parse(body) : {};
  } catch {
    throw new AppError("INVALID", "errors.invalid");
  }
  await completeTask(actor.scope, id, taskId!, completeTaskSchema.parse(raw));
  return NextResponse.json({ id: taskId, done: true });
});
