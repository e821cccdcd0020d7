import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { getRepatriation } from "@/lib/repatriations/data";

/** One case with its timeline, the caller's side and the moves open to it (404 for others). */
export const GET = apiHandler<{ params: Promise<{ id: string }> }>(async (_request, context) => {
  const actor = await requireApiActor("cases.read.all");
  const id = z.uuid().safeParse((await context.params).id);
  if (!id.success) throw new AppError("NOT_FOUND");
  const found = await getRepatriation(actor.scope, id.data);
  if (!found) throw new AppError("NOT_FOUND");
  return NextResponse.json(found);
});
