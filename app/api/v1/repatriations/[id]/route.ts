import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { getRepatriation } from "@/lib/repatriations/data";
import { updateStep } from "@/lib/repatriations/mutations";
import { updateStepSchema } from "@/lib/repatriations/schema";
import type { RepatriationStatusResponse } from "@/lib/repatriations/api-schema";
import { presentRepatriation } from "@/lib/repatriations/present";
import { routeIdOr404 } from "@/lib/http/route-id";

/** One case with its timeline, the caller's side and the moves open to it (404 for others). */
export const GET = apiHandler<{ params: Promise<{ id: string }> }>(async (_request, context) => {
  const actor = await requireApiActor("repatriations.read");
  const id = routeIdOr404((await context.params).id);
  const found = await getRepatriation(actor.scope, id);
  if (!found) throw new AppError("NOT_FOUND");
  return NextResponse.json(presentRepatriation(found));
});

/** Writes fields of the step the case is in now (e.g. `{ "travelDocumentId": "…" }`, one of the person's documents); 422 with the reason when refused. */
export const PATCH = apiHandler<{ params: Promise<{ id: string }> }>(async (request, context) => {
  const actor = await requireApiActor("repatriations.read");
  const id = routeIdOr404((await context.params).id);
  const input = updateStepSchema.parse(await readJson(request));
  const updated: RepatriationStatusResponse = await updateStep(actor.scope, id, input);
  return NextResponse.json(updated);
});
