import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, listResponse, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { searchParamsObject } from "@/lib/list-query";
import { listHotlineCalls } from "@/lib/hotline/data";
import { createHotlineCallAndRead } from "@/lib/hotline/mutations";
import { presentCall, presentCallListItem } from "@/lib/hotline/present";
import { apiCreateHotlineCallSchema, listHotlineCallsQuerySchema } from "@/lib/hotline/schema";
import { organisationCountry } from "@/lib/orgs/countries";

// The organisation's calls, newest first, with the list's filters as query parameters.
export const GET = apiHandler(async (request) => {
  // The same permission as the hotline pages: other roles get 404, not an empty list.
  const actor = await requireApiActor("hotline.calls.read");
  const query = listHotlineCallsQuerySchema.parse(searchParamsObject(request.url));
  const { items, nextCursor } = await listHotlineCalls(actor.scope, query, actor.timeZone);
  return listResponse(items.map(presentCallListItem), nextCursor);
});

// A telephony system (or an integration) creates a call, e.g. at the end of the call with
// `status: "INCOMPLETE"`; the operator completes it in Tumar.
export const POST = apiHandler(async (request) => {
  const actor = await requireApiActor("hotline.calls.log");
  const input = apiCreateHotlineCallSchema.parse(await readJson(request));
  const call = await createHotlineCallAndRead(actor.scope, input, {
    source: "api",
    defaultCountry: organisationCountry(actor),
  });
  if (!call) throw new AppError("NOT_FOUND");
  return NextResponse.json(presentCall(call), { status: 201 });
});
