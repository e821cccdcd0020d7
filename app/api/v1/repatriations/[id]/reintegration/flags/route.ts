import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { getReintegration } from "@/lib/reintegration/data";
import { setReintegrationFlags } from "@/lib/reintegration/mutations";
import { presentReintegrationFlags } from "@/lib/reintegration/present";
import { flagsSchema } from "@/lib/reintegration/schema";
import { routeIdOr404 } from "@/lib/http/route-id";

/** Records what became of the person after the return, at the case's version (409 if it changed since). */
export const PATCH = apiHandler<{ params: Promise<{ id: string }> }>(async (request, context) => {
  const actor = await requireApiActor("repatriations.read");
  const id = routeIdOr404((await context.params).id);
  await setReintegrationFlags(actor.scope, id, flagsSchema.parse(await readJson(request)));
  const reintegration = await getReintegration(actor.scope, id, false);
  if (!reintegration) throw new AppError("NOT_FOUND");
  return NextResponse.json(presentReintegrationFlags(reintegration));
});
