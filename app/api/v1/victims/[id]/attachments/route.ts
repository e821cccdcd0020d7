import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { routeIdOr404 } from "@/lib/http/route-id";
import { listPersonAttachments } from "@/lib/attachments/data";
import { presentAttachment } from "@/lib/attachments/present";

type Context = { params: Promise<{ id: string }> };

/** The files about a person (names, types, sizes, what each is attached to), newest first. */
export const GET = apiHandler<Context>(async (_request, context) => {
  const actor = await requireApiActor();
  const files = await listPersonAttachments(actor.scope, routeIdOr404((await context.params).id));
  if (!files) throw new AppError("NOT_FOUND");
  return NextResponse.json({ items: files.map(presentAttachment) });
});
