import { z } from "zod";
import { component, idParams, type Operations } from "@/lib/api/operation";
import { documentListResponseSchema, documentResponseSchema } from "@/lib/documents/api-schema";
import { documentSchema, recoveryStepSchema, updateDocumentSchema } from "@/lib/documents/schema";

const PersonDocument = component("PersonDocument", documentResponseSchema);
const documentParams = z.object({ id: z.uuid(), documentId: z.uuid() });

export const documentOperations = {
  "GET /api/v1/victims/{id}/documents": {
    summary:
      "The person's identity and migration documents, with who holds each and the steps taken to get it back; a partner only where its grant names documents; the read is audited",
    params: idParams,
    answers: {
      200: { description: "The documents", body: component("PersonDocumentList", documentListResponseSchema) },
    },
    errors: [404],
  },
  "POST /api/v1/victims/{id}/documents": {
    summary:
      "Record a document of the person (the person's organisation, on an open record); the number is encrypted and matched by the duplicate check",
    params: idParams,
    body: component("CreatePersonDocument", documentSchema),
    answers: { 201: { description: "The document", body: PersonDocument } },
    errors: [400, 404, 422],
  },
  "PATCH /api/v1/victims/{id}/documents/{documentId}": {
    summary: "Change a document read at `version` (who holds it now, its dates, its number)",
    params: documentParams,
    body: component("UpdatePersonDocument", updateDocumentSchema),
    answers: { 200: { description: "The document", body: PersonDocument } },
    errors: [400, 404, 409, 422],
  },
  "POST /api/v1/victims/{id}/documents/{documentId}/steps": {
    summary:
      "Record a step taken to get the document back or replaced (asked the holder, police report, consulate request…) with its outcome",
    params: documentParams,
    body: component("DocumentRecoveryStep", recoveryStepSchema),
    answers: { 201: { description: "The document with its steps", body: PersonDocument } },
    errors: [400, 404, 422],
  },
} satisfies Operations;
