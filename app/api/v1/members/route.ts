import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, listResponse, readJson } from "@/lib/api/handler";
import { searchParamsObject } from "@/lib/list-query";
import { getMember, listMembers } from "@/lib/users/data";
import { createMember } from "@/lib/users/mutations";
import { presentMember } from "@/lib/users/present";
import { createMemberSchema, listMembersQuerySchema } from "@/lib/users/schema";
import { AppError } from "@/lib/errors";

// Members of the caller's organisation (ORG_ADMIN). The organisation always comes from the
// caller's scope, never from the request.
export const GET = apiHandler(async (request) => {
  const actor = await requireApiActor("org.members.manage");
  const query = listMembersQuerySchema.parse(searchParamsObject(request.url));
  const { items, nextCursor } = await listMembers(actor.scope, query);
  return listResponse(items.map(presentMember), nextCursor);
});

export const POST = apiHandler(async (request) => {
  const actor = await requireApiActor("org.members.manage");
  const input = createMemberSchema.parse(await readJson(request));
  const { id } = await createMember(actor.scope, input);
  const member = await getMember(actor.scope, id);
  if (!member) throw new AppError("NOT_FOUND");
  return NextResponse.json(presentMember(member), { status: 201 });
});
