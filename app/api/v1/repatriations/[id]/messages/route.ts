import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, listResponse, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { listMessages } from "@/lib/repatriations/data";
import { postMessage } from "@/lib/repatriations/mutations";
import { messageSchema } from "@/lib/repatriations/schema";
import type { RepatriationMessageCreatedResponse } from "@/lib/repatriations/api-schema";
import { presentRepatriationMessage } from "@/lib/repatriations/present";
import { routeIdOr404 } from "@/lib/http/route-id";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler<Context>(async (_request, context) => {
  const actor = await requireApiActor("repatriations.read");
  const messages = await listMessages(actor.scope, routeIdOr404((await context.params).id));
  if (!messages) throw new AppError("NOT_FOUND");
  return listResponse(messages.map(presentRepatriationMessage), null);
});

export const POST = apiHandler<Context>(async (request, context) => {
  const actor = await requireApiActor("repatriations.read");
  const id = routeIdOr404((await context.params).id);
  const message = await postMessage(actor.scope, id, messageSchema.parse(await readJson(request)));
  return NextResponse.json(
    { id: message.id, createdAt: message.createdAt.toISOString() } satisfies RepatriationMessageCreatedResponse,
    { status: 201 },
  );
});
