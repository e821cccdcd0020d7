import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { withdrawPlacement } from "@/lib/shelters/mutations";

/** The requesting organisation withdraws its request: the held bed is released, the grant ends. */
export const POST = apiHandler<{ params: Promise<{ id: string }> }>(async (_request, context) => {
  const actor = await requireApiActor("cases.referral.send");
  const id = z.uuid().safeParse((await context.params).id);
  if (!id.success) throw new AppError("NOT_FOUND");
  await withdrawPlacement(actor.scope, id.data);
  return NextResponse.json({ id: id.data, status: "CANCELLED" });
});
