import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { recordFollowUp } from "@/lib/reintegration/mutations";
import { recordFollowUpApiSchema, type ReintegrationFollowUpCreatedResponse } from "@/lib/reintegration/api-schema";
import { routeIdOr404 } from "@/lib/http/route-id";

/** Records a follow-up's survey on its open task (the task is then done); answers the scores computed here. */
export const POST = apiHandler<{ params: Promise<{ id: string }> }>(async (request, context) => {
  const actor = await requireApiActor("repatriations.read");
  const id = routeIdOr404((await context.params).id);
  const { taskId, ...input } = recordFollowUpApiSchema.parse(await readJson(request));
  const recorded: ReintegrationFollowUpCreatedResponse = await recordFollowUp(actor.scope, id, taskId, input);
  return NextResponse.json(recorded, { status: 201 });
});
