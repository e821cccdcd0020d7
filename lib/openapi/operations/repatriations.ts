import { z } from "zod";
import { component, idParams, listOf, type Operations } from "@/lib/api/operation";
import {
  listRepatriationsApiQuerySchema,
  repatriationCreatedResponseSchema,
  repatriationListItemResponseSchema,
  repatriationMessageCreatedResponseSchema,
  repatriationMessageResponseSchema,
  repatriationResponseSchema,
  repatriationStatusResponseSchema,
  repatriationTaskCreatedResponseSchema,
  repatriationTaskDoneResponseSchema,
  repatriationTaskResponseSchema,
} from "@/lib/repatriations/api-schema";
import {
  completeTaskSchema,
  createRepatriationSchema,
  createTaskSchema,
  handToPartnerSchema,
  messageSchema,
  transitionSchema,
  updateStepSchema,
} from "@/lib/repatriations/schema";

const StatusAnswer = component("RepatriationStatusAnswer", repatriationStatusResponseSchema);

export const repatriationOperations = {
  "GET /api/v1/repatriations": {
    summary:
      "The organisation's repatriation cases on either side (COORDINATOR, ORG_ADMIN): status, days in status, overdue tasks, the other organisation",
    description:
      "Filters: `status`, `pair` (sending-receiving country, e.g. `KZ-UZ`), `open=1`; `order=longest` puts the cases longest in their status first.",
    query: listRepatriationsApiQuerySchema,
    answers: {
      200: {
        description: "A page of cases",
        body: listOf("RepatriationList", component("RepatriationListItem", repatriationListItemResponseSchema)),
      },
    },
    errors: [400, 404],
  },
  "POST /api/v1/repatriations": {
    summary: "Prepare a case (sending side's COORDINATOR); status DRAFT",
    body: component("CreateRepatriation", createRepatriationSchema),
    answers: {
      201: { description: "The new case", body: component("RepatriationCreated", repatriationCreatedResponseSchema) },
    },
    errors: [400, 404],
  },
  "GET /api/v1/repatriations/{id}": {
    summary:
      "One case: status, step records, timeline, the caller's side, the moves open to it, and whom it waits on (reading is audited)",
    params: idParams,
    answers: { 200: { description: "The case", body: component("Repatriation", repatriationResponseSchema) } },
    errors: [404],
  },
  "PATCH /api/v1/repatriations/{id}": {
    summary:
      "Write fields of the step the case is in now (e.g. `{ travelDocumentId }`: the person's passport or certificate of return, whose holder, steps and expiry the step then reads), for the side that works it; 422 with the reason when refused",
    params: idParams,
    body: component("UpdateStep", updateStepSchema),
    answers: { 200: { description: "The case's status", body: StatusAnswer } },
    errors: [400, 404, 422],
  },
  "POST /api/v1/repatriations/{id}/transitions": {
    summary:
      "Move the case: `{ to, reason?, ...fields of the step left or entered }` (travel plan, handover, reintegration plan); a refused move answers 422 with the reason",
    description: "With `from`, the status the caller saw: if the case has moved on meanwhile, 409.",
    params: idParams,
    body: component("Transition", transitionSchema),
    answers: { 200: { description: "The case's new status", body: StatusAnswer } },
    errors: [400, 404, 409, 422],
  },
  "POST /api/v1/repatriations/{id}/partner": {
    summary:
      "Hand a case worked alone with a counterpart in the home country to a partner organisation there that joined Tumar",
    description:
      "`{ receivingOrganisationId, version }`: a coordinator, with the person's sharing consent naming the partner; from then on the partner works the home side (through a grant once requested). A stale version answers 409.",
    params: idParams,
    body: component("HandToPartner", handToPartnerSchema),
    answers: {
      200: {
        description: "The case's new receiving organisation",
        body: component("HandedToPartner", z.object({ receivingOrganisationId: z.uuid() })),
      },
    },
    errors: [400, 404, 409, 422],
  },
  "GET /api/v1/repatriations/{id}/messages": {
    summary: "The message thread between the two organisations, oldest first (reading is audited)",
    params: idParams,
    answers: {
      200: {
        description: "The whole thread (`nextCursor` is null)",
        body: listOf("RepatriationMessageList", component("RepatriationMessage", repatriationMessageResponseSchema)),
      },
    },
    errors: [404],
  },
  "POST /api/v1/repatriations/{id}/messages": {
    summary: "Write to the other side (encrypted at rest)",
    params: idParams,
    body: component("Message", messageSchema),
    answers: {
      201: {
        description: "The new message",
        body: component("RepatriationMessageCreated", repatriationMessageCreatedResponseSchema),
      },
    },
    errors: [400, 404, 422],
  },
  "GET /api/v1/repatriations/{id}/tasks": {
    summary: "The checklist, with overdue tasks marked",
    params: idParams,
    answers: {
      200: {
        description: "All tasks (`nextCursor` is null)",
        body: listOf("RepatriationTaskList", component("RepatriationTask", repatriationTaskResponseSchema)),
      },
    },
    errors: [404],
  },
  "POST /api/v1/repatriations/{id}/tasks": {
    summary: "Add a task for the current status, for either side",
    params: idParams,
    body: component("CreateTask", createTaskSchema),
    answers: {
      201: {
        description: "The new task's id",
        body: component("RepatriationTaskCreated", repatriationTaskCreatedResponseSchema),
      },
    },
    errors: [400, 404, 422],
  },
  "POST /api/v1/repatriations/{id}/tasks/{taskId}/done": {
    summary: "Mark a task done (the side it is assigned to); a follow-up needs `{ note }`",
    params: z.object({ id: z.uuid(), taskId: z.uuid() }),
    body: component("CompleteTask", completeTaskSchema),
    bodyOptional: true,
    answers: {
      200: { description: "Done", body: component("RepatriationTaskDone", repatriationTaskDoneResponseSchema) },
    },
    errors: [400, 404, 422],
  },
} satisfies Operations;
