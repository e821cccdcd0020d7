import { NextResponse } from "next/server";
import { requireApiActor } from "@/lib/auth/actor";
import { apiHandler, listResponse, readJson } from "@/lib/api/handler";
import { searchParamsObject } from "@/lib/list-query";
import { listMembers } from "@/lib/users/data";
import { createMember } from "@/lib/users/mutations";
import { presentMember } from "@/lib/users/present";
import { createMemberSchema, listMembersQuerySchema } from "@/lib/users/schema";
import { presentInvitation } from "@/lib/invitations/present";

// Members of the caller's organisation (ORG_ADMIN). The organisation always comes from the
// caller's scope, never from the request.
export const GET = apiHandler(async (request) => {
  const actor = await requireApiActor("org.members.manage");
  const query = listMembersQuerySchema.parse(searchParamsObject(request.url));
  const { items, nextCursor } = await listMembers(actor.scope, query);
  return listResponse(items.map(presentMember), nextCursor);
});

// A new member is invited: the answer is the invitation with its one-time link, the same
// for an address with an account in another organisation as for a new one.
export const POST = apiHandler(async (request) => {
  const actor = await requireApiActor("org.members.manage");
  const input = createMemberSchema.parse(await readJson(request));
  const invitation = await createMember(actor.scope, input);
  return NextResponse.json(presentInvitation(invitation, request.url), { status: 201 });
});
