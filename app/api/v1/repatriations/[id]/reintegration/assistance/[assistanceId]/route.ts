import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { getReintegration } from "@/lib/reintegration/data";
import { updateAssistance } from "@/lib/reintegration/mutations";
import { presentReintegrationAssistance } from "@/lib/reintegration/present";
import { updateAssistanceSchema } from "@/lib/reintegration/schema";
import { routeIdOr404 } from "@/lib/http/route-id";

type Context = { params: Promise<{ id: string; assistanceId: string }> };

/** Changes an item of the plan read at `version` (409 if it changed since); answers the item. */
export const PATCH = apiHandler<Context>(async (request, context) => {
  const actor = await requireApiActor("repatriations.read");
  const params = await context.params;
  const id = routeIdOr404(params.id);
  const assistanceId = routeIdOr404(params.assistanceId);
  const input = updateAssistanceSchema.parse(await readJson(request));
  // The item must be of the URL's case: checked before anything changes.
  await updateAssistance(actor.scope, assistanceId, input, id);
  const item = (await getReintegration(actor.scope, id, false))?.assistance.find((a) => a.id === assistanceId);
  if (!item) throw new AppError("NOT_FOUND");
  return NextResponse.json(presentReintegrationAssistance(item));
});
