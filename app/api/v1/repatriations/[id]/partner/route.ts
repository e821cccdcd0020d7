import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { handToPartner } from "@/lib/repatriations/partner";
import { handToPartnerSchema } from "@/lib/repatriations/schema";
import { routeIdOr404 } from "@/lib/http/route-id";

/**
 * `{ receivingOrganisationId, version }`: a case worked alone with a counterpart in the home
 * country, handed to a partner organisation there that joined Tumar (decision 0030).
 */
export const POST = apiHandler<{ params: Promise<{ id: string }> }>(async (request, context) => {
  const actor = await requireApiActor("repatriations.move");
  const id = routeIdOr404((await context.params).id);
  const input = handToPartnerSchema.parse(await readJson(request));
  return NextResponse.json(await handToPartner(actor.scope, id, input));
});
