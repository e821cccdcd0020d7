// A file as the API answers it (lib/attachments/api-schema.ts describes it).
import type { AttachmentView } from "./types";
import type { AttachmentResponse } from "./api-schema";

export function presentAttachment(file: AttachmentView): AttachmentResponse {
  return {
    id: file.id,
    parentType: file.parentType,
    parentId: file.parentId,
    name: file.name,
    contentType: file.contentType,
    sizeBytes: file.sizeBytes,
    createdAt: file.createdAt.toISOString(),
    ownOrganisation: file.ownOrganisation,
    download: `/api/v1/attachments/${file.id}`,
  };
}
