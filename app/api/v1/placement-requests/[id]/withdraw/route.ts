import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler } from "@/lib/api/handler";
import { withdrawPlacement } from "@/lib/shelters/mutations";
import { routeIdOr404 } from "@/lib/http/route-id";
import type { PlacementWithdrawnResponse } from "@/lib/shelters/api-schema";

/** The requesting organisation withdraws its request: the held bed is released, the grant ends. */
export const POST = apiHandler<{ params: Promise<{ id: string }> }>(async (_request, context) => {
  const actor = await requireApiActor("cases.referral.send");
  const id = routeIdOr404((await context.params).id);
  await withdrawPlacement(actor.scope, id);
  return NextResponse.json({ id: id, status: "CANCELLED" } satisfies PlacementWithdrawnResponse);
});
