import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, listParamsSchema, listResponse, readJson } from "@/lib/api/handler";
import { searchParamsObject } from "@/lib/list-query";
import { listRepatriations } from "@/lib/repatriations/data";
import { createRepatriation } from "@/lib/repatriations/mutations";
import { createRepatriationSchema, listRepatriationsQuerySchema } from "@/lib/repatriations/schema";

/** The organisation's repatriation cases, on either side; filters `status`, `pair` (`KZ-UZ`), `open=1`; keyset `cursor`. */
export const GET = apiHandler(async (request) => {
  const actor = await requireApiActor("cases.read.all");
  const params = searchParamsObject(request.url);
  const query = listRepatriationsQuerySchema.extend(listParamsSchema.shape).parse(params);
  const { items, nextCursor } = await listRepatriations(actor.scope, query);
  return listResponse(items.map((r) => ({ ...r, statusChangedAt: r.statusChangedAt.toISOString() })), nextCursor);
});

/** The sending side's COORDINATOR prepares a case (status DRAFT). */
export const POST = apiHandler(async (request) => {
  const actor = await requireApiActor("repatriations.move");
  const input = createRepatriationSchema.parse(await readJson(request));
  const { id } = await createRepatriation(actor.scope, input);
  return NextResponse.json({ id, status: "DRAFT" }, { status: 201 });
});
