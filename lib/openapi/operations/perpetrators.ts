import { component, idParams, listOf, type Operations } from "@/lib/api/operation";
import {
  perpetratorListItemResponseSchema,
  perpetratorMatchResponseSchema,
  perpetratorResponseSchema,
} from "@/lib/perpetrators/api-schema";
import {
  createPerpetratorSchema,
  linkPerpetratorSchema,
  listPerpetratorsQuerySchema,
  perpetratorMatchSchema,
} from "@/lib/perpetrators/schema";
import { situationLinkResponseSchema } from "@/lib/situations/api-schema";

const Perpetrator = component("Perpetrator", perpetratorResponseSchema);

export const perpetratorOperations = {
  "GET /api/v1/perpetrators": {
    summary:
      "Perpetrator records the caller may see, newest first: coordinators and administrators all of the organisation's, case workers those of their situations, hotline operators their own",
    query: listPerpetratorsQuerySchema,
    answers: {
      200: {
        description: "A page of records",
        body: listOf("PerpetratorList", component("PerpetratorListItem", perpetratorListItemResponseSchema)),
      },
    },
    errors: [400],
  },
  "POST /api/v1/perpetrators": {
    summary:
      "Record a person or organisation that recruited, moved or exploited people; names, identifiers and notes are encrypted",
    body: component("CreatePerpetrator", createPerpetratorSchema),
    answers: { 201: { description: "The new record", body: Perpetrator } },
    errors: [400, 404],
  },
  "GET /api/v1/perpetrators/{id}": {
    summary: "One record with its identifiers and situations; the read is audited",
    params: idParams,
    answers: { 200: { description: "The record", body: Perpetrator } },
    errors: [404],
  },
  "POST /api/v1/perpetrators/match": {
    summary:
      "Seen before? The organisation's own records matching a name (any script, any order) or an identifier (exact), and how many other organisations recorded a match",
    description: "60 lookups per person per hour, each audited without the words looked up.",
    body: component("PerpetratorMatch", perpetratorMatchSchema),
    answers: {
      200: { description: "The matches", body: component("PerpetratorMatchResult", perpetratorMatchResponseSchema) },
    },
    errors: [400, 404, 429],
  },
  "POST /api/v1/situations/{id}/perpetrators": {
    summary: "Link a perpetrator record the caller sees to the situation, with the part it played there",
    params: idParams,
    body: component("LinkSituationPerpetrator", linkPerpetratorSchema),
    answers: {
      200: { description: "Whether it was linked now", body: component("SituationLink", situationLinkResponseSchema) },
    },
    errors: [400, 404],
  },
} satisfies Operations;
