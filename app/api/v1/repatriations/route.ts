import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, listResponse, readJson } from "@/lib/api/handler";
import { listRepatriations } from "@/lib/repatriations/data";
import { createRepatriation } from "@/lib/repatriations/mutations";
import { createRepatriationSchema } from "@/lib/repatriations/schema";

/** The organisation's repatriation cases, on either side. */
export const GET = apiHandler(async () => {
  const actor = await requireApiActor("cases.read.all");
  const items = await listRepatriations(actor.scope);
  return listResponse(items.map((r) => ({ ...r, statusChangedAt: r.statusChangedAt.toISOString() })), null);
});

/** The sending side's COORDINATOR prepares a case (status DRAFT). */
export const POST = apiHandler(async (request) => {
  const actor = await requireApiActor("repatriations.request");
  const input = createRepatriationSchema.parse(await readJson(request));
  const { id } = await createRepatriation(actor.scope, input);
  return NextResponse.json({ id, status: "DRAFT" }, { status: 201 });
});
