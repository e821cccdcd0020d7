import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, listResponse, readJson } from "@/lib/api/handler";
import { searchParamsObject } from "@/lib/list-query";
import { listRepatriations } from "@/lib/repatriations/data";
import { createRepatriation } from "@/lib/repatriations/mutations";
import { createRepatriationSchema } from "@/lib/repatriations/schema";
import { listRepatriationsApiQuerySchema, type RepatriationCreatedResponse } from "@/lib/repatriations/api-schema";
import { presentRepatriationListItem } from "@/lib/repatriations/present";

/** The organisation's repatriation cases, on either side; filters `status`, `pair` (`KZ-UZ`), `open=1`; keyset `cursor`. */
export const GET = apiHandler(async (request) => {
  const actor = await requireApiActor("repatriations.read");
  const query = listRepatriationsApiQuerySchema.parse(searchParamsObject(request.url));
  const { items, nextCursor } = await listRepatriations(actor.scope, query);
  return listResponse(items.map(presentRepatriationListItem), nextCursor);
});

/** The sending side's COORDINATOR prepares a case (status DRAFT). */
export const POST = apiHandler(async (request) => {
  const actor = await requireApiActor("repatriations.alone.move");
  const input = createRepatriationSchema.parse(await readJson(request));
  const { id } = await createRepatriation(actor.scope, input);
  return NextResponse.json({ id, status: "DRAFT" } satisfies RepatriationCreatedResponse, { status: 201 });
});
