// What may be attached, and to what. A file's type is told from its content (lib/attachments/sniff.ts),
// never from its name: a renamed program is refused whatever it is called.

/** The largest file accepted: a phone photo of a document or a scanned form fits well under it. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/**
 * The types accepted, as found in the content, with the extension a download is given. Office
 * documents are the XML-based ones (Word, Excel, OpenDocument): the older binary formats are
 * containers that cannot be told apart from other containers by their content and carry macros.
 */
export const ALLOWED_TYPES = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/heic": "heic",
  "image/heif": "heif",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
} as const;

export type AllowedType = keyof typeof ALLOWED_TYPES;

export const ATTACHMENT_PARENTS = [
  "VICTIM",
  "DOCUMENT",
  "CONSENT",
  "PROCEEDING",
  "LABOUR_CLAIM",
  "REPATRIATION_STEP",
  "SHELTER_STAY",
] as const;

export type AttachmentParentType = (typeof ATTACHMENT_PARENTS)[number];

/** What the file input offers the browser's picker (a hint only: the server checks the content). */
export const ACCEPT_ATTRIBUTE = ".pdf,.jpg,.jpeg,.png,.heic,.heif,.docx,.xlsx,.odt,.ods";
