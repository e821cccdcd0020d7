import { z } from "zod";
import { component, idParams, type Operations } from "@/lib/api/operation";
import { attachmentCreatedResponseSchema, attachmentListResponseSchema } from "@/lib/attachments/api-schema";
import { ATTACHMENT_PARENTS } from "@/lib/attachments/codes";

const bytes = () => z.string().meta({ format: "binary" });

const uploadParts = z.object({
  parentType: z.enum(ATTACHMENT_PARENTS).describe("What the file is attached to"),
  parentId: z
    .uuid()
    .describe(
      "The record's id (a person, a document, a consent, a legal case, a wage claim, a return's task, a shelter stay)",
    ),
  file: bytes().describe(
    "The file: PDF, JPEG, PNG, HEIC, DOCX, XLSX, ODT or ODS (told from the content), at most 20 MB",
  ),
});

export const attachmentOperations = {
  "POST /api/v1/attachments": {
    summary:
      "Attach a file to a record the caller may change. The type is told from the content, not the name; over 20 MB is refused before the body is read; the file and its name are encrypted before storage; nothing is stored unless everything passes",
    multipart: true,
    body: component("AttachmentUpload", uploadParts),
    answers: {
      201: { description: "The file as stored", body: component("AttachmentCreated", attachmentCreatedResponseSchema) },
    },
    errors: [400, 404, 413, 422],
  },
  "GET /api/v1/attachments/{attachmentId}": {
    summary:
      "Download a file: an audited read, always as an attachment (Content-Disposition), never cached; a partner only where its grant on the person names documents",
    params: z.object({ attachmentId: z.uuid() }),
    answers: {
      200: {
        description: "The file's content, with its type and name",
        body: component("AttachmentContent", bytes()),
        file: true,
      },
    },
    errors: [404],
  },
  "GET /api/v1/victims/{id}/attachments": {
    summary:
      "The files about a person (names, types, sizes, what each is attached to), newest first; the read is audited. A partner sees them where its grant names documents, and otherwise only its own organisation's uploads",
    params: idParams,
    answers: { 200: { description: "The files", body: component("AttachmentList", attachmentListResponseSchema) } },
    errors: [404],
  },
} satisfies Operations;
