import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { matchPerpetrators } from "@/lib/perpetrators/data";
import { presentPerpetratorMatch } from "@/lib/perpetrators/present";
import { perpetratorMatchSchema } from "@/lib/perpetrators/schema";

/** "Seen before?": own matching records, and how many other organisations recorded a match. */
export const POST = apiHandler(async (request) => {
  const actor = await requireApiActor("perpetrators.write");
  const input = perpetratorMatchSchema.parse(await readJson(request));
  return NextResponse.json(presentPerpetratorMatch(await matchPerpetrators(actor.scope, input)));
});
