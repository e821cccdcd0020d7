import { z } from "zod";
import { component, idParams, type Operations } from "@/lib/api/operation";
import { proceedingListResponseSchema, proceedingResponseSchema } from "@/lib/proceedings/api-schema";
import { hearingSchema, proceedingSchema, updateHearingSchema, updateProceedingSchema } from "@/lib/proceedings/schema";

const LegalProceeding = component("LegalProceeding", proceedingResponseSchema);
const proceedingParams = z.object({ id: z.uuid(), proceedingId: z.uuid() });
const hearingParams = proceedingParams.extend({ hearingId: z.uuid() });

export const proceedingOperations = {
  "GET /api/v1/victims/{id}/proceedings": {
    summary:
      "The criminal, administrative and civil cases the person is part of, with their hearings and the next one; a partner only where its grant names proceedings, and never the owner's links to situations and perpetrators; the read is audited",
    params: idParams,
    answers: {
      200: { description: "The cases", body: component("LegalProceedingList", proceedingListResponseSchema) },
    },
    errors: [404],
  },
  "POST /api/v1/victims/{id}/proceedings": {
    summary:
      "Record a case the person is part of (the person's organisation, on an open record), with the hearings already known; the case number, the lawyer and the notes are encrypted; links only to the organisation's own situations the person is in and its perpetrator records linked to the person",
    params: idParams,
    body: component("CreateLegalProceeding", proceedingSchema),
    answers: { 201: { description: "The case", body: LegalProceeding } },
    errors: [400, 404, 422],
  },
  "PATCH /api/v1/victims/{id}/proceedings/{proceedingId}": {
    summary:
      "Change a case read at `version` (its authority, the person's role, protection, compensation, outcome, links); 409 if it changed since",
    params: proceedingParams,
    body: component("UpdateLegalProceeding", updateProceedingSchema),
    answers: { 200: { description: "The case", body: LegalProceeding } },
    errors: [400, 404, 409, 422],
  },
  "POST /api/v1/victims/{id}/proceedings/{proceedingId}/hearings": {
    summary: "Record a hearing of the case: its date, the local time (HH:MM) where known, its status and a note",
    params: proceedingParams,
    body: component("ProceedingHearing", hearingSchema),
    answers: { 201: { description: "The case with its hearings", body: LegalProceeding } },
    errors: [400, 404, 422],
  },
  "PATCH /api/v1/victims/{id}/proceedings/{proceedingId}/hearings/{hearingId}": {
    summary:
      "Change a hearing read at `version` (postponed to a new date, held, cancelled); its reminder moves with a scheduled date and goes once it is not scheduled; 409 if it changed since",
    params: hearingParams,
    body: component("UpdateProceedingHearing", updateHearingSchema),
    answers: { 200: { description: "The case with its hearings", body: LegalProceeding } },
    errors: [400, 404, 409, 422],
  },
} satisfies Operations;
