import { component, idParams, listOf, type Operations } from "@/lib/api/operation";
import { invitationResponseSchema } from "@/lib/invitations/schema";
import {
  createMemberSchema,
  listMembersQuerySchema,
  memberResponseSchema,
  updateMemberSchema,
} from "@/lib/users/schema";

const Member = component("Member", memberResponseSchema);
const Invitation = component("Invitation", invitationResponseSchema);

export const memberOperations = {
  "GET /api/v1/members": {
    summary: "Members of the caller's organisation (ORG_ADMIN)",
    query: listMembersQuerySchema,
    answers: { 200: { description: "A page of members", body: listOf("MemberList", Member) } },
    errors: [400, 404],
  },
  "POST /api/v1/members": {
    summary: "Invite someone to the caller's organisation with a role (ORG_ADMIN)",
    description:
      "No password is chosen: the answer's `url` is a one-time link (shown only now, valid until `expiresAt`) where the invitee sets " +
      "their own, or confirms an account they already have. The answer is the same whether or not the email has an account in another " +
      "organisation; 409 only when it belongs to a member of the caller's own organisation.",
    body: component("CreateMember", createMemberSchema),
    answers: { 201: { description: "The invitation, with its one-time link", body: Invitation } },
    errors: [400, 404, 409],
  },
  "GET /api/v1/members/{id}": {
    summary: "One member (ORG_ADMIN); the read is audited",
    params: idParams,
    answers: { 200: { description: "The member", body: Member } },
    errors: [404],
  },
  "PATCH /api/v1/members/{id}": {
    summary: "Change a member's role or deactivate them (ORG_ADMIN); `version` guards against lost updates",
    params: idParams,
    body: component("UpdateMember", updateMemberSchema),
    answers: { 200: { description: "The member after the change", body: Member } },
    errors: [400, 404, 409, 422],
  },
} satisfies Operations;
