import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler } from "@/lib/api/handler";
import { completeTask } from "@/lib/repatriations/mutations";
import { repatriationIds } from "@/lib/repatriations/route-params";

/** Marks a task done (only the side it is assigned to). */
export const POST = apiHandler<{ params: Promise<{ id: string; taskId: string }> }>(async (_request, context) => {
  const actor = await requireApiActor("cases.read.all");
  const { id, taskId } = await repatriationIds(context.params);
  await completeTask(actor.scope, id, taskId!);
  return NextResponse.json({ id: taskId, done: true });
});
