// One person as a row of the Counter Trafficking Data Collaborative's (CTDC) case-level file, the
// public column set of the Human Trafficking Case Data Standard (HTCDS), so that an organisation's
// file can be read beside, or merged into, CTDC's own. The row is built from codes the server
// selects (PersonFacts): no name, date of birth or free text ever enters it, so none can leave.
//
// CTDC writes what is not known as an empty cell and never guesses: a text column is "" where the
// fact is missing or not one of the codes it should be, and a flag is 1 only where it was recorded.
// Columns CTDC publishes that the record does not ask about (forced military service, abduction,
// intimate partner as recruiter, …) are left out rather than written as 0: a 0 would say "not so",
// when the truth is "never asked".
//
// The file is published only after lib/reports/k-anonymity.ts has generalised and suppressed it
// over QUASI_IDENTIFIERS.
import { COUNTRY_CODES } from "@/lib/i18n/country-codes";
import { EXPLOITATION_TYPES, LABOUR_SECTORS, MEANS_OF_CONTROL, RECRUITMENT_METHODS } from "@/lib/victims/codes";
import type { SEXES } from "@/lib/vocabulary/person";
import { AGE_BANDS, type AgeBand } from "./codes";

export type ExploitationType = (typeof EXPLOITATION_TYPES)[number];
export type MeansOfControl = (typeof MEANS_OF_CONTROL)[number];
export type LabourSector = (typeof LABOUR_SECTORS)[number];
export type RecruitmentMethod = (typeof RECRUITMENT_METHODS)[number];

/** What the server selects for one person: codes and a date only. */
export interface PersonFacts {
  /** "YYYY-MM-DD". */
  identifiedOn: string;
  sex: (typeof SEXES)[number];
  ageAtIdentification: number | null;
  /** ISO 3166-1 alpha-2; the first is the main one. */
  citizenships: string[];
  /** ISO 3166-1 alpha-2, distinct. */
  exploitationCountries: string[];
  exploitationTypes: ExploitationType[];
  meansOfControl: MeansOfControl[];
  labourSectors: LabourSector[];
  recruitmentMethod: RecruitmentMethod | null;
}

/**
 * The columns that say who the person is and where they come from. They are also the
 * quasi-identifiers (see QUASI_IDENTIFIERS), and the only columns holding text.
 */
export const CTDC_TEXT_COLUMNS = [
  "yearOfRegistration",
  "gender",
  "ageBroad",
  "majorityStatus",
  "citizenship",
  "CountryOfExploitation",
] as const;

/**
 * Means of control, in CTDC's column order. One column per value of MEANS_OF_CONTROL, named as
 * CTDC names the same means; the record splits threats into threats to the person and to the
 * family, which CTDC counts together as meansOfControlThreats, so that column is written too
 * (1 when either was recorded) and the split is kept beside it.
 */
const MEANS_OF_CONTROL_COLUMNS = [
  "meansOfControlDebtBondage",
  "meansOfControlTakesEarnings",
  "meansOfControlThreats",
  "meansOfControlThreatsToPerson",
  "meansOfControlThreatsToFamily",
  "meansOfControlPsychologicalAbuse",
  "meansOfControlPhysicalAbuse",
  "meansOfControlSexualAbuse",
  "meansOfControlFalsePromises",
  "meansOfControlPsychoactiveSubstances",
  "meansOfControlRestrictsMovement",
  "meansOfControlExcessiveWorkingHours",
  "meansOfControlThreatOfLawEnforcement",
  "meansOfControlWithholdsDocuments",
  "meansOfControlOther",
] as const;

/** Forms of exploitation CTDC publishes that the record's vocabulary can fill. */
const EXPLOITATION_COLUMNS = [
  "isForcedLabour",
  "isSexualExploit",
  "isOtherExploit",
  "isSexAndLabour",
  "isForcedMarriage",
  "isOrganRemoval",
  "isSlaveryAndPractices",
] as const;

/**
 * Types of labour (and of sexual exploitation) the record's vocabulary can fill. Begging and
 * illicit activities are labour types in CTDC's model, so they come from the forms of
 * exploitation rather than from the labour sectors.
 */
const LABOUR_COLUMNS = [
  "typeOfLabourAgriculture",
  "typeOfLabourBegging",
  "typeOfLabourConstruction",
  "typeOfLabourDomesticWork",
  "typeOfLabourHospitality",
  "typeOfLabourIllicitActivities",
  "typeOfLabourManufacturing",
  "typeOfLabourTransportation",
  "typeOfLabourOther",
  "typeOfSexProstitution",
] as const;

const RECRUITER_COLUMNS = ["recruiterRelationFamily", "recruiterRelationFriend", "recruiterRelationOther"] as const;

/** The 0/1 columns: what happened to the person (sensitive attributes, not identifiers). */
export const CTDC_FLAG_COLUMNS = [
  ...MEANS_OF_CONTROL_COLUMNS,
  ...EXPLOITATION_COLUMNS,
  ...LABOUR_COLUMNS,
  ...RECRUITER_COLUMNS,
] as const;

