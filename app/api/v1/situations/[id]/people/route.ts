import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { routeIdOr404 } from "@/lib/http/route-id";
import { linkPersonToSituation } from "@/lib/situations/mutations";
import { linkPersonSchema } from "@/lib/situations/schema";

type Context = { params: Promise<{ id: string }> };

/** Links a person of the caller's organisation, among those the caller may see. */
export const POST = apiHandler<Context>(async (request, context) => {
  const actor = await requireApiActor("situations.write");
  const id = routeIdOr404((await context.params).id);
  const { victimId } = linkPersonSchema.parse(await readJson(request));
  return NextResponse.json(await linkPersonToSituation(actor.scope, id, victimId));
});
