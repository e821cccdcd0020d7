import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { transitionRepatriation } from "@/lib/repatriations/mutations";
import { transitionSchema } from "@/lib/repatriations/schema";

/** `{ "to": STATUS, ...fields for that step }`; a refused move answers 422 with the reason. */
export const POST = apiHandler<{ params: Promise<{ id: string }> }>(async (request, context) => {
  const actor = await requireApiActor("repatriations.write");
  const id = z.uuid().safeParse((await context.params).id);
  if (!id.success) throw new AppError("NOT_FOUND");
  const input = transitionSchema.parse(await readJson(request));
  return NextResponse.json(await transitionRepatriation(actor.scope, id.data, input));
});
