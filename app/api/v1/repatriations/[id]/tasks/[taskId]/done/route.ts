import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readOptionalJson } from "@/lib/api/handler";
import { completeTaskSchema } from "@/lib/repatriations/schema";
import { completeTask } from "@/lib/repatriations/mutations";
import { routeIdOr404 } from "@/lib/http/route-id";
import type { RepatriationTaskDoneResponse } from "@/lib/repatriations/api-schema";

/** Marks a task done (only the side it is assigned to); `{ "note": ... }` is required for a follow-up. */
export const POST = apiHandler<{ params: Promise<{ id: string; taskId: string }> }>(async (request, context) => {
  const actor = await requireApiActor("repatriations.read");
  const params = await context.params;
  const id = routeIdOr404(params.id);
  const taskId = routeIdOr404(params.taskId);
  await completeTask(actor.scope, id, taskId, completeTaskSchema.parse(await readOptionalJson(request)));
  return NextResponse.json({ id: taskId, done: true } satisfies RepatriationTaskDoneResponse);
});
