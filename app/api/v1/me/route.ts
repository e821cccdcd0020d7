import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler } from "@/lib/api/handler";
import { presentMe } from "@/lib/users/present";

export const GET = apiHandler(async () => {
  const actor = await requireApiActor();
  return NextResponse.json(presentMe(actor));
});
