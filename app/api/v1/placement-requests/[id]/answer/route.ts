import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { answerPlacement } from "@/lib/shelters/mutations";
import { answerPlacementSchema } from "@/lib/shelters/schema";

/** The shelter's answer: ACCEPT (holding a bed for `holdHours`) or DECLINE with a reason. */
export const POST = apiHandler<{ params: Promise<{ id: string }> }>(async (request, context) => {
  const actor = await requireApiActor("shelters.stays.write");
  const id = z.uuid().safeParse((await context.params).id);
  if (!id.success) throw new AppError("NOT_FOUND");
  await answerPlacement(actor.scope, id.data, answerPlacementSchema.parse(await readJson(request)));
  return NextResponse.json({ id: id.data, answered: true });
});
