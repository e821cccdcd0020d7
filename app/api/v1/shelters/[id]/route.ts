import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { getShelterBoard } from "@/lib/shelters/data";

/** The bed board of one of the caller's shelters (404 for anyone else). */
export const GET = apiHandler<{ params: Promise<{ id: string }> }>(async (_request, context) => {
  const actor = await requireApiActor("shelters.residents.read");
  const id = z.uuid().safeParse((await context.params).id);
  if (!id.success) throw new AppError("NOT_FOUND");
  const board = await getShelterBoard(actor.scope, id.data);
  if (!board) throw new AppError("NOT_FOUND");
  return NextResponse.json(board);
});
