import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { getHotlineCall } from "@/lib/hotline/data";
import { updateHotlineCall, voidHotlineCall } from "@/lib/hotline/mutations";
import { presentCall } from "@/lib/hotline/present";
import { valuesOfCall } from "@/lib/hotline/form-values";
import { patchHotlineCallSchema, updateHotlineCallSchema } from "@/lib/hotline/schema";
import { routeIdOr404 } from "@/lib/http/route-id";
import { organisationCountry } from "@/lib/orgs/countries";

type Context = { params: Promise<{ id: string }> };

async function callId(context: Context) {
  return routeIdOr404((await context.params).id);
}

export const GET = apiHandler<Context>(async (_request, context) => {
  const actor = await requireApiActor();
  const call = await getHotlineCall(actor.scope, await callId(context));
  if (!call) throw new AppError("NOT_FOUND");
  return NextResponse.json(presentCall(call));
});

/**
 * Changes the fields sent (the rest stay as stored; the whole call is validated again), completing
 * an INCOMPLETE call; or, with `voidReason`, voids it. `version` must be the version last read.
 */
export const PATCH = apiHandler<Context>(async (request, context) => {
  const actor = await requireApiActor("hotline.calls.log");
  const id = await callId(context);
  const patch = patchHotlineCallSchema.parse(await readJson(request));
  const current = await getHotlineCall(actor.scope, id);
  if (!current || current.organisationId !== actor.current?.organisationId) throw new AppError("NOT_FOUND");
  if (patch.voidReason) {
    await voidHotlineCall(actor.scope, id, { reason: patch.voidReason, version: patch.version });
  } else {
    const { voidReason: _ignored, ...changes } = patch;
    const input = updateHotlineCallSchema.parse({ ...valuesOfCall(current), ...changes });
    await updateHotlineCall(actor.scope, id, input, organisationCountry(actor));
  }
  const updated = await getHotlineCall(actor.scope, id);
  if (!updated) throw new AppError("NOT_FOUND");
  return NextResponse.json(presentCall(updated));
});
