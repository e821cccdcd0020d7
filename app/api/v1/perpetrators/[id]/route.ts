import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { routeIdOr404 } from "@/lib/http/route-id";
import { getPerpetrator } from "@/lib/perpetrators/data";
import { presentPerpetrator } from "@/lib/perpetrators/present";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler<Context>(async (_request, context) => {
  const actor = await requireApiActor();
  const perpetrator = await getPerpetrator(actor.scope, routeIdOr404((await context.params).id));
  if (!perpetrator) throw new AppError("NOT_FOUND");
  return NextResponse.json(presentPerpetrator(perpetrator));
});
