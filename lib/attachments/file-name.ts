// A file's name as uploaded is kept (encrypted: "Dilnoza Karimova passport.jpg" names a person) and
// given back on download, made safe: no folders, no control characters, bounded, and ending with
// the extension of the type its content was found to be (a PDF called "form.exe" downloads as
// "form.exe.pdf", so the reader's computer opens it as what it is).
import { ALLOWED_TYPES, type AllowedType } from "./codes";

const MAX_NAME = 180;

export function cleanFileName(raw: string, type: AllowedType): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .normalize("NFC")
    // Control characters and the bidirectional overrides that make "gpj.exe" look like "exe.jpg".
    .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/["<>|:*?]/g, "_")
    .trim()
    .slice(0, MAX_NAME);
  const ext = ALLOWED_TYPES[type];
  const name = cleaned || "file";
  const lower = name.toLowerCase();
  const sameType = lower.endsWith(`.${ext}`) || (ext === "jpg" && lower.endsWith(".jpeg"));
  return sameType ? name : `${name}.${ext}`;
}

/** A Content-Disposition that always downloads, with the name in UTF-8 and an ASCII fallback. */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\;]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
