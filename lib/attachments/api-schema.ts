// What the attachments API answers.
import { z } from "zod";
import { ALLOWED_TYPES, ATTACHMENT_PARENTS } from "./codes";

export const attachmentResponseSchema = z.object({
  id: z.uuid(),
  parentType: z.enum(ATTACHMENT_PARENTS).describe("What the file is attached to"),
  parentId: z.uuid(),
  name: z.string().describe("The file's name as uploaded, made safe, ending with its type's extension"),
  contentType: z.string().describe(`Found in the content: one of ${Object.keys(ALLOWED_TYPES).join(", ")}`),
  sizeBytes: z.number().int(),
  createdAt: z.iso.datetime(),
  ownOrganisation: z.boolean().describe("Uploaded by the caller's organisation"),
  download: z.string().describe("GET it to download (audited)"),
});
export type AttachmentResponse = z.infer<typeof attachmentResponseSchema>;

export const attachmentListResponseSchema = z.object({ items: z.array(attachmentResponseSchema) });

export const attachmentCreatedResponseSchema = attachmentResponseSchema.pick({
  id: true,
  name: true,
  contentType: true,
  sizeBytes: true,
});
