// Folds words written in Cyrillic (Russian, Uzbek, Kazakh, Kyrgyz, Tajik) or in any of the usual
// Latin spellings to one search key, so "Каримова", "Karimova", "Холматов", "Kholmatov" and
// "Xolmatov" meet. It is deliberately lossy (a search key, never shown): it only has to map the
// spellings people actually use for one name to the same string.
const CYRILLIC: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "j",
  з: "z",
  и: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "h",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "sh",
  ъ: "",
  ы: "i",
  ь: "",
  э: "e",
  ю: "iu",
  я: "ia",
  // Uzbek, Tajik, Kazakh, Kyrgyz letters
  ў: "o",
  қ: "k",
  ғ: "g",
  ҳ: "h",
  ң: "n",
  ә: "a",
  ө: "o",
  ү: "u",
  ұ: "u",
  һ: "h",
  і: "i",
  ҷ: "j",
  ӣ: "i",
  ӯ: "u",
  җ: "j",
  ҫ: "s",
};

// Latin spellings of the same sounds, folded in order (longer patterns first).
const LATIN_FOLDS: [RegExp, string][] = [
  [/['ʻʼ‘’`]/g, ""], // o' g' (Uzbek), apostrophes
  [/dzh|dj|zh/g, "j"],
  [/kh/g, "h"],
  [/x/g, "h"], // Uzbek Latin x = х
  [/q/g, "k"],
  [/w/g, "v"],
  [/yu|ju/g, "iu"],
  [/ya|ja/g, "ia"],
  [/yo|jo/g, "e"],
  [/ye/g, "e"],
  [/y/g, "i"],
  [/c(?!h)/g, "ts"],
  [/(.)\1+/g, "$1"], // doubled letters: Alla / Ala
];

/** One word (or name) to its search key. */
export function foldWord(word: string): string {
  let out = "";
  for (const char of word.toLowerCase().normalize("NFC")) out += CYRILLIC[char] ?? char;
  out = out.normalize("NFD").replace(/\p{M}/gu, "");
  for (const [pattern, replacement] of LATIN_FOLDS) out = out.replace(pattern, replacement);
  return out.replace(/[^a-z0-9]/g, "");
}

/** The distinct search keys of the words in a text (words of two or more letters or digits). */
export function foldWords(text: string): string[] {
  const words = text.split(/[^\p{L}\p{N}'ʻʼ‘’`]+/u);
  return [...new Set(words.map(foldWord).filter((w) => w.length >= 2))];
}
