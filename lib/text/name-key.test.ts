import { describe, expect, it } from "vitest";
import { nameSearchKey, parseNameQuery } from "./name-key";

const keyOf = (...names: string[]) => nameSearchKey(names).split(" ").filter(Boolean);
/** Whether a query's words are all in a key exactly (what trigram search loosens further). */
const findsExactly = (q: string, key: string[]) => parseNameQuery(q).words.every((w) => key.includes(w));

describe("name search keys", () => {
  const gulnora = keyOf("Гулнора Каримова", "Gulnora Karimova");

  it("meets Cyrillic and Latin spellings, in any order", () => {
    expect(findsExactly("Gulnora Karimova", gulnora)).toBe(true);
    expect(findsExactly("Каримова Гулнора", gulnora)).toBe(true);
    expect(findsExactly("karimova", gulnora)).toBe(true);
  });

  it("reads 'Karimova G.' as a surname and an initial", () => {
    expect(parseNameQuery("Karimova G.")).toEqual({ words: ["karimova"], initials: ["g"] });
  });

  it.each([
    ["Uzbek Latin oʻ gʻ sh ch", "Oʻgʻiloy Shoxista Chorieva", "Ўғилой Шохиста Чориева"],
    ["Uzbek and Tajik Cyrillic ў ғ қ ҳ", "Қодир Ҳамроқулов", "Qodir Hamroqulov"],
    ["Tajik ҷ ӣ", "Ҷамшед Раҳимӣ", "Jamshed Rahimi"],
    ["Kazakh ә ң ө ү ұ і", "Әсел Төлеуқызы", "Asel Toleukyzy"],
    ["Kyrgyz ң ө ү", "Нурбек Өмүрбеков", "Nurbek Omurbekov"],
    ["Russian transliteration", "Юлия Яковлева", "Yuliya Yakovleva"],
  ])("folds %s to one key", (_label, a, b) => {
    expect(nameSearchKey([a])).toBe(nameSearchKey([b]));
  });

  it("lets a patronymic match by its ending or as the bare father's name", () => {
    const key = keyOf("Фарход Рустамович Алиев");
    expect(key).toContain("rustamovich");
    expect(key).toContain("rustam");
    expect(findsExactly("Farhod Rustamovich", key)).toBe(true);
    expect(findsExactly("Rustam uly Aliev", key)).toBe(true);
    expect(keyOf("Айгерим Нурланқызы")).toContain("nurlan");
    expect(keyOf("Aziz Karim o'g'li")).toEqual(["aziz", "karim"]);
    expect(keyOf("Шерзод Назарзода")).toContain("nazar");
  });

  it("drops patronymic particles but never cuts an ending off a short name", () => {
    expect(keyOf("Zoda Ruli")).toEqual(["ruli"]);
    expect(keyOf("Kuli")).toEqual(["kuli"]);
  });
});
