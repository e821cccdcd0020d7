// What a figures row is called, in the reader's language: the same words the record's form uses
// (sex, forms of exploitation, call topics…), country and region names, bands as written. Shared
// by the pages, the CSV and the workbook, so a row is named alike on screen and on paper.
import { countryName } from "@/lib/i18n/format";
import { regionName } from "@/lib/i18n/regions";
import type { FigureTableId } from "./codes";
import type { FiguresFilters } from "./schema";
import type { Cell, FigureRow } from "./types";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Tables whose keys are codes of a vocabulary with its own messages. */
const CODE_MESSAGES: Partial<Record<FigureTableId, string>> = {
  sex: "victims.sexes",
  identifiedBy: "victims.identifiedByOptions",
  exploitationType: "victims.exploitationTypeNames",
  meansOfControl: "victims.meansOfControlNames",
  supportArea: "victims.supportAreas",
  stayService: "shelters.serviceKinds",
  callType: "hotline.callTypes",
  topic: "hotline.topicNames",
  channel: "hotline.channels",
  kind: "repatriations.kinds",
};

const placeName = (code: string, locale: string) =>
  code.length === 2 ? countryName(code, locale) : (regionName(code, locale) ?? code);

export function rowLabel(table: FigureTableId, row: FigureRow, t: Translate, locale: string): string {
  const key = row.key;
  if (key === null) return t("reports.notRecorded");
  if (key === "ALL_SHELTERS") return t("reports.allShelters");
  if (row.name) return row.name;
  const messages = CODE_MESSAGES[table];
  if (messages) return t(`${messages}.${key}`);
  switch (table) {
    case "citizenship":
    case "exploitationCountry":
    case "regionOfOrigin":
    case "callerRegion":
      return placeName(key, locale);
    case "pair": {
      const [from = "", to = ""] = key.split(">");
      return `${countryName(from, locale)} → ${countryName(to, locale)}`;
    }
    case "ageBand":
      return t("reports.years", { band: key });
    case "lengthOfStay":
      return t("reports.days", { band: key });
    default:
      return key;
  }
}

/** A count as shown and written: the number, "fewer than 10", or "withheld". */
export function cellText(cell: Cell, t: Translate, format: (n: number) => string = String): string {
  if (typeof cell === "number") return format(cell);
  if ("fewerThan" in cell) return t("reports.fewerThan", { count: cell.fewerThan });
  return t("reports.withheld");
}

/** The filters in force, as the reader reads them ("Sex: Female"), for the page and the workbook. */
export function filterLines(filters: FiguresFilters, t: Translate, locale: string): string[] {
  const lines: string[] = [];
  const add = (field: keyof FiguresFilters, value: string) => lines.push(`${t(`reports.filters.${field}`)}: ${value}`);
  if (filters.sex) add("sex", t(`victims.sexes.${filters.sex}`));
  if (filters.ageBand) add("ageBand", t("reports.years", { band: filters.ageBand }));
  if (filters.citizenship) add("citizenship", countryName(filters.citizenship, locale));
  if (filters.exploitationCountry) add("exploitationCountry", countryName(filters.exploitationCountry, locale));
  if (filters.exploitationType) add("exploitationType", t(`victims.exploitationTypeNames.${filters.exploitationType}`));
  if (filters.identifiedBy) add("identifiedBy", t(`victims.identifiedByOptions.${filters.identifiedBy}`));
  if (filters.kind) add("kind", t(`repatriations.kinds.${filters.kind}`));
  return lines;
}

/** A report period as the reader names it: "Q3 2026", or "Year 2026". */
export function periodLabel(period: { year: number; quarter: number | null }, t: Translate): string {
  return period.quarter
    ? t("reports.quarter", { quarter: period.quarter, year: period.year })
    : t("reports.wholeYear", { year: period.year });
}
