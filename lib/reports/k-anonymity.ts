// k-anonymity for the CTDC case-level file (lib/reports/ctdc.ts), by generalisation and
// suppression over its quasi-identifiers: in the published file every combination of
// quasi-identifier values is shared by at least k people, so no one can be picked out by what is
// known about them from outside the file (CTDC publishes with k = 11).
//
// The 0/1 flags (forms of exploitation, means of control, types of labour, recruiter) are the
// sensitive attributes, as CTDC treats them: what the file is published to tell, not what someone
// could already know. They pass unchanged; only the quasi-identifiers are recoded.
//
// The algorithm is a deterministic greedy in the manner of Sweeney's Datafly:
//  1. while more rows sit in classes (rows identical over the quasi-identifiers) smaller than k
//     than the suppression budget allows, generalise one step further the dimension with the most
//     distinct values (ties: the order of DIMENSIONS);
//  2. then remove every row still in a class smaller than k.
// Generalisation recodes a whole column (global recoding), so one value means one thing all
// through the published file. The greedy works on the exact classes with their sizes, never on
// the rows (planAnonymisation): a file is planned from its classes in one pass and published in
// a second (publish), so an export of a hundred thousand people streams without holding them.
import { CTDC_FLAG_COLUMNS, QUASI_IDENTIFIERS, blankCtdcRow, type CtdcRow, type QuasiIdentifier } from "./ctdc";

/** The share of rows that may be removed before a column is generalised instead. */
export const DEFAULT_MAX_SUPPRESSED_SHARE = 0.05;

/**
 * Sub-regions a citizenship or country of exploitation is generalised to, drawn for the routes
 * the organisations work on: Central Asia, and where its people are trafficked to. The South
 * Caucasus goes with Russia and Eastern Europe, whose routes it shares; Iran with the Middle East.
 * Every other country is OTHER.
 */
export const SUB_REGIONS = {
  CENTRAL_ASIA: ["KZ", "KG", "TJ", "TM", "UZ"],
  RUSSIA_EASTERN_EUROPE: [
    "RU",
    "BY",
    "UA",
    "MD",
    "AM",
    "AZ",
    "GE",
    "PL",
    "RO",
    "BG",
    "HU",
    "CZ",
    "SK",
    "EE",
    "LV",
    "LT",
  ],
  MIDDLE_EAST_TURKEY: ["TR", "AE", "SA", "QA", "KW", "BH", "OM", "YE", "IQ", "IR", "JO", "LB", "SY", "IL", "PS", "CY"],
  SOUTH_ASIA: ["AF", "PK", "IN", "BD", "NP", "LK", "BT", "MV"],
  EAST_ASIA: ["CN", "HK", "MO", "TW", "JP", "KR", "KP", "MN"],
} as const satisfies Record<string, readonly string[]>;
export type SubRegion = keyof typeof SUB_REGIONS | "OTHER";

const SUB_REGION_OF: ReadonlyMap<string, SubRegion> = new Map(
  Object.entries(SUB_REGIONS).flatMap(([region, codes]) => codes.map((code) => [code, region as SubRegion] as const)),
);

/** The sub-region of a country code; an unknown country stays unknown. */
export function subRegionOf(country: string): SubRegion | "" {
  if (country === "") return "";
  return SUB_REGION_OF.get(country) ?? "OTHER";
}

/** The five-year span a year falls in, spans starting on years ending in 0 or 5: 2023 → "2020-2024". */
function fiveYearSpan(year: string): string {
  if (!/^\d{4}$/.test(year)) return "";
  const start = Math.floor(Number(year) / 5) * 5;
  return `${start}-${start + 4}`;
}

/** Under 18 or not, from a CTDC band: the band's lowest age tells. */
function broadAgeBand(band: string): string {
  const lowest = Number.parseInt(band, 10);
  if (!Number.isInteger(lowest)) return "";
  return lowest < 18 ? "0-17" : "18+";
}

