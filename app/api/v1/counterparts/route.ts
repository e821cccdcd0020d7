import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, listResponse, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { searchParamsObject } from "@/lib/list-query";
import { getCounterpart, listCounterparts } from "@/lib/counterparts/data";
import { createCounterpart } from "@/lib/counterparts/mutations";
import { presentCounterpart } from "@/lib/counterparts/present";
import { createCounterpartSchema, listCounterpartsQuerySchema } from "@/lib/counterparts/schema";

// The organisation's directory of counterparts outside Tumar, by name.
export const GET = apiHandler(async (request) => {
  const actor = await requireApiActor("counterparts.read");
  const query = listCounterpartsQuerySchema.parse(searchParamsObject(request.url));
  const { items, nextCursor } = await listCounterparts(actor.scope, query);
  return listResponse(items.map(presentCounterpart), nextCursor);
});

export const POST = apiHandler(async (request) => {
  const actor = await requireApiActor("counterparts.write");
  const input = createCounterpartSchema.parse(await readJson(request));
  const { id } = await createCounterpart(actor.scope, input);
  const created = await getCounterpart(actor.scope, id);
  if (!created) throw new AppError("NOT_FOUND");
  return NextResponse.json(presentCounterpart(created), { status: 201 });
});
