import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { listPlacementRequests } from "@/lib/shelters/data";
import { requestPlacement } from "@/lib/shelters/mutations";
import { presentPlacementRequests } from "@/lib/shelters/present";
import { placementRequestSchema } from "@/lib/shelters/schema";
import type { PlacementRequestedResponse } from "@/lib/shelters/api-schema";

export const GET = apiHandler(async () => {
  const actor = await requireApiActor("shelters.availability.read");
  return NextResponse.json(presentPlacementRequests(await listPlacementRequests(actor.scope)));
});

/**
 * Asks a shelter (of any organisation) for a bed for a person of the caller's organisation: the
 * roles that may refer, with the person's consent to share with the shelter's organisation.
 */
export const POST = apiHandler(async (request) => {
  const actor = await requireApiActor("cases.referral.send");
  const input = placementRequestSchema.parse(await readJson(request));
  const created = await requestPlacement(actor.scope, input);
  return NextResponse.json({ id: created.id, status: "PENDING" } satisfies PlacementRequestedResponse, { status: 201 });
});
