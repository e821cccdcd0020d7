import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { routeIdOr404 } from "@/lib/http/route-id";
import { listDocuments } from "@/lib/documents/data";
import { addRecoveryStep } from "@/lib/documents/mutations";
import { presentDocument } from "@/lib/documents/present";
import { recoveryStepSchema } from "@/lib/documents/schema";

type Context = { params: Promise<{ id: string; documentId: string }> };

/** Records a step taken to get the document back or replaced; answers the document with its steps. */
export const POST = apiHandler<Context>(async (request, context) => {
  const actor = await requireApiActor("cases.write");
  const params = await context.params;
  const victimId = routeIdOr404(params.id);
  const documentId = routeIdOr404(params.documentId);
  const input = recoveryStepSchema.parse(await readJson(request));
  // The document must be the URL's person's: checked before anything changes.
  await addRecoveryStep(actor.scope, documentId, input, victimId);
  const document = (await listDocuments(actor.scope, victimId))?.find((d) => d.id === documentId);
  if (!document) throw new AppError("NOT_FOUND");
  return NextResponse.json(presentDocument(document), { status: 201 });
});
