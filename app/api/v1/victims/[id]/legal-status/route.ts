import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { routeIdOr404 } from "@/lib/http/route-id";
import { listLegalStatuses, saveLegalStatus } from "@/lib/documents/legal-status";
import { presentLegalStatus } from "@/lib/documents/present";
import { legalStatusSchema } from "@/lib/documents/schema";
import { localDay } from "@/lib/time/zoned";
import type { Scope } from "@/lib/roles/scope";

type Context = { params: Promise<{ id: string }> };

async function answer(scope: Scope, victimId: string) {
  const statuses = await listLegalStatuses(scope, victimId);
  if (!statuses) throw new AppError("NOT_FOUND");
  // "Due" and "overdue" are counted from today in the organisation's time zone.
  const today = localDay(new Date(), scope.timeZone ?? "UTC");
  return { items: statuses.map((s) => presentLegalStatus(s, today)) };
}

/** The person's legal status in each country recorded (a partner: only where its grant names it). */
export const GET = apiHandler<Context>(async (_request, context) => {
  const actor = await requireApiActor();
  return NextResponse.json(await answer(actor.scope, routeIdOr404((await context.params).id)));
});

/** Records or changes the person's legal status in one country (409 if changed since `version`). */
export const POST = apiHandler<Context>(async (request, context) => {
  const actor = await requireApiActor("cases.write");
  const id = routeIdOr404((await context.params).id);
  const input = legalStatusSchema.parse(await readJson(request));
  await saveLegalStatus(actor.scope, id, input);
  return NextResponse.json(await answer(actor.scope, id));
});
