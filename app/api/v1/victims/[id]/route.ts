import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { getVictimRecord } from "@/lib/victims/data";
import { updateVictim } from "@/lib/victims/mutations";
import { presentVictim } from "@/lib/victims/present";
import { updateVictimSchema } from "@/lib/victims/schema";
import { routeIdOr404 } from "@/lib/http/route-id";

type Context = { params: Promise<{ id: string }> };

async function victimId(context: Context) {
  return routeIdOr404((await context.params).id);
}

export const GET = apiHandler<Context>(async (_request, context) => {
  const actor = await requireApiActor();
  const found = await getVictimRecord(actor.scope, await victimId(context));
  if (!found) throw new AppError("NOT_FOUND");
  return NextResponse.json(presentVictim(found.record, found.shared));
});

/** Fields sent replace the stored ones (the rest stay); `version` must be the version last read. */
export const PATCH = apiHandler<Context>(async (request, context) => {
  const actor = await requireApiActor("cases.write");
  const id = await victimId(context);
  const found = await getVictimRecord(actor.scope, id);
  if (!found || found.shared) throw new AppError("NOT_FOUND");
  const current = presentVictim(found.record, false);
  const body = await readJson(request);
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw new AppError("INVALID", "errors.invalid");
  const merged = { ...current, assignedToId: current.assignedTo?.id, ...body };
  const input = updateVictimSchema.parse(merged);
  await updateVictim(actor.scope, id, input);
  const updated = await getVictimRecord(actor.scope, id);
  if (!updated) throw new AppError("NOT_FOUND");
  return NextResponse.json(presentVictim(updated.record, false));
});
