import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { routeIdOr404 } from "@/lib/http/route-id";
import { getSituation } from "@/lib/situations/data";
import { presentSituation } from "@/lib/situations/present";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler<Context>(async (_request, context) => {
  const actor = await requireApiActor();
  const situation = await getSituation(actor.scope, routeIdOr404((await context.params).id));
  if (!situation) throw new AppError("NOT_FOUND");
  return NextResponse.json(presentSituation(situation));
});
