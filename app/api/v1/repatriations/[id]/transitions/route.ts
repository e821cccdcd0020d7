import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { transitionRepatriation } from "@/lib/repatriations/mutations";
import { transitionSchema } from "@/lib/repatriations/schema";
import type { RepatriationStatusResponse } from "@/lib/repatriations/api-schema";
import { routeIdOr404 } from "@/lib/http/route-id";

/** `{ "to": STATUS, ...fields for that step }`; a refused move answers 422 with the reason. */
export const POST = apiHandler<{ params: Promise<{ id: string }> }>(async (request, context) => {
  const actor = await requireApiActor("repatriations.read");
  const id = routeIdOr404((await context.params).id);
  const input = transitionSchema.parse(await readJson(request));
  const moved: RepatriationStatusResponse = await transitionRepatriation(actor.scope, id, input);
  return NextResponse.json(moved);
});