/** One rung of a column's hierarchy: a stable code (for the report) and how a value is recoded. */
interface Level {
  code: string;
  recode: (value: string) => string;
}

const exact: Level = { code: "exact", recode: (value) => value };
/** The top of every hierarchy: the value is no longer published ("" as CTDC writes unknown). */
const removed: Level = { code: "removed", recode: () => "" };

/** Each quasi-identifier's hierarchy, from the value as recorded up to removed. */
const HIERARCHIES: Record<QuasiIdentifier, readonly Level[]> = {
  yearOfRegistration: [exact, { code: "span5", recode: fiveYearSpan }, removed],
  gender: [exact, removed],
  ageBroad: [exact, { code: "broad", recode: broadAgeBand }, removed],
  majorityStatus: [exact, removed],
  citizenship: [exact, { code: "subregion", recode: subRegionOf }, removed],
  CountryOfExploitation: [exact, { code: "subregion", recode: subRegionOf }, removed],
};

/** The level of each quasi-identifier in its hierarchy. */
export type ColumnLevels = Record<QuasiIdentifier, number>;

/**
 * What the greedy moves, one step at a time: the level of each of its columns at each step.
 * Age is one dimension over two columns. majorityStatus says no more than the broad band
 * ("0-17" is a minor), so it stays while the band is exact or broad; once the band is removed it
 * goes too, or it would still give the broad band away.
 * The order is the order ties are broken in: what matters least to a reader of the figures gives
 * way first.
 */
const DIMENSIONS: readonly (readonly Partial<ColumnLevels>[])[] = [
  [{ yearOfRegistration: 0 }, { yearOfRegistration: 1 }, { yearOfRegistration: 2 }],
  [{ CountryOfExploitation: 0 }, { CountryOfExploitation: 1 }, { CountryOfExploitation: 2 }],
  [{ citizenship: 0 }, { citizenship: 1 }, { citizenship: 2 }],
  [
    { ageBroad: 0, majorityStatus: 0 },
    { ageBroad: 1, majorityStatus: 0 },
    { ageBroad: 2, majorityStatus: 1 },
  ],
  [{ gender: 0 }, { gender: 1 }],
];

export interface AnonymisationReport {
  k: number;
  inputRows: number;
  outputRows: number;
  suppressedRows: number;
  /**
   * How far each quasi-identifier was generalised: the level in its hierarchy and a stable code
   * for the interface to translate ("citizenship.subregion", "gender.removed").
   */
  levels: Record<QuasiIdentifier, { level: number; description: string }>;
}

export interface AnonymiseOptions {
  k: number;
  /** Share of the rows that may be removed rather than generalise further (default 0.05). */
  maxSuppressedShare?: number;
}

/** A row with its quasi-identifiers recoded to the given levels; the flags as they were. */
export function recode(row: CtdcRow, levels: ColumnLevels): CtdcRow {
  const out = withFlagsOf(row);
  for (const column of QUASI_IDENTIFIERS) out[column] = levelOf(column, levels[column]).recode(row[column]);
  return out;
}

/**
 * A new row holding only CTDC's columns (anything else a caller left on the row stays behind),
 * the flags copied; the quasi-identifiers are for the caller to fill.
 */
function withFlagsOf(row: CtdcRow): CtdcRow {
  const out = blankCtdcRow();
  for (const column of CTDC_FLAG_COLUMNS) out[column] = row[column];
  return out;
}

function levelOf(column: QuasiIdentifier, level: number): Level {
  const found = HIERARCHIES[column][level];
  if (!found) throw new RangeError(`No level ${level} for ${column}`);
  return found;
}

function columnLevels(steps: readonly number[]): ColumnLevels {
  const levels = Object.fromEntries(QUASI_IDENTIFIERS.map((column) => [column, 0])) as ColumnLevels;
  DIMENSIONS.forEach((dimension, index) => Object.assign(levels, dimension[steps[index]!]));
  return levels;
}

