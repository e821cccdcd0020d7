import type { InvitationResponse } from "./schema";
import { invitationPath } from "./schema";
import type { IssuedInvitation } from "./mutations";

/** The API's answer to a new invitation: the link, absolute, from the request's own origin. */
export function presentInvitation(invitation: IssuedInvitation, requestUrl: string): InvitationResponse {
  return {
    id: invitation.id,
    email: invitation.email,
    name: invitation.name,
    role: invitation.role,
    expiresAt: invitation.expiresAt.toISOString(),
    url: new URL(invitationPath(invitation.token), requestUrl).href,
  };
}
