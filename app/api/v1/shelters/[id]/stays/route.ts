import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { admitToShelter } from "@/lib/shelters/mutations";
import { admitSchema } from "@/lib/shelters/schema";

/** Admits a person: 409 when the shelter is full, the bed is taken or the person is in a shelter. */
export const POST = apiHandler<{ params: Promise<{ id: string }> }>(async (request, context) => {
  const actor = await requireApiActor("shelters.stays.write");
  const id = z.uuid().safeParse((await context.params).id);
  if (!id.success) throw new AppError("NOT_FOUND");
  const input = admitSchema.parse(await readJson(request));
  const stay = await admitToShelter(actor.scope, id.data, input);
  return NextResponse.json({ id: stay.id }, { status: 201 });
});
