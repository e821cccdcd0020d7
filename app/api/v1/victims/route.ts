import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, listResponse, readJson } from "@/lib/api/handler";
import { searchParamsObject } from "@/lib/list-query";
import { getVictimRecord, listVictims } from "@/lib/victims/data";
import { registerVictim } from "@/lib/victims/mutations";
import { readBackAfterCreate } from "@/lib/api/read-back";
import { presentVictim, presentVictimListItem } from "@/lib/victims/present";
import { listVictimsQuerySchema, registerVictimSchema } from "@/lib/victims/schema";

// Records the caller may see; `q` searches names in any script and spelling (best matches first).
export const GET = apiHandler(async (request) => {
  const actor = await requireApiActor();
  const query = listVictimsQuerySchema.parse(searchParamsObject(request.url));
  const { items, nextCursor } = await listVictims(actor.scope, query);
  return listResponse(items.map(presentVictimListItem), nextCursor);
});

export const POST = apiHandler(async (request) => {
  const actor = await requireApiActor();
  const input = registerVictimSchema.parse(await readJson(request));
  const { id } = await registerVictim(actor.scope, input);
  // Stored: from here on the answer is 201, with the record or (an operator who may register but
  // not read, a database that refuses the read's audit event) the id alone.
  const found = await readBackAfterCreate(() => getVictimRecord(actor.scope, id));
  if (!found) return NextResponse.json({ id }, { status: 201 });
  return NextResponse.json(presentVictim(found.record, found.shared), { status: 201 });
});
