import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { routeIdOr404 } from "@/lib/http/route-id";
import { listDocuments } from "@/lib/documents/data";
import { updateDocument } from "@/lib/documents/mutations";
import { presentDocument } from "@/lib/documents/present";
import { updateDocumentSchema } from "@/lib/documents/schema";

type Context = { params: Promise<{ id: string; documentId: string }> };

/** Changes a document read at `version` (409 if it changed since). */
export const PATCH = apiHandler<Context>(async (request, context) => {
  const actor = await requireApiActor("cases.write");
  const params = await context.params;
  const victimId = routeIdOr404(params.id);
  const documentId = routeIdOr404(params.documentId);
  const input = updateDocumentSchema.parse(await readJson(request));
  // The document must be the URL's person's: checked before anything changes.
  await updateDocument(actor.scope, documentId, input, victimId);
  const document = (await listDocuments(actor.scope, victimId))?.find((d) => d.id === documentId);
  if (!document) throw new AppError("NOT_FOUND");
  return NextResponse.json(presentDocument(document));
});
