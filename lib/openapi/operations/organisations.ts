import { component, listOf, type Operations } from "@/lib/api/operation";
import { invitationResponseSchema } from "@/lib/invitations/schema";
import { createdOrganisationResponseSchema } from "@/lib/orgs/api-schema";
import { createOrganisationSchema, listOrganisationsQuerySchema, organisationResponseSchema } from "@/lib/orgs/schema";

const Organisation = component("Organisation", organisationResponseSchema);
const Invitation = component("Invitation", invitationResponseSchema);

export const organisationOperations = {
  "GET /api/v1/organisations": {
    summary: "Organisations of the network (NETWORK_ADMIN)",
    query: listOrganisationsQuerySchema,
    answers: { 200: { description: "A page of organisations", body: listOf("OrganisationList", Organisation) } },
    errors: [400, 404],
  },
  "POST /api/v1/organisations": {
    summary:
      "Create an organisation and invite its first administrator (NETWORK_ADMIN); `adminInvitation.url` is their one-time link",
    body: component("CreateOrganisation", createOrganisationSchema),
    answers: {
      201: {
        description: "The new organisation, with its administrator's invitation",
        body: component("CreatedOrganisation", createdOrganisationResponseSchema, [Invitation]),
      },
    },
    errors: [400, 404, 409],
  },
} satisfies Operations;
