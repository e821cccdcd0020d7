import { component, idParams, listOf, type Operations } from "@/lib/api/operation";
import {
  createdIdResponseSchema,
  placementAnsweredResponseSchema,
  placementRequestedResponseSchema,
  placementRequestsResponseSchema,
  placementWithdrawnResponseSchema,
  shelterAvailabilityResponseSchema,
  shelterBoardResponseSchema,
  shelterListItemResponseSchema,
  stayVersionResponseSchema,
} from "@/lib/shelters/api-schema";
import {
  admitSchema,
  answerPlacementSchema,
  availabilityQuerySchema,
  createShelterSchema,
  placementRequestSchema,
  updateStaySchema,
} from "@/lib/shelters/schema";

const CreatedId = component("CreatedId", createdIdResponseSchema);

export const shelterOperations = {
  "GET /api/v1/shelters": {
    summary: "The caller's shelters (assigned ones for SHELTER_STAFF) with beds occupied, held and free",
    answers: {
      200: {
        description: "All of them (`nextCursor` is null)",
        body: listOf("ShelterList", component("ShelterListItem", shelterListItemResponseSchema)),
      },
    },
    errors: [404],
  },
  "POST /api/v1/shelters": {
    summary: "Add a shelter (ORG_ADMIN, COORDINATOR); address and phone are stored encrypted",
    body: component("CreateShelter", createShelterSchema),
    answers: { 201: { description: "The new shelter's id", body: CreatedId } },
    errors: [400, 404],
  },
  "GET /api/v1/shelters/availability": {
    summary: "Free beds across the network by city, country, population and age; never an address or a resident",
    query: availabilityQuerySchema,
    answers: {
      200: {
        description: "The shelters that match (`nextCursor` is null)",
        body: listOf("ShelterAvailabilityList", component("ShelterAvailability", shelterAvailabilityResponseSchema)),
      },
    },
    errors: [400, 404],
  },
  "GET /api/v1/shelters/{id}": {
    summary: "The bed board of one of the caller's shelters; the read is audited",
    params: idParams,
    answers: {
      200: {
        description: "Shelter, counts and residents (care fields only for SHELTER_STAFF)",
        body: component("ShelterBoard", shelterBoardResponseSchema),
      },
    },
    errors: [404],
  },
  "POST /api/v1/shelters/{id}/stays": {
    summary: "Admit a person (409 when full, the bed is taken or the person is already in a shelter)",
    params: idParams,
    body: component("Admit", admitSchema),
    answers: { 201: { description: "The stay's id", body: CreatedId } },
    errors: [400, 404, 409, 422],
  },
  "PATCH /api/v1/shelter-stays/{id}": {
    summary: "Record a service or incident, move to another bed, or discharge; `version` must be the version last read",
    params: idParams,
    body: component("UpdateStay", updateStaySchema),
    answers: {
      200: { description: "The stay's new version", body: component("StayVersion", stayVersionResponseSchema) },
    },
    errors: [400, 404, 409, 422],
  },
  "GET /api/v1/placement-requests": {
    summary: "Requests to the caller's shelters (`incoming`) and from the caller's organisation (`outgoing`)",
    answers: {
      200: {
        description: "Both lists, newest first, at most 100 each",
        body: component("PlacementRequests", placementRequestsResponseSchema),
      },
    },
    errors: [404],
  },
  "POST /api/v1/placement-requests": {
    summary:
      "Ask a shelter for a bed for a person of the caller's organisation (the roles that may refer; the person's consent to share with the shelter's organisation)",
    body: component("PlacementRequest", placementRequestSchema),
    answers: {
      201: {
        description: "The request, pending",
        body: component("PlacementRequested", placementRequestedResponseSchema),
      },
    },
    errors: [400, 404, 422],
  },
  "POST /api/v1/placement-requests/{id}/answer": {
    summary: "Accept (holding a bed for `holdHours`) or decline with a reason (the shelter's staff)",
    params: idParams,
    body: component("AnswerPlacement", answerPlacementSchema),
    answers: {
      200: { description: "Answered", body: component("PlacementAnswered", placementAnsweredResponseSchema) },
    },
    errors: [400, 404, 409, 422],
  },
  "POST /api/v1/placement-requests/{id}/withdraw": {
    summary:
      "Withdraw a pending or accepted request (requesting organisation): the held bed is released and the shelter's access to the person ends",
    params: idParams,
    answers: {
      200: { description: "Withdrawn", body: component("PlacementWithdrawn", placementWithdrawnResponseSchema) },
    },
    errors: [404, 409],
  },
} satisfies Operations;
