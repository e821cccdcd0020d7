import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { routeIdOr404 } from "@/lib/http/route-id";
import { addSituationNote } from "@/lib/situations/mutations";
import { situationNoteSchema } from "@/lib/situations/schema";

type Context = { params: Promise<{ id: string }> };

/** Adds a note to the situation's timeline (encrypted). */
export const POST = apiHandler<Context>(async (request, context) => {
  const actor = await requireApiActor("situations.write");
  const id = routeIdOr404((await context.params).id);
  const input = situationNoteSchema.parse(await readJson(request));
  return NextResponse.json(await addSituationNote(actor.scope, id, input), { status: 201 });
});
