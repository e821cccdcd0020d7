import { component, idParams, listOf, type Operations } from "@/lib/api/operation";
import {
  apiCreateHotlineCallSchema,
  hotlineCallListItemSchema,
  hotlineCallResponseSchema,
  listHotlineCallsQuerySchema,
  patchHotlineCallSchema,
} from "@/lib/hotline/schema";

const HotlineCall = component("HotlineCall", hotlineCallResponseSchema);

export const hotlineCallOperations = {
  "GET /api/v1/hotline-calls": {
    summary: "Hotline calls the caller may see, newest first (no phone numbers or summaries in lists)",
    query: listHotlineCallsQuerySchema,
    answers: {
      200: {
        description: "A page of calls",
        body: listOf("HotlineCallList", component("HotlineCallListItem", hotlineCallListItemSchema)),
      },
    },
    errors: [400, 404],
  },
  "POST /api/v1/hotline-calls": {
    summary:
      "Log a call (HOTLINE_OPERATOR, COORDINATOR); `status: INCOMPLETE` lets a telephony system create a call for the operator to complete",
    body: component("CreateHotlineCall", apiCreateHotlineCallSchema),
    answers: { 201: { description: "The new call", body: HotlineCall } },
    errors: [400, 404],
  },
  "GET /api/v1/hotline-calls/{id}": {
    summary: "One call; the read is audited. `callerPhone` is null outside the organisation that took the call",
    params: idParams,
    answers: { 200: { description: "The call", body: HotlineCall } },
    errors: [404],
  },
  "PATCH /api/v1/hotline-calls/{id}": {
    summary: "Change or complete a call (fields not sent stay as stored), or void it with `voidReason`",
    description:
      '`version` must be the version last read. Moving `receivedAt` to more than a day ago needs `"confirmUnusualTime": true`.',
    params: idParams,
    body: component("PatchHotlineCall", patchHotlineCallSchema),
    answers: { 200: { description: "The call after the change", body: HotlineCall } },
    errors: [400, 404, 409, 422],
  },
} satisfies Operations;
