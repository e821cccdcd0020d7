import { z } from "zod";
import { component, idParams, type Operations } from "@/lib/api/operation";
import {
  recordFollowUpApiSchema,
  reintegrationAssistanceCreatedResponseSchema,
  reintegrationAssistanceResponseSchema,
  reintegrationFlagsResponseSchema,
  reintegrationFollowUpCreatedResponseSchema,
  reintegrationResponseSchema,
} from "@/lib/reintegration/api-schema";
import { assistanceSchema, flagsSchema, updateAssistanceSchema } from "@/lib/reintegration/schema";

export const reintegrationOperations = {
  "GET /api/v1/repatriations/{id}/reintegration": {
    summary:
      "A case's reintegration after the return: the plan's items, the follow-ups with their scores (the survey's answers only where the caller sees the person), and what became of the person; reading is audited",
    params: idParams,
    answers: {
      200: { description: "The reintegration", body: component("Reintegration", reintegrationResponseSchema) },
    },
    errors: [404],
  },
  "POST /api/v1/repatriations/{id}/reintegration/assistance": {
    summary:
      "Add an item to the person's reintegration plan (a micro-grant with its amount and currency, training, housing…): the home side, while the person is home (HANDED_OVER, REINTEGRATION); 422 with the reason when refused",
    params: idParams,
    body: component("CreateReintegrationAssistance", assistanceSchema),
    answers: {
      201: {
        description: "The new item's id",
        body: component("ReintegrationAssistanceCreated", reintegrationAssistanceCreatedResponseSchema),
      },
    },
    errors: [400, 404, 422],
  },
  "PATCH /api/v1/repatriations/{id}/reintegration/assistance/{assistanceId}": {
    summary: "Change an item of the plan read at `version` (its status as it goes); 409 if it changed since",
    params: z.object({ id: z.uuid(), assistanceId: z.uuid() }),
    body: component("UpdateReintegrationAssistance", updateAssistanceSchema),
    answers: {
      200: {
        description: "The item",
        body: component("ReintegrationAssistance", reintegrationAssistanceResponseSchema),
      },
    },
    errors: [400, 404, 409, 422],
  },
  "POST /api/v1/repatriations/{id}/reintegration/follow-ups": {
    summary:
      "Record a follow-up's survey (an answer to every question) on its open follow-up task (`taskId`), which it completes; the scores are computed on the server from the documented weights and the answers are encrypted; only in REINTEGRATION",
    params: idParams,
    body: component("RecordReintegrationFollowUp", recordFollowUpApiSchema),
    answers: {
      201: {
        description: "The follow-up's month and scores",
        body: component("ReintegrationFollowUpCreated", reintegrationFollowUpCreatedResponseSchema),
      },
    },
    errors: [400, 404, 422],
  },
  "PATCH /api/v1/repatriations/{id}/reintegration/flags": {
    summary:
      "Record what became of the person at the case's `version`: migrated again, trafficked again (with the organisation's own new situation), out of contact; a day sent empty clears it; also on a closed case; 409 if the case changed since",
    params: idParams,
    body: component("SetReintegrationFlags", flagsSchema),
    answers: {
      200: {
        description: "The flags and the case's new version",
        body: component("ReintegrationFlags", reintegrationFlagsResponseSchema),
      },
    },
    errors: [400, 404, 409, 422],
  },
} satisfies Operations;
