import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { checkDuplicates } from "@/lib/victims/data";
import { presentDuplicateCheck } from "@/lib/victims/present";
import { duplicateCheckSchema } from "@/lib/victims/schema";

/** Possible matches across the network; another organisation's match is named, never shown. */
export const POST = apiHandler(async (request) => {
  const actor = await requireApiActor();
  const input = duplicateCheckSchema.parse(await readJson(request));
  return NextResponse.json(presentDuplicateCheck(await checkDuplicates(actor.scope, input)));
});
