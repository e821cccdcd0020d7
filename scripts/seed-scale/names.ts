// Synthetic names for the scale seed, built from syllables of Central Asian and Russian names,
// written in Cyrillic with a Latin spelling as staff would type it. Combinations are random: they
// name no real person.
const GIVEN_START = [
  "Ал",
  "Ба",
  "Ди",
  "Жа",
  "За",
  "Ка",
  "Ма",
  "На",
  "Ра",
  "Са",
  "Ша",
  "Фа",
  "Гу",
  "Му",
  "Ну",
  "Ой",
  "Ту",
  "Ху",
  "Ай",
  "Ер",
  "Ну",
  "Ба",
  "Зу",
  "Ши",
];
const GIVEN_MIDDLE = ["ли", "ри", "на", "ди", "ми", "ра", "зи", "ба", "хи", "ло", "ну", "ти", "", ""];
const GIVEN_END = {
  FEMALE: ["ра", "за", "ноза", "гуль", "на", "ла", "ма", "хон", "ёра", "ида"],
  MALE: ["шер", "бек", "жон", "дор", "мат", "рат", "им", "ур", "хан", "бой"],
};
const FAMILY_STEM = [
  "Рахим",
  "Юсуп",
  "Карим",
  "Саид",
  "Назар",
  "Ахмед",
  "Исмаил",
  "Турсун",
  "Абдулл",
  "Хаса",
  "Мирз",
  "Осман",
  "Шарип",
  "Бекмурат",
  "Жумабай",
  "Сатыбалд",
  "Давлат",
  "Эргаш",
  "Нурмат",
  "Каландар",
];
const FAMILY_END = {
  FEMALE: ["ова", "ева", "ова", "ова", "зода", "кызы"],
  MALE: ["ов", "ев", "ов", "ов", "зода", "уулу"],
};
const PATRONYMIC_END = { FEMALE: "овна", MALE: "ович" } as const;

// Transliteration as most staff write it (closest to the Uzbek Latin alphabet).
const LATIN: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "yo",
  ж: "j",
  з: "z",
  и: "i",
  й: "y",
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
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};

export function toLatin(cyrillic: string): string {
  let out = "";
  for (const char of cyrillic) {
    const lower = char.toLowerCase();
    const latin = LATIN[lower];
    if (latin === undefined) out += char;
    else out += char === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return out;
}

const pick = <T>(rnd: () => number, items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;

export interface SyntheticName {
  givenName: string;
  familyName: string;
  patronymic: string;
  givenNameLatin: string;
  familyNameLatin: string;
}

export function syntheticName(rnd: () => number, sex: "FEMALE" | "MALE"): SyntheticName {
  const givenName = pick(rnd, GIVEN_START) + pick(rnd, GIVEN_MIDDLE) + pick(rnd, GIVEN_END[sex]);
  const familyName = pick(rnd, FAMILY_STEM) + pick(rnd, FAMILY_END[sex]);
  const father = pick(rnd, GIVEN_START) + pick(rnd, GIVEN_END.MALE);
  return {
    givenName,
    familyName,
    patronymic: father + PATRONYMIC_END[sex],
    givenNameLatin: toLatin(givenName),
    familyNameLatin: toLatin(familyName),
  };
}
