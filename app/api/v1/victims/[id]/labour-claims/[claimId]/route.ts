import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { routeIdOr404 } from "@/lib/http/route-id";
import { listLabourClaims } from "@/lib/labour-claims/data";
import { updateLabourClaim } from "@/lib/labour-claims/mutations";
import { presentLabourClaim } from "@/lib/labour-claims/present";
import { updateLabourClaimSchema } from "@/lib/labour-claims/schema";

type Context = { params: Promise<{ id: string; claimId: string }> };

/** Changes a claim of the person read at `version` (409 if it changed since), its people included. */
export const PATCH = apiHandler<Context>(async (request, context) => {
  const actor = await requireApiActor("cases.write");
  const params = await context.params;
  const victimId = routeIdOr404(params.id);
  const claimId = routeIdOr404(params.claimId);
  const input = updateLabourClaimSchema.parse(await readJson(request));
  // The claim must be the URL's person's: checked before anything changes.
  await updateLabourClaim(actor.scope, victimId, claimId, input);
  const claim = (await listLabourClaims(actor.scope, victimId))?.find((c) => c.id === claimId);
  if (!claim) throw new AppError("NOT_FOUND");
  return NextResponse.json(presentLabourClaim(claim));
});