/** The header of the file, in order. */
export const CTDC_COLUMNS = [...CTDC_TEXT_COLUMNS, ...CTDC_FLAG_COLUMNS] as const;

export type CtdcColumn = (typeof CTDC_COLUMNS)[number];
export type CtdcTextColumn = (typeof CTDC_TEXT_COLUMNS)[number];
export type CtdcFlagColumn = (typeof CTDC_FLAG_COLUMNS)[number];
export type Flag = 0 | 1;
export type CtdcRow = { [C in CtdcTextColumn]: string } & { [C in CtdcFlagColumn]: Flag };

/**
 * The columns k-anonymity is enforced on: what someone who knows the person (a neighbour, an
 * employer, a trafficker) could know without the file, and so use to find them in it.
 * majorityStatus is among them because it is derived from the same age as ageBroad: left out, it
 * would give away the age the band was generalised to hide.
 *
 * No "form of exploitation" summary is among them, on purpose. The forms, like the other flags,
 * are what the file exists to tell; CTDC treats them as sensitive attributes, not identifiers. A
 * summary column could be generalised only by hiding the flags too (else the flags would still
 * say it), which would empty the file of what it is for. The residual risk, that someone who
 * already knows a person's form of exploitation narrows a class down by it, is the known limit of
 * k-anonymity (it does not give l-diversity) and the reason a class must hold k people, not one.
 */
export const QUASI_IDENTIFIERS = CTDC_TEXT_COLUMNS;
export type QuasiIdentifier = CtdcTextColumn;

/** CTDC's gender words. The trans and non-conforming categories are one in CTDC's file. */
const GENDER: Record<PersonFacts["sex"], string> = {
  FEMALE: "Female",
  MALE: "Male",
  TRANSGENDER_FEMALE: "Transgender/NonConforming",
  TRANSGENDER_MALE: "Transgender/NonConforming",
  NON_CONFORMING: "Transgender/NonConforming",
  UNKNOWN: "",
};

const MEANS_OF_CONTROL_COLUMN = {
  DEBT_BONDAGE: "meansOfControlDebtBondage",
  WITHHOLDS_DOCUMENTS: "meansOfControlWithholdsDocuments",
  TAKES_EARNINGS: "meansOfControlTakesEarnings",
  THREATS_TO_PERSON: "meansOfControlThreatsToPerson",
  THREATS_TO_FAMILY: "meansOfControlThreatsToFamily",
  THREATS_OF_LAW_ENFORCEMENT: "meansOfControlThreatOfLawEnforcement",
  PHYSICAL_ABUSE: "meansOfControlPhysicalAbuse",
  SEXUAL_ABUSE: "meansOfControlSexualAbuse",
  PSYCHOLOGICAL_ABUSE: "meansOfControlPsychologicalAbuse",
  RESTRICTED_MOVEMENT: "meansOfControlRestrictsMovement",
  EXCESSIVE_WORKING_HOURS: "meansOfControlExcessiveWorkingHours",
  PSYCHOACTIVE_SUBSTANCES: "meansOfControlPsychoactiveSubstances",
  FALSE_PROMISES: "meansOfControlFalsePromises",
  OTHER: "meansOfControlOther",
} as const satisfies Record<MeansOfControl, (typeof MEANS_OF_CONTROL_COLUMNS)[number]>;

/**
 * The columns each form of exploitation sets. Under the Palermo Protocol a child's exploitation
 * needs no means, so CTDC counts child labour as labour exploitation (the age band says it was a
 * child). Forced begging and forced criminality are forced labour of a given type in CTDC's
 * model; servitude is among its "slavery and similar practices".
 */
const EXPLOITATION_TYPE_COLUMNS = {
  FORCED_LABOUR: ["isForcedLabour"],
  SEXUAL_EXPLOITATION: ["isSexualExploit"],
  CHILD_LABOUR: ["isForcedLabour"],
  FORCED_MARRIAGE: ["isForcedMarriage"],
  SERVITUDE: ["isSlaveryAndPractices"],
  FORCED_BEGGING: ["isForcedLabour", "typeOfLabourBegging"],
  FORCED_CRIMINALITY: ["isForcedLabour", "typeOfLabourIllicitActivities"],
  ORGAN_REMOVAL: ["isOrganRemoval"],
  OTHER: ["isOtherExploit"],
} as const satisfies Record<ExploitationType, readonly CtdcFlagColumn[]>;

/**
 * The column of each labour sector. Market and retail trade has no CTDC type of its own (CTDC's
 * "peddling" is street selling, a narrower thing), so it counts as other rather than be guessed
 * into one. The sex industry is the sector of commercial sexual exploitation, CTDC's
 * prostitution type.
 */
const LABOUR_SECTOR_COLUMN = {
  CONSTRUCTION: "typeOfLabourConstruction",
  AGRICULTURE: "typeOfLabourAgriculture",
  DOMESTIC_WORK: "typeOfLabourDomesticWork",
  MANUFACTURING: "typeOfLabourManufacturing",
  HOSPITALITY: "typeOfLabourHospitality",
  RETAIL_MARKETS: "typeOfLabourOther",
  TRANSPORT: "typeOfLabourTransportation",
  SEX_INDUSTRY: "typeOfSexProstitution",
  OTHER: "typeOfLabourOther",
} as const satisfies Record<LabourSector, (typeof LABOUR_COLUMNS)[number]>;

