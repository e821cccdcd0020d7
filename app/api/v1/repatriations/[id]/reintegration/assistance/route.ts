import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { addAssistance } from "@/lib/reintegration/mutations";
import { assistanceSchema } from "@/lib/reintegration/schema";
import type { ReintegrationAssistanceCreatedResponse } from "@/lib/reintegration/api-schema";
import { routeIdOr404 } from "@/lib/http/route-id";

/** Adds an item to the person's reintegration plan (the home side, while the person is home). */
export const POST = apiHandler<{ params: Promise<{ id: string }> }>(async (request, context) => {
  const actor = await requireApiActor("repatriations.read");
  const id = routeIdOr404((await context.params).id);
  const item = await addAssistance(actor.scope, id, assistanceSchema.parse(await readJson(request)));
  return NextResponse.json({ id: item.id } satisfies ReintegrationAssistanceCreatedResponse, { status: 201 });
});
