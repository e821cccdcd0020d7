// The words a list is searched by never travel in a URL. A name typed into the people's search
// would otherwise sit in the browser's history, in a bookmark, and in any proxy's log: on a shared
// office computer that is a list of who the organisation is looking for. The filter form posts
// (app/(app)/search/route.ts); the words come back sealed in the `s` parameter, encrypted with the
// field key and bound to the user, and only the server opens them, for that user, for twelve
// hours. Paging and sorting carry `s` like any other filter, so the list's links keep working.
import "server-only";
import { encryptField, openField } from "@/lib/crypto";

export const SEALED_WORDS_PARAM = "s";

/** As long as a session can last: a sealed search outlives no sign-in. */
const LIFETIME_MS = 12 * 60 * 60 * 1000;

/** The ciphertext's place (its associated data): a sealed search opens for this user only. */
const sealedFor = (userId: string) => `search.words:${userId}`;

export function sealSearchWords(userId: string, words: string, now = Date.now()): string {
  return encryptField(JSON.stringify({ w: words, e: now + LIFETIME_MS }), sealedFor(userId));
}

/**
 * The words, or null for a seal that is another user's, expired, altered, made under a key no
 * longer loaded, or not a seal at all: the list then shows unsearched and says why.
 */
export function openSearchWords(userId: string, sealed: string, now = Date.now()): string | null {
  try {
    const { w, e } = JSON.parse(openField(sealed, sealedFor(userId))) as { w?: unknown; e?: unknown };
    return typeof w === "string" && typeof e === "number" && e > now ? w : null;
  } catch {
    return null;
  }
}
