// Whole-word search in encrypted summaries: each folded word (lib/text/fold.ts, so Cyrillic and
// Latin spellings meet) is stored as a keyed hash; a query matches calls holding every query
// word's hash. The database never sees the words. See docs/decisions/0004-encrypted-summary-search.md.
import { lookupHash } from "@/lib/crypto";
import { foldWords } from "@/lib/text/fold";

/** 16 hex characters (64 bits) of HMAC per word: unique enough per organisation, small to index. */
export function summaryTokens(text: string | undefined | null): string[] {
  if (!text) return [];
  return foldWords(text)
    .slice(0, 500)
    .map((word) => lookupHash(`summary:${word}`).slice(0, 16));
}
