// Reading an upload from a multipart request: refused by its declared length before the body is
// read (a 25 MB file is never buffered), then the target fields and the file. A browser without
// JavaScript posts the same form as a page navigation; it is answered with a redirect back to the
// page it came from, with the outcome as a word in the address (never a name or an id of a file).
import "server-only";
import { AppError } from "@/lib/errors";
import { MAX_ATTACHMENT_BYTES } from "./codes";
import { attachmentTargetSchema, type AttachmentTarget } from "./schema";
import type { UploadedFile } from "./mutations";

/** Room for the multipart envelope around the file (boundaries, headers, the two small fields). */
const ENVELOPE_BYTES = 64 * 1024;

export async function readUpload(
  request: Request,
): Promise<{ target: AttachmentTarget; file: UploadedFile; returnTo: string | null }> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > MAX_ATTACHMENT_BYTES + ENVELOPE_BYTES)
    throw new AppError("TOO_LARGE", "errors.fileTooLarge", { file: "errors.fileTooLarge" });
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data"))
    throw new AppError("INVALID", "errors.INVALID", { file: "errors.fileRequired" });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("INVALID", "errors.INVALID", { file: "errors.fileRequired" });
  }
  // The page's form names its target in one choice, `PARENT_TYPE:parentId`; the API's callers may
  // send the two fields.
  const [parentType, parentId] =
    typeof form.get("target") === "string"
      ? String(form.get("target")).split(":")
      : [form.get("parentType"), form.get("parentId")];
  const target = attachmentTargetSchema.parse({ parentType, parentId });
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("INVALID", "errors.fileRequired", { file: "errors.fileRequired" });
  if (file.size > MAX_ATTACHMENT_BYTES)
    throw new AppError("TOO_LARGE", "errors.fileTooLarge", { file: "errors.fileTooLarge" });
  return {
    target,
    file: { name: file.name, content: new Uint8Array(await file.arrayBuffer()) },
    returnTo: safeReturnPath(form.get("returnTo")),
  };
}

const RETURN_PATH = /^\/(victims|repatriations|shelters)\/[0-9a-f-]{36}$/;

/** Only a page of the app's own that holds files; anything else (another site…) is dropped. */
export function safeReturnPath(value: unknown): string | null {
  return typeof value === "string" && RETURN_PATH.test(value) ? value : null;
}

/** A form posted by the browser itself (no JavaScript yet): the answer must be a page. */
export function isNavigation(request: Request) {
  return request.headers.get("sec-fetch-mode") === "navigate";
}

/** The word the page shows after a form posted without JavaScript. */
export function outcomeWord(error: unknown): "tooLarge" | "type" | "empty" | "failed" {
  if (error instanceof AppError) {
    if (error.code === "TOO_LARGE") return "tooLarge";
    if (error.messageKey === "errors.fileTypeNotAllowed") return "type";
    if (error.messageKey === "errors.fileEmpty" || error.messageKey === "errors.fileRequired") return "empty";
  }
  return "failed";
}
