import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { createReferral } from "@/lib/referrals/mutations";
import { listReferralsOfVictim } from "@/lib/referrals/data";
import { presentReferral } from "@/lib/referrals/present";
import { createReferralSchema } from "@/lib/referrals/schema";
import { routeIdOr404 } from "@/lib/http/route-id";

type Context = { params: Promise<{ id: string }> };

/** Refers the person to another organisation (COORDINATOR; needs the person's sharing consent). */
export const POST = apiHandler<Context>(async (request, context) => {
  const actor = await requireApiActor("cases.referral.send");
  const id = routeIdOr404((await context.params).id);
  const input = createReferralSchema.parse(await readJson(request));
  const referral = await createReferral(actor.scope, id, input);
  const all = await listReferralsOfVictim(actor.scope, id);
  const created = all.find((r) => r.id === referral.id);
  return NextResponse.json(created && presentReferral(created), { status: 201 });
});
