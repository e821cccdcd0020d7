import { z } from "zod";
import { component, idParams, type Operations } from "@/lib/api/operation";
import {
  documentListResponseSchema,
  documentResponseSchema,
  legalStatusListResponseSchema,
} from "@/lib/documents/api-schema";
import { documentSchema, legalStatusSchema, recoveryStepSchema, updateDocumentSchema } from "@/lib/documents/schema";

const PersonDocument = component("PersonDocument", documentResponseSchema);
const LegalStatusList = component("LegalStatusList", legalStatusListResponseSchema);
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
  "GET /api/v1/victims/{id}/legal-status": {
    summary:
      "The person's legal status in each country recorded (registration, permit, overstay, fines, removal, re-entry ban, detention) with the line the case file shows and what falls due next; a partner only where its grant names legalStatus",
    params: idParams,
    answers: { 200: { description: "One status per country", body: LegalStatusList } },
    errors: [404],
  },
  "POST /api/v1/victims/{id}/legal-status": {
    summary:
      "Record the person's legal status in one country, or change it (send the version read: 409 if it changed since)",
    params: idParams,
    body: component("SaveLegalStatus", legalStatusSchema),
    answers: { 200: { description: "One status per country", body: LegalStatusList } },
    errors: [400, 404, 409, 422],
  },
} satisfies Operations;
