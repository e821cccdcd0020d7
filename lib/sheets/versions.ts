// Each consent sheet's text has a version, per kind and language: a consent records the language
// and the version that was read or signed (victim_consents.sheet_language, sheet_version), so the
// exact words a person agreed to can be found again (in the repository's history, by the version's
// hash). versions.json is the lock: changing a sheet's text without running `npm run sheets:lock`
// fails a unit test (versions.test.ts), and the lock gives the changed text the next version.
import { createHash } from "node:crypto";
import versions from "./versions.json";
import type { ConsentKind, SheetLanguage } from "./schema";

export interface SheetVersion {
  version: number;
  sha256: string;
}

type Lock = Record<ConsentKind, Partial<Record<SheetLanguage, SheetVersion>>>;

const LOCK = versions as Lock;

/** The hash a text of a consent sheet is locked by. */
export function sheetHash(text: unknown): string {
  return createHash("sha256").update(JSON.stringify(text)).digest("hex");
}

export function sheetVersion(kind: ConsentKind, language: SheetLanguage): number {
  const entry = LOCK[kind]?.[language];
  if (!entry) throw new Error(`consent sheet ${kind}/${language} has no version: run npm run sheets:lock`);
  return entry.version;
}

export function sheetLock(): Lock {
  return LOCK;
}
