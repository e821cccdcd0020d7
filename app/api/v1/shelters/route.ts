import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, listResponse, readJson } from "@/lib/api/handler";
import { listShelters } from "@/lib/shelters/data";
import { createShelter } from "@/lib/shelters/mutations";
import { presentShelterListItem } from "@/lib/shelters/present";
import { createShelterSchema } from "@/lib/shelters/schema";
import type { CreatedIdResponse } from "@/lib/shelters/api-schema";

/** The caller's organisation's shelters (assigned ones for SHELTER_STAFF) with bed counts. */
export const GET = apiHandler(async () => {
  const actor = await requireApiActor("shelters.residents.read");
  return listResponse((await listShelters(actor.scope)).map(presentShelterListItem), null);
});

export const POST = apiHandler(async (request) => {
  const actor = await requireApiActor("shelters.manage");
  const input = createShelterSchema.parse(await readJson(request));
  const { id } = await createShelter(actor.scope, input);
  return NextResponse.json({ id } satisfies CreatedIdResponse, { status: 201 });
});
