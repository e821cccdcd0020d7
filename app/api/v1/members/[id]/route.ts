import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, readJson } from "@/lib/api/handler";
import { AppError } from "@/lib/errors";
import { getMember } from "@/lib/users/data";
import { changeMemberRole, setMemberActive } from "@/lib/users/mutations";
import { presentMember } from "@/lib/users/present";
import { updateMemberSchema } from "@/lib/users/schema";
import { routeIdOr404 } from "@/lib/http/route-id";

type Context = { params: Promise<{ id: string }> };

async function memberId(context: Context) {
  return routeIdOr404((await context.params).id);
}

export const GET = apiHandler<Context>(async (_request, context) => {
  const actor = await requireApiActor("org.members.manage");
  const member = await getMember(actor.scope, await memberId(context));
  if (!member) throw new AppError("NOT_FOUND");
  return NextResponse.json(presentMember(member));
});

export const PATCH = apiHandler<Context>(async (request, context) => {
  const actor = await requireApiActor("org.members.manage");
  const id = await memberId(context);
  const input = updateMemberSchema.parse(await readJson(request));
  let version = input.version;
  if (input.role !== undefined) {
    await changeMemberRole(actor.scope, id, { role: input.role, version });
    version += 1;
  }
  if (input.active !== undefined) await setMemberActive(actor.scope, id, { active: input.active, version });
  const member = await getMember(actor.scope, id);
  if (!member) throw new AppError("NOT_FOUND");
  return NextResponse.json(presentMember(member));
});
