import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { answerPlacement } from "@/lib/shelters/mutations";
import { answerPlacementSchema } from "@/lib/shelters/schema";
import type { PlacementAnsweredResponse } from "@/lib/shelters/api-schema";
import { routeIdOr404 } from "@/lib/http/route-id";

/** The shelter's answer: ACCEPT (holding a bed for `holdHours`) or DECLINE with a reason. */
export const POST = apiHandler<{ params: Promise<{ id: string }> }>(async (request, context) => {
  const actor = await requireApiActor("shelters.stays.write");
  const id = routeIdOr404((await context.params).id);
  await answerPlacement(actor.scope, id, answerPlacementSchema.parse(await readJson(request)));
  return NextResponse.json({ id: id, answered: true } satisfies PlacementAnsweredResponse);
});
