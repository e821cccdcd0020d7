import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { updateStay } from "@/lib/shelters/mutations";
import { updateStaySchema } from "@/lib/shelters/schema";

/** Records a service or an incident, moves the resident, or discharges them. */
export const PATCH = apiHandler<{ params: Promise<{ id: string }> }>(async (request, context) => {
  const actor = await requireApiActor("shelters.stays.write");
  const id = z.uuid().safeParse((await context.params).id);
  if (!id.success) throw new AppError("NOT_FOUND");
  const input = updateStaySchema.parse(await readJson(request));
  return NextResponse.json(await updateStay(actor.scope, id.data, input));
});
