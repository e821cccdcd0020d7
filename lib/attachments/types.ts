// What the case file shows of a file (never its content).
import type { AttachmentParentType } from "./codes";

export interface AttachmentView {
  id: string;
  parentType: AttachmentParentType;
  parentId: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  createdAt: Date;
  /** Uploaded by the reader's own organisation (else a partner's, shared with the person). */
  ownOrganisation: boolean;
  uploadedBy: string | null;
  /** Whether the reader may remove it (a wrong upload: its own organisation's, lib/attachments/policy.ts). */
  mayDelete: boolean;
}
