import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { routeIdOr404 } from "@/lib/http/route-id";
import { listLabourClaims } from "@/lib/labour-claims/data";
import { createLabourClaim } from "@/lib/labour-claims/mutations";
import { presentLabourClaim } from "@/lib/labour-claims/present";
import { labourClaimSchema } from "@/lib/labour-claims/schema";

type Context = { params: Promise<{ id: string }> };

/** The claims for unpaid wages the person is part of (a partner: only where its grant names "labourClaims"). */
export const GET = apiHandler<Context>(async (_request, context) => {
  const actor = await requireApiActor();
  const claims = await listLabourClaims(actor.scope, routeIdOr404((await context.params).id));
  if (!claims) throw new AppError("NOT_FOUND");
  return NextResponse.json({ items: claims.map(presentLabourClaim) });
});

/** Records a claim for the person and, optionally, other people of the organisation. */
export const POST = apiHandler<Context>(async (request, context) => {
  const actor = await requireApiActor("cases.write");
  const id = routeIdOr404((await context.params).id);
  const input = labourClaimSchema.parse(await readJson(request));
  const created = await createLabourClaim(actor.scope, id, input);
  const claim = (await listLabourClaims(actor.scope, id))?.find((c) => c.id === created.id);
  if (!claim) throw new AppError("NOT_FOUND");
  return NextResponse.json(presentLabourClaim(claim), { status: 201 });
});
