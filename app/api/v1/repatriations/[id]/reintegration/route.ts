import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { getRepatriation } from "@/lib/repatriations/data";
import { getReintegration } from "@/lib/reintegration/data";
import { presentReintegration } from "@/lib/reintegration/present";
import { routeIdOr404 } from "@/lib/http/route-id";

/** The case's plan, follow-ups with their scores and flags (404 for others); the survey's answers only where the caller sees the person. */
export const GET = apiHandler<{ params: Promise<{ id: string }> }>(async (_request, context) => {
  const actor = await requireApiActor("repatriations.read");
  const id = routeIdOr404((await context.params).id);
  // The case's own read decides (and audits) whether the caller sees the person now.
  const found = await getRepatriation(actor.scope, id);
  if (!found) throw new AppError("NOT_FOUND");
  const reintegration = await getReintegration(actor.scope, id, found.person !== null);
  if (!reintegration) throw new AppError("NOT_FOUND");
  return NextResponse.json(presentReintegration(reintegration));
});