/**
 * The exact classes of the rows: each distinct combination of quasi-identifier values (as
 * recorded) with how many rows hold it. The greedy works on these, never on the rows, so a file of
 * a hundred thousand rows is planned from a few thousand classes and streamed afterwards
 * (lib/reports/case-level.ts) without holding its rows.
 */
export type ExactClasses = ReadonlyMap<string, number>;

/** A separator no code holds, so that joined values cannot run into each other. */
const SEPARATOR = "\u001f";

/** A row's exact class: its quasi-identifiers joined. */
export const classOf = (row: CtdcRow) => QUASI_IDENTIFIERS.map((column) => row[column]).join(SEPARATOR);

/** Adds one row to the classes being counted. */
export function countClass(classes: Map<string, number>, row: CtdcRow): void {
  const key = classOf(row);
  classes.set(key, (classes.get(key) ?? 0) + 1);
}

interface WeightedTuple {
  values: string[];
  count: number;
}

const tuplesOf = (classes: ExactClasses): WeightedTuple[] =>
  [...classes].map(([key, count]) => ({ values: key.split(SEPARATOR), count }));

/** A tuple recoded to the levels, as its generalised class key. */
function generalisedKey(values: readonly string[], levels: ColumnLevels): string {
  return QUASI_IDENTIFIERS.map((column, index) => levelOf(column, levels[column]).recode(values[index]!)).join(
    SEPARATOR,
  );
}

/** The generalised classes at the levels: how many rows each holds. */
function generalisedSizes(tuples: readonly WeightedTuple[], levels: ColumnLevels): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const tuple of tuples) {
    const key = generalisedKey(tuple.values, levels);
    sizes.set(key, (sizes.get(key) ?? 0) + tuple.count);
  }
  return sizes;
}

/** How many rows sit in classes smaller than k: those that would be removed now. */
function rowsInSmallClasses(sizes: ReadonlyMap<string, number>, k: number): number {
  let small = 0;
  for (const size of sizes.values()) if (size < k) small += size;
  return small;
}

/** The number of distinct values a dimension's columns take together, at the levels, over the rows. */
function distinctValues(
  dimension: readonly Partial<ColumnLevels>[],
  tuples: readonly WeightedTuple[],
  levels: ColumnLevels,
) {
  const own = (Object.keys(dimension[0]!) as QuasiIdentifier[]).map((column) => QUASI_IDENTIFIERS.indexOf(column));
  const seen = new Set<string>();
  for (const tuple of tuples)
    seen.add(
      own
        .map((index) =>
          levelOf(QUASI_IDENTIFIERS[index]!, levels[QUASI_IDENTIFIERS[index]!]).recode(tuple.values[index]!),
        )
        .join(SEPARATOR),
    );
  return seen.size;
}

/**
 * The dimension to generalise next: of those not yet at their top, the one with the most distinct
 * values (Datafly's choice: it splits the rows into the most classes); ties go to the earlier.
 * null when every dimension is at its top.
 */
function nextDimension(steps: readonly number[], tuples: readonly WeightedTuple[]): number | null {
  const levels = columnLevels(steps);
  let chosen: number | null = null;
  let most = -1;
  for (const [index, dimension] of DIMENSIONS.entries()) {
    if (steps[index]! >= dimension.length - 1) continue;
    const distinct = distinctValues(dimension, tuples, levels);
    if (distinct > most) {
      most = distinct;
      chosen = index;
    }
  }
  return chosen;
}

function checkOptions(k: number, share: number) {
  if (!Number.isInteger(k) || k < 1) throw new RangeError("k must be a whole number of at least 1");
  if (!Number.isFinite(share) || share < 0 || share > 1) {
    throw new RangeError("maxSuppressedShare must be between 0 and 1");
  }
}

/**
 * A row's flags as one number, the first flag its highest binary digit: a cheap sort key, exact
 * while there are fewer than 53 flags (there are 35).
 */
function flagNumber(row: CtdcRow): number {
  let number = 0;
  for (const column of CTDC_FLAG_COLUMNS) number = number * 2 + (row[column] === 1 ? 1 : 0);
  return number;
}

