// Figures vocabularies, shared by browser and server: the sections of the figures pages, the
// tables of each, the CTDC age bands and the small-number rule (docs/decisions/0032).
export const FIGURE_SECTIONS = ["people", "services", "calls", "shelters", "returns"] as const;
export type FigureSection = (typeof FIGURE_SECTIONS)[number];

/** The tables of each section, in the order the page and the workbook show them. */
export const SECTION_TABLES = {
  people: [
    "sex",
    "ageBand",
    "citizenship",
    "exploitationCountry",
    "exploitationType",
    "meansOfControl",
    "regionOfOrigin",
    "identifiedBy",
  ],
  services: ["supportArea", "stayService"],
  calls: ["callType", "topic", "channel", "callerRegion"],
  shelters: ["admissions", "bedNights", "lengthOfStay"],
  returns: ["pair", "kind"],
} as const satisfies Record<FigureSection, readonly string[]>;

export type FigureTableId = (typeof SECTION_TABLES)[FigureSection][number];

/** What a table counts: people, services given, calls, admissions, nights, stays or return cases. */
export const TABLE_UNITS = {
  sex: "people",
  ageBand: "people",
  citizenship: "people",
  exploitationCountry: "people",
  exploitationType: "people",
  meansOfControl: "people",
  regionOfOrigin: "people",
  identifiedBy: "people",
  supportArea: "people",
  stayService: "services",
  callType: "calls",
  topic: "calls",
  channel: "calls",
  callerRegion: "calls",
  admissions: "admissions",
  bedNights: "nights",
  lengthOfStay: "stays",
  pair: "cases",
  kind: "cases",
} as const satisfies Record<FigureTableId, string>;

/**
 * Tables where one record may count in several rows (two citizenships, three forms of
 * exploitation): their rows add up to more than the total, and the page says so.
 */
export const MULTI_VALUED_TABLES: ReadonlySet<FigureTableId> = new Set([
  "citizenship",
  "exploitationCountry",
  "exploitationType",
  "meansOfControl",
  "supportArea",
  "topic",
]);

/**
 * The age bands of the Counter Trafficking Data Collaborative (CTDC), by age at identification.
 * Narrow where people are many (18 to 29) and wide where they are few, so that bands stay large
 * enough to publish.
 */
export const AGE_BANDS = ["0-8", "9-17", "18-20", "21-23", "24-26", "27-29", "30-38", "39-47", "48+"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Lengths of shelter stays, in whole days from admission to discharge. */
export const STAY_LENGTHS = ["0-6", "7-29", "30-89", "90-179", "180+"] as const;

/**
 * Counts from 1 to this number less one show as "fewer than N" wherever figures leave the
 * organisation's own staff (the network's pooled figures, the period report a donor gets):
 * decision 0032 says why 10. Zero is shown: it says nothing about a person.
 */
export const SMALL_NUMBER_THRESHOLD = 10;
