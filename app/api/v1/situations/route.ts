import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, listResponse, readJson } from "@/lib/api/handler";
import { searchParamsObject } from "@/lib/list-query";
import { getSituation, listSituations } from "@/lib/situations/data";
import { createSituation } from "@/lib/situations/mutations";
import { presentSituation, presentSituationListItem } from "@/lib/situations/present";
import { createSituationSchema, listSituationsQuerySchema } from "@/lib/situations/schema";

// The situations the caller may see, newest first.
export const GET = apiHandler(async (request) => {
  const actor = await requireApiActor();
  const query = listSituationsQuerySchema.parse(searchParamsObject(request.url));
  const { items, nextCursor } = await listSituations(actor.scope, query);
  return listResponse(items.map(presentSituationListItem), nextCursor);
});

export const POST = apiHandler(async (request) => {
  const actor = await requireApiActor("situations.write");
  const input = createSituationSchema.parse(await readJson(request));
  const { id } = await createSituation(actor.scope, input);
  const created = await getSituation(actor.scope, id);
  return NextResponse.json(created && presentSituation(created), { status: 201 });
});
