import { NextResponse } from "next/server";
import { z } from "zod";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { createReferral } from "@/lib/referrals/mutations";
import { listReferralsOfVictim } from "@/lib/referrals/data";
import { createReferralSchema } from "@/lib/referrals/schema";

type Context = { params: Promise<{ id: string }> };

/** Refers the person to another organisation (COORDINATOR; needs the person's sharing consent). */
export const POST = apiHandler<Context>(async (request, context) => {
  const actor = await requireApiActor("cases.referral.send");
  const id = z.uuid().safeParse((await context.params).id);
  if (!id.success) throw new AppError("NOT_FOUND");
  const input = createReferralSchema.parse(await readJson(request));
  const referral = await createReferral(actor.scope, id.data, input);
  const all = await listReferralsOfVictim(actor.scope, id.data);
  const created = all.find((r) => r.id === referral.id);
  return NextResponse.json(
    created && {
      id: created.id,
      status: created.status,
      reason: created.reason,
      sharedFields: created.sharedFields,
      fromOrganisation: created.fromOrganisation,
      toOrganisation: created.toOrganisation,
      createdAt: created.createdAt.toISOString(),
    },
    { status: 201 },
  );
});
