import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { routeIdOr404 } from "@/lib/http/route-id";
import { getCounterpart } from "@/lib/counterparts/data";
import { patchCounterpart } from "@/lib/counterparts/mutations";
import { presentCounterpart } from "@/lib/counterparts/present";
import { patchCounterpartSchema } from "@/lib/counterparts/schema";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler<Context>(async (_request, context) => {
  const actor = await requireApiActor("counterparts.read");
  const counterpart = await getCounterpart(actor.scope, routeIdOr404((await context.params).id));
  if (!counterpart) throw new AppError("NOT_FOUND");
  return NextResponse.json(presentCounterpart(counterpart));
});

/** Changes the fields sent at `version` (409 if it changed since); `active` needs counterparts.manage (422). */
export const PATCH = apiHandler<Context>(async (request, context) => {
  const actor = await requireApiActor("counterparts.write");
  const id = routeIdOr404((await context.params).id);
  const input = patchCounterpartSchema.parse(await readJson(request));
  await patchCounterpart(actor.scope, id, input);
  const counterpart = await getCounterpart(actor.scope, id);
  if (!counterpart) throw new AppError("NOT_FOUND");
  return NextResponse.json(presentCounterpart(counterpart));
});
