import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { routeIdOr404 } from "@/lib/http/route-id";
import { listDocuments } from "@/lib/documents/data";
import { createDocument } from "@/lib/documents/mutations";
import { presentDocument } from "@/lib/documents/present";
import { documentSchema } from "@/lib/documents/schema";

type Context = { params: Promise<{ id: string }> };

/** The person's documents with their recovery steps (a partner: only where its grant names "documents"). */
export const GET = apiHandler<Context>(async (_request, context) => {
  const actor = await requireApiActor();
  const documents = await listDocuments(actor.scope, routeIdOr404((await context.params).id));
  if (!documents) throw new AppError("NOT_FOUND");
  return NextResponse.json({ items: documents.map(presentDocument) });
});

/** Records a document of the person (the person's organisation, on an open record). */
export const POST = apiHandler<Context>(async (request, context) => {
  const actor = await requireApiActor("cases.write");
  const id = routeIdOr404((await context.params).id);
  const input = documentSchema.parse(await readJson(request));
  const created = await createDocument(actor.scope, id, input);
  const document = (await listDocuments(actor.scope, id))?.find((d) => d.id === created.id);
  if (!document) throw new AppError("NOT_FOUND");
  return NextResponse.json(presentDocument(document), { status: 201 });
});
