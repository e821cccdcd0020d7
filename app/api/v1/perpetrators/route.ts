import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, listResponse, readJson } from "@/lib/api/handler";
import { searchParamsObject } from "@/lib/list-query";
import { getPerpetrator, listPerpetrators } from "@/lib/perpetrators/data";
import { createPerpetrator } from "@/lib/perpetrators/mutations";
import { presentPerpetrator, presentPerpetratorListItem } from "@/lib/perpetrators/present";
import { createPerpetratorSchema, listPerpetratorsQuerySchema } from "@/lib/perpetrators/schema";

// The perpetrator records the caller may see, newest first.
export const GET = apiHandler(async (request) => {
  const actor = await requireApiActor();
  const query = listPerpetratorsQuerySchema.parse(searchParamsObject(request.url));
  const { items, nextCursor } = await listPerpetrators(actor.scope, query);
  return listResponse(items.map(presentPerpetratorListItem), nextCursor);
});

export const POST = apiHandler(async (request) => {
  const actor = await requireApiActor("perpetrators.write");
  const input = createPerpetratorSchema.parse(await readJson(request));
  const { id } = await createPerpetrator(actor.scope, input);
  const created = await getPerpetrator(actor.scope, id);
  return NextResponse.json(created && presentPerpetrator(created), { status: 201 });
});
