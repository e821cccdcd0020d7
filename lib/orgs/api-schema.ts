// What POST /api/v1/organisations answers: the organisation and its first administrator's invitation.
import type { z } from "zod";
import { invitationResponseSchema } from "@/lib/invitations/schema";
import { organisationResponseSchema } from "./schema";

export const createdOrganisationResponseSchema = organisationResponseSchema.extend({
  adminInvitation: invitationResponseSchema,
});
export type CreatedOrganisationResponse = z.infer<typeof createdOrganisationResponseSchema>;
