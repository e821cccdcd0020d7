import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { getShelterBoard } from "@/lib/shelters/data";
import { presentShelterBoard } from "@/lib/shelters/present";
import { routeIdOr404 } from "@/lib/http/route-id";

/** The bed board of one of the caller's shelters (404 for anyone else). */
export const GET = apiHandler<{ params: Promise<{ id: string }> }>(async (_request, context) => {
  const actor = await requireApiActor("shelters.residents.read");
  const id = routeIdOr404((await context.params).id);
  const board = await getShelterBoard(actor.scope, id);
  if (!board) throw new AppError("NOT_FOUND");
  return NextResponse.json(presentShelterBoard(board));
});
