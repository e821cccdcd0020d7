// A few words of a call's summary around the first word that matched a search, so an operator can
// tell the found calls apart without opening each. Matching is by folded word (lib/text/fold.ts),
// the same rule the encrypted search used, so "Гулнора" marks "Gulnora".
import { foldWord } from "@/lib/text/fold";

export interface Snippet {
  before: string;
  match: string;
  after: string;
  /** Text was cut at the start / end. */
  cutStart: boolean;
  cutEnd: boolean;
}

const WORD = /[\p{L}\p{N}'ʻʼ‘’`]+/gu;

export function snippetAround(text: string, query: string, context = 60): Snippet | null {
  const wanted = new Set(
    query
      .split(/[^\p{L}\p{N}'ʻʼ‘’`]+/u)
      .map(foldWord)
      .filter((w) => w.length >= 2),
  );
  if (wanted.size === 0) return null;
  for (const found of text.matchAll(WORD)) {
    if (!wanted.has(foldWord(found[0]))) continue;
    const start = found.index;
    const end = start + found[0].length;
    // Cut at spaces so no word is shown in half.
    let from = Math.max(0, start - context);
    if (from > 0) from = text.indexOf(" ", from) + 1 || from;
    let to = Math.min(text.length, end + context);
    if (to < text.length) to = text.lastIndexOf(" ", to) > end ? text.lastIndexOf(" ", to) : to;
    return {
      before: text.slice(from, start),
      match: found[0],
      after: text.slice(end, to),
      cutStart: from > 0,
      cutEnd: to < text.length,
    };
  }
  return null;
}
