// Search keys for people's names. Every name of a record (own script, passport Latin, aliases) is
// folded word by word (fold.ts), so Cyrillic and Latin spellings meet; patronymic endings
// (-ovich, -ovna, -uly, -kyzy, -zoda, o'g'li…) also give the bare father's name, so "Rustamovich",
// "Rustam uly" and "Rustam" meet; word order never matters. Near spellings (Gulnora / Gulnara)
// are left to trigram similarity in the database (pg_trgm).
import { foldWord } from "./fold";

/** Patronymic endings as they look after folding (ұлы, uly → uli; қызы, kyzy, qizi → kizi). */
const PATRONYMIC_SUFFIXES = ["ovich", "evich", "ovna", "evna", "ichna", "uli", "kizi", "zoda", "zade", "ogli", "ugli"];
/** Patronymic particles written as separate words: "Rustam uly", "Karim kyzy", "Aziz o'g'li". */
const PATRONYMIC_WORDS = new Set(["uli", "kizi", "ogli", "ugli", "zoda", "zade"]);

function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}'ʻʼ‘’`]+/u).filter(Boolean);
}

/** A folded name word and, for a patronymic form, its bare stem. */
function keysOfWord(word: string): string[] {
  const folded = foldWord(word);
  if (folded.length < 2 || PATRONYMIC_WORDS.has(folded)) return [];
  const suffix = PATRONYMIC_SUFFIXES.find((s) => folded.endsWith(s) && folded.length - s.length >= 3);
  return suffix ? [folded, folded.slice(0, -suffix.length)] : [folded];
}

/** The search key of a record: its names' folded words, deduplicated, space-separated. */
export function nameSearchKey(names: (string | null | undefined)[]): string {
  const keys = new Set<string>();
  for (const name of names) if (name) for (const word of words(name)) for (const key of keysOfWord(word)) keys.add(key);
  return [...keys].join(" ");
}

export interface NameQuery {
  /** Folded words of two letters or more: each must be (nearly) present. */
  words: string[];
  /** Initials ("G." in "Karimova G."): some word of the key must start with each. */
  initials: string[];
}

export function parseNameQuery(q: string): NameQuery {
  const result: NameQuery = { words: [], initials: [] };
  for (const word of words(q)) {
    const folded = foldWord(word);
    if (folded.length === 1) result.initials.push(folded);
    else {
      const keys = keysOfWord(word);
      // For a patronymic, its stem is what the father's name alone would match.
      if (keys.length) result.words.push(keys.at(-1)!);
    }
  }
  result.words = [...new Set(result.words)].slice(0, 6);
  result.initials = [...new Set(result.initials)].slice(0, 3);
  return result;
}
