// Tells a file's type from its first bytes (file-type reads the magic numbers, and inside a ZIP
// the parts that make a Word or OpenDocument file). Only the types in ALLOWED_TYPES pass.
import { fileTypeFromBuffer } from "file-type";
import { ALLOWED_TYPES, type AllowedType } from "./codes";

/** The allowed type the content is, or null (unknown, or a type not accepted: a program, a ZIP…). */
export async function allowedTypeOf(content: Uint8Array): Promise<AllowedType | null> {
  const found = await fileTypeFromBuffer(content);
  if (!found) return null;
  return Object.hasOwn(ALLOWED_TYPES, found.mime) ? (found.mime as AllowedType) : null;
}
