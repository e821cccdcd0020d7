// What POST /api/v1/organisations answers: the organisation and its first administrator's invitation.
import { z } from "zod/mini";
import { invitationResponseSchema } from "@/lib/invitations/schema";
import { organisationResponseSchema } from "./schema";

export const createdOrganisationResponseSchema = z.extend(organisationResponseSchema, {
  adminInvitation: invitationResponseSchema,
});
export type CreatedOrganisationResponse = z.infer<typeof createdOrganisationResponseSchema>;
