import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { routeIdOr404 } from "@/lib/http/route-id";
import { linkCallToSituation } from "@/lib/situations/mutations";
import { linkCallSchema } from "@/lib/situations/schema";

type Context = { params: Promise<{ id: string }> };

/** Links a call of the caller's organisation that the caller may read. */
export const POST = apiHandler<Context>(async (request, context) => {
  const actor = await requireApiActor("situations.write");
  const id = routeIdOr404((await context.params).id);
  const { callId } = linkCallSchema.parse(await readJson(request));
  return NextResponse.json(await linkCallToSituation(actor.scope, id, callId));
});
