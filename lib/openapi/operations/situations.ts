import { z } from "zod";
import { component, idParams, listOf, type Operations } from "@/lib/api/operation";
import {
  situationLinkResponseSchema,
  situationListItemResponseSchema,
  situationResponseSchema,
} from "@/lib/situations/api-schema";
import {
  createSituationSchema,
  linkCallSchema,
  linkPersonSchema,
  listSituationsQuerySchema,
  situationNoteSchema,
} from "@/lib/situations/schema";

const Situation = component("Situation", situationResponseSchema);
const Linked = component("SituationLink", situationLinkResponseSchema);

export const situationOperations = {
  "GET /api/v1/situations": {
    summary:
      "Situations the caller may see, newest first: the organisation's coordinators and administrators see all, case workers and hotline operators their own",
    query: listSituationsQuerySchema,
    answers: {
      200: {
        description: "A page of situations",
        body: listOf("SituationList", component("SituationListItem", situationListItemResponseSchema)),
      },
    },
    errors: [400],
  },
  "POST /api/v1/situations": {
    summary: "Record a situation: where, what, when, how many; place and summary are encrypted",
    body: component("CreateSituation", createSituationSchema),
    answers: { 201: { description: "The new situation", body: Situation } },
    errors: [400, 404],
  },
  "GET /api/v1/situations/{id}": {
    summary:
      "One situation with its timeline, its people as the visibility rule shows them, the calls the caller may read, and the group's figures; the read is audited",
    params: idParams,
    answers: { 200: { description: "The situation", body: Situation } },
    errors: [404],
  },
  "POST /api/v1/situations/{id}/people": {
    summary: "Link a person of the caller's organisation (one the caller may see); linking twice changes nothing",
    params: idParams,
    body: component("LinkSituationPerson", linkPersonSchema),
    answers: { 200: { description: "Whether it was linked now", body: Linked } },
    errors: [400, 404],
  },
  "POST /api/v1/situations/{id}/calls": {
    summary: "Link a call of the caller's organisation (one the caller may read); linking twice changes nothing",
    params: idParams,
    body: component("LinkSituationCall", linkCallSchema),
    answers: { 200: { description: "Whether it was linked now", body: Linked } },
    errors: [400, 404],
  },
  "POST /api/v1/situations/{id}/notes": {
    summary: "Add a note to the situation's timeline (encrypted)",
    params: idParams,
    body: component("SituationNote", situationNoteSchema),
    answers: { 201: { description: "The note's id", body: component("CreatedNote", z.object({ id: z.uuid() })) } },
    errors: [400, 404],
  },
} satisfies Operations;