/**
 * Rows in a fixed order that owes nothing to the input's: rows arrive in the database's order,
 * which may follow the date a person was identified or their record made, and a published order
 * would carry it. Ordered by quasi-identifiers as text, then by flags.
 */
function sortedByContent(rows: readonly CtdcRow[]): CtdcRow[] {
  const classTexts = rows.map(classOf);
  const rank = new Map([...new Set(classTexts)].sort().map((text, position) => [text, position]));
  const ranks = classTexts.map((text) => rank.get(text)!);
  const flags = rows.map(flagNumber);
  const order = rows.map((_, index) => index);
  order.sort((a, b) => ranks[a]! - ranks[b]! || flags[a]! - flags[b]!);
  return order.map((index) => rows[index]!);
}

function report(k: number, inputRows: number, outputRows: number, levels: ColumnLevels): AnonymisationReport {
  const described = {} as AnonymisationReport["levels"];
  for (const column of QUASI_IDENTIFIERS) {
    const level = levels[column];
    described[column] = { level, description: `${column}.${levelOf(column, level).code}` };
  }
  return { k, inputRows, outputRows, suppressedRows: inputRows - outputRows, levels: described };
}

/** What the greedy decided: the level of each quasi-identifier and the classes' sizes there. */
export interface AnonymisationPlan {
  k: number;
  levels: ColumnLevels;
  /** Rows per generalised class: a row is published when its class holds at least k. */
  sizes: ReadonlyMap<string, number>;
  report: AnonymisationReport;
}

/**
 * The plan for rows counted into their exact classes: k-anonymous over QUASI_IDENTIFIERS,
 * generalised as little as the greedy finds enough, with at most maxSuppressedShare of the rows
 * removed, unless there are fewer than k rows in all, when nothing can be published.
 */
export function planAnonymisation(classes: ExactClasses, options: AnonymiseOptions): AnonymisationPlan {
  const { k } = options;
  const share = options.maxSuppressedShare ?? DEFAULT_MAX_SUPPRESSED_SHARE;
  checkOptions(k, share);
  const steps = DIMENSIONS.map(() => 0);
  const tuples = tuplesOf(classes);
  const total = tuples.reduce((sum, tuple) => sum + tuple.count, 0);
  let sizes = generalisedSizes(tuples, columnLevels(steps));
  // Fewer rows than k make no class of k at any level: generalising would only hide for nothing.
  if (total >= k) {
    const budget = share * total;
    while (rowsInSmallClasses(sizes, k) > budget) {
      // With every dimension at its top all rows are one class of at least k, so the loop ends.
      const dimension = nextDimension(steps, tuples);
      if (dimension === null) break;
      steps[dimension] = steps[dimension]! + 1;
      sizes = generalisedSizes(tuples, columnLevels(steps));
    }
  }
  const levels = columnLevels(steps);
  const kept = total - rowsInSmallClasses(sizes, k);
  return { k, levels, sizes, report: report(k, total, total >= k ? kept : 0, levels) };
}

/** The row as published under the plan, or null when its class is too small to publish. */
export function publish(row: CtdcRow, plan: AnonymisationPlan): CtdcRow | null {
  const out = recode(row, plan.levels);
  return (plan.sizes.get(classOf(out)) ?? 0) >= plan.k ? out : null;
}

/**
 * The rows as they may be published (the plan applied to rows held in memory), in an order that
 * owes nothing to the input's.
 */
export function anonymise(
  rows: readonly CtdcRow[],
  options: AnonymiseOptions,
): { rows: CtdcRow[]; report: AnonymisationReport } {
  const classes = new Map<string, number>();
  for (const row of rows) countClass(classes, row);
  const plan = planAnonymisation(classes, options);
  const kept: CtdcRow[] = [];
  for (const row of rows) {
    const out = publish(row, plan);
    if (out) kept.push(out);
  }
  return { rows: sortedByContent(kept), report: plan.report };
}
