import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { routeIdOr404 } from "@/lib/http/route-id";
import { linkPerpetratorToSituation } from "@/lib/perpetrators/mutations";
import { linkPerpetratorSchema } from "@/lib/perpetrators/schema";

type Context = { params: Promise<{ id: string }> };

/** Links a perpetrator record the caller sees, with the part it played in the situation. */
export const POST = apiHandler<Context>(async (request, context) => {
  const actor = await requireApiActor("perpetrators.write");
  const id = routeIdOr404((await context.params).id);
  const input = linkPerpetratorSchema.parse(await readJson(request));
  return NextResponse.json(await linkPerpetratorToSituation(actor.scope, id, input));
});
