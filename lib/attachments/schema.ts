// The part of an upload that is not the file: what it is attached to. Checked in the browser and
// again on the server; messages are translation keys.
import { z } from "zod/mini";
import { choice } from "@/lib/validation/fields";
import { ATTACHMENT_PARENTS } from "./codes";

export const attachmentTargetSchema = z.object({
  parentType: choice(ATTACHMENT_PARENTS),
  parentId: z.uuid("errors.invalidChoice"),
});
export type AttachmentTarget = z.infer<typeof attachmentTargetSchema>;
