import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { getRepatriation } from "@/lib/repatriations/data";
import { updateStep } from "@/lib/repatriations/mutations";
import { repatriationIds } from "@/lib/repatriations/route-params";
import { updateStepSchema } from "@/lib/repatriations/schema";

/** One case with its timeline, the caller's side and the moves open to it (404 for others). */
export const GET = apiHandler<{ params: Promise<{ id: string }> }>(async (_request, context) => {
  const actor = await requireApiActor("cases.read.all");
  const id = z.uuid().safeParse((await context.params).id);
  if (!id.success) throw new AppError("NOT_FOUND");
  const found = await getRepatriation(actor.scope, id.data);
  if (!found) throw new AppError("NOT_FOUND");
  return NextResponse.json(found);
});

/** Writes fields of the step the case is in now (e.g. `{ "documentStatus": "ISSUED" }`); 422 with the reason when refused. */
export const PATCH = apiHandler<{ params: Promise<{ id: string }> }>(async (request, context) => {
  const actor = await requireApiActor("repatriations.write");
  const { id } = await repatriationIds(context.params);
  const input = updateStepSchema.parse(await readJson(request));
  return NextResponse.json(await updateStep(actor.scope, id, input));
});
