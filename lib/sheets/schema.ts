// Which sheets exist, and how their addresses name them. A sheet holds no personal data, so its
// kind and language may stand in the URL (/consent-sheets/family-tracing/uz-Cyrl).
import { z } from "zod/mini";
import { CONSENT_KINDS, type ConsentKind } from "@/lib/vocabulary/consents";
import { LOCALES } from "@/lib/i18n/locales";

/** Every interface language has its sheets. */
export const SHEET_LANGUAGES = LOCALES;
export type SheetLanguage = (typeof SHEET_LANGUAGES)[number];
export type { ConsentKind };

export const INFORMATION_SHEETS = ["migrant-rights", "shelter"] as const;
export type InformationSheetId = (typeof INFORMATION_SHEETS)[number];

/** A consent kind as its address writes it: SERVICES → services, FAMILY_TRACING → family-tracing. */
export function kindSlug(kind: ConsentKind): string {
  return kind.toLowerCase().replace(/_/g, "-");
}

export function kindOfSlug(slug: string): ConsentKind | null {
  return CONSENT_KINDS.find((kind) => kindSlug(kind) === slug) ?? null;
}

export const sheetLanguageSchema = z.enum(SHEET_LANGUAGES, "errors.invalidChoice");

export function isSheetLanguage(value: string): value is SheetLanguage {
  return (SHEET_LANGUAGES as readonly string[]).includes(value);
}

export function isInformationSheet(value: string): value is InformationSheetId {
  return (INFORMATION_SHEETS as readonly string[]).includes(value);
}
