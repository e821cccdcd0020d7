// The texts a person is read or given in their own language: a consent sheet for each kind of
// consent, and the information sheets a hotline operator reads to a caller. One JSON file per
// language (lib/sheets/texts), all with the English file's keys (content.test.ts). Server-only:
// a page renders one sheet; the browser never downloads the other languages.
import "server-only";
import { IntlMessageFormat } from "intl-messageformat";
import { CONSENT_KINDS } from "@/lib/vocabulary/consents";
import en from "./texts/en.json";
import ru from "./texts/ru.json";
import uz from "./texts/uz.json";
import uzCyrl from "./texts/uz-Cyrl.json";
import kk from "./texts/kk.json";
import ky from "./texts/ky.json";
import tg from "./texts/tg.json";
import { SHEET_LANGUAGES, type ConsentKind, type InformationSheetId, type SheetLanguage } from "./schema";
import { sheetVersion } from "./versions";

export type SheetTexts = typeof en;

const TEXTS: Record<SheetLanguage, SheetTexts> = { en, ru, uz, "uz-Cyrl": uzCyrl, kk, ky, tg };

/** A part of a text, with the check questions of a read-aloud text (`*…*`) marked. */
export interface TextRun {
  text: string;
  question: boolean;
}

export interface ConsentSheet {
  kind: ConsentKind;
  language: SheetLanguage;
  version: number;
  /** "Sheet version SERVICES/uz-Cyrl/2", printed at the foot of the sheet. */
  versionLabel: string;
  common: SheetTexts["common"];
  title: string;
  intro: string;
  parts: { heading: string; text: string }[];
  readAloud: TextRun[][];
}

function fill(text: string, language: SheetLanguage, values: Record<string, string>): string {
  return String(new IntlMessageFormat(text, language).format(values));
}

/** Splits `*question*` spans out of a read-aloud paragraph. */
export function runsOf(paragraph: string): TextRun[] {
  return paragraph
    .split(/(\*[^*]+\*)/)
    .filter(Boolean)
    .map((part) =>
      part.startsWith("*") && part.endsWith("*")
        ? { text: part.slice(1, -1), question: true }
        : { text: part, question: false },
    );
}

export function consentSheet(kind: ConsentKind, language: SheetLanguage, organisation: string): ConsentSheet {
  const texts = TEXTS[language];
  const sheet = texts.consent[kind];
  const values = { organisation };
  const common = texts.common;
  const version = sheetVersion(kind, language);
  return {
    kind,
    language,
    version,
    versionLabel: fill(common.version, language, { version: `${kind}/${language}/${version}` }),
    common,
    title: fill(sheet.title, language, values),
    intro: fill(sheet.intro, language, values),
    parts: (["what", "withWhom", "why", "howLong", "withdraw"] as const).map((part) => ({
      heading: common[part],
      text: fill(sheet[part], language, values),
    })),
    readAloud: sheet.readAloud.map((paragraph) => runsOf(fill(paragraph, language, values))),
  };
}

export function informationSheet(id: InformationSheetId, language: SheetLanguage) {
  const texts = TEXTS[language];
  return { id, language, common: texts.common, ...texts.information[id] };
}

/** A language's own name, as its sheet file gives it. */
export function sheetLanguageName(language: SheetLanguage): string {
  return TEXTS[language].meta.language;
}

/** Every sheet text of every language, for the tests and the version lock. */
export function allSheetTexts(): Record<SheetLanguage, SheetTexts> {
  return TEXTS;
}

export { CONSENT_KINDS, SHEET_LANGUAGES };
