import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { updateStay } from "@/lib/shelters/mutations";
import { updateStaySchema } from "@/lib/shelters/schema";
import type { StayVersionResponse } from "@/lib/shelters/api-schema";
import { routeIdOr404 } from "@/lib/http/route-id";

/** Records a service or an incident, moves the resident, or discharges them. */
export const PATCH = apiHandler<{ params: Promise<{ id: string }> }>(async (request, context) => {
  const actor = await requireApiActor("shelters.stays.write");
  const id = routeIdOr404((await context.params).id);
  const input = updateStaySchema.parse(await readJson(request));
  const updated: StayVersionResponse = await updateStay(actor.scope, id, input);
  return NextResponse.json(updated);
});
