import { lookupHash } from "@/lib/crypto";
import { normaliseDocumentNumber } from "./schema";

/** Keyed hash of a passport or ID number (prefixed, so it never equals a phone hash). */
export function documentNumberHash(raw: string | undefined | null): string | null {
  if (!raw) return null;
  const normalised = normaliseDocumentNumber(raw);
  return normalised.length >= 4 ? lookupHash(`doc:${normalised}`) : null;
}