/** The recruiter's relation to the person: family, friend, or anyone else. */
const RECRUITER_COLUMN = {
  RELATIVE: "recruiterRelationFamily",
  FRIEND_OR_NEIGHBOUR: "recruiterRelationFriend",
  JOB_ADVERTISEMENT: "recruiterRelationOther",
  ONLINE_OR_SOCIAL_MEDIA: "recruiterRelationOther",
  EMPLOYMENT_AGENCY: "recruiterRelationOther",
  STRANGER: "recruiterRelationOther",
  OTHER: "recruiterRelationOther",
} as const satisfies Record<RecruitmentMethod, (typeof RECRUITER_COLUMNS)[number]>;

const MINORITY_ENDS = 18;
const KNOWN_COUNTRIES: ReadonlySet<string> = new Set(COUNTRY_CODES);
const DAY = /^(\d{4})-\d{2}-\d{2}$/;

/** The year of a "YYYY-MM-DD" day, or "" if the day is not one. */
function yearOf(day: string): string {
  return DAY.exec(day)?.[1] ?? "";
}

/** An age is known when it is a whole number of years, not below zero. */
function knownAge(age: number | null): age is number {
  return age !== null && Number.isInteger(age) && age >= 0;
}

/** The lowest age of a band ("18-20" → 18, "48+" → 48). */
const lowestAge = (band: AgeBand) => Number.parseInt(band, 10);

/** The CTDC band of an age: the last band whose lowest age it has reached. */
export function ageBandOf(age: number | null): AgeBand | "" {
  if (!knownAge(age)) return "";
  let found: AgeBand | "" = "";
  for (const band of AGE_BANDS) if (age >= lowestAge(band)) found = band;
  return found;
}

/** CTDC's majority status at identification. */
export function majorityStatusOf(age: number | null): "Adult" | "Minor" | "" {
  if (!knownAge(age)) return "";
  return age < MINORITY_ENDS ? "Minor" : "Adult";
}

/**
 * The first code of a list, if it is an assigned ISO country code. Checking it against the list
 * keeps anything else (a typo, text) out of a file that leaves the organisation.
 */
function firstCountry(codes: readonly string[]): string {
  const first = codes[0];
  return first !== undefined && KNOWN_COUNTRIES.has(first) ? first : "";
}

function textColumns(facts: PersonFacts): Record<CtdcTextColumn, string> {
  return {
    yearOfRegistration: yearOf(facts.identifiedOn),
    gender: GENDER[facts.sex] ?? "",
    ageBroad: ageBandOf(facts.ageAtIdentification),
    majorityStatus: majorityStatusOf(facts.ageAtIdentification),
    citizenship: firstCountry(facts.citizenships),
    CountryOfExploitation: firstCountry(facts.exploitationCountries),
  };
}

/** The flags a person's facts set; every other flag is 0. */
function flagsSet(facts: PersonFacts): Set<CtdcFlagColumn> {
  const set = new Set<CtdcFlagColumn>();
  for (const type of facts.exploitationTypes) for (const column of EXPLOITATION_TYPE_COLUMNS[type]) set.add(column);
  for (const means of facts.meansOfControl) set.add(MEANS_OF_CONTROL_COLUMN[means]);
  for (const sector of facts.labourSectors) set.add(LABOUR_SECTOR_COLUMN[sector]);
  if (facts.recruitmentMethod !== null) set.add(RECRUITER_COLUMN[facts.recruitmentMethod]);
  // CTDC's combined columns, derived from the ones above.
  if (set.has("isForcedLabour") && set.has("isSexualExploit")) set.add("isSexAndLabour");
  if (set.has("meansOfControlThreatsToPerson") || set.has("meansOfControlThreatsToFamily"))
    set.add("meansOfControlThreats");
  return set;
}

/**
 * Every column, empty or 0, in the order of CTDC_COLUMNS. Rows are copied from it rather than
 * built key by key: an object given forty-odd keys one at a time becomes a slow dictionary in V8,
 * which costs seconds over the hundred thousand rows of a network's file.
 */
const BLANK_ROW = Object.fromEntries(CTDC_COLUMNS.map((column) => [column, isTextColumn(column) ? "" : 0])) as CtdcRow;

function isTextColumn(column: CtdcColumn): column is CtdcTextColumn {
  return (CTDC_TEXT_COLUMNS as readonly string[]).includes(column);
}

/** A new row with every column empty or 0, its keys in the order of CTDC_COLUMNS. */
export function blankCtdcRow(): CtdcRow {
  return { ...BLANK_ROW };
}

/** One person's row, its keys in the order of CTDC_COLUMNS. */
export function toCtdcRow(facts: PersonFacts): CtdcRow {
  const row = blankCtdcRow();
  Object.assign(row, textColumns(facts));
  for (const column of flagsSet(facts)) row[column] = 1;
  return row;
}
