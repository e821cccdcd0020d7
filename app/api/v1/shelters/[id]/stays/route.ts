import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { admitToShelter } from "@/lib/shelters/mutations";
import { admitSchema } from "@/lib/shelters/schema";
import type { CreatedIdResponse } from "@/lib/shelters/api-schema";
import { routeIdOr404 } from "@/lib/http/route-id";

/** Admits a person: 409 when the shelter is full, the bed is taken or the person is in a shelter. */
export const POST = apiHandler<{ params: Promise<{ id: string }> }>(async (request, context) => {
  const actor = await requireApiActor("shelters.stays.write");
  const id = routeIdOr404((await context.params).id);
  const input = admitSchema.parse(await readJson(request));
  const stay = await admitToShelter(actor.scope, id, input);
  return NextResponse.json({ id: stay.id } satisfies CreatedIdResponse, { status: 201 });
});
