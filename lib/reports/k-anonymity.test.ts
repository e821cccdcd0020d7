import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EXPLOITATION_TYPES, LABOUR_SECTORS, MEANS_OF_CONTROL, RECRUITMENT_METHODS } from "@/lib/victims/codes";
import { SEXES } from "@/lib/vocabulary/person";
import { CTDC_COLUMNS, CTDC_FLAG_COLUMNS, QUASI_IDENTIFIERS, toCtdcRow, type CtdcRow, type PersonFacts } from "./ctdc";
import { anonymise, recode, subRegionOf, type AnonymisationReport, type ColumnLevels } from "./k-anonymity";

// ---- helpers -------------------------------------------------------------------------------

const quasiKey = (row: CtdcRow) => QUASI_IDENTIFIERS.map((column) => row[column]).join("|");
const flagKey = (row: CtdcRow) => CTDC_FLAG_COLUMNS.map((column) => row[column]).join("");
const rowKey = (row: CtdcRow) => CTDC_COLUMNS.map((column) => row[column]).join("|");

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** Every combination of quasi-identifier values occurs at least k times. */
function isKAnonymous(rows: readonly CtdcRow[], k: number): boolean {
  return [...countBy(rows, quasiKey).values()].every((count) => count >= k);
}

/** Whether every item of `part` can be matched to its own item of `whole` (multiset inclusion). */
function isSubMultiset(part: Map<string, number>, whole: Map<string, number>): boolean {
  return [...part].every(([key, count]) => (whole.get(key) ?? 0) >= count);
}

const levelNumbers = (report: AnonymisationReport) =>
  Object.fromEntries(QUASI_IDENTIFIERS.map((column) => [column, report.levels[column].level])) as ColumnLevels;

const descriptions = (report: AnonymisationReport) =>
  Object.fromEntries(QUASI_IDENTIFIERS.map((column) => [column, report.levels[column].description]));

const nobody: PersonFacts = {
  identifiedOn: "2023-05-10",
  sex: "FEMALE",
  ageAtIdentification: 25,
  citizenships: ["UZ"],
  exploitationCountries: ["RU"],
  exploitationTypes: ["FORCED_LABOUR"],
  meansOfControl: [],
  labourSectors: [],
  recruitmentMethod: null,
};

/** `count` rows of a person, the flags varying so that a class holds different stories. */
function people(count: number, facts: Partial<PersonFacts>): CtdcRow[] {
  return Array.from({ length: count }, (_, index) =>
    toCtdcRow({
      ...nobody,
      meansOfControl: [MEANS_OF_CONTROL[index % MEANS_OF_CONTROL.length]!],
      recruitmentMethod: RECRUITMENT_METHODS[index % RECRUITMENT_METHODS.length]!,
      ...facts,
    }),
  );
}

const sortedKeys = (rows: readonly CtdcRow[]) => rows.map(rowKey).sort();

const hasCtdcColumnsOnly = (row: object) => {
  const keys = Object.keys(row);
  return keys.length === CTDC_COLUMNS.length && keys.every((key, index) => key === CTDC_COLUMNS[index]);
};

// ---- arbitraries over the real vocabularies, biased towards few values so classes form ---------

const few = <T>(common: readonly T[], rare: readonly T[]) =>
  fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...common) }, { weight: 1, arbitrary: fc.constantFrom(...rare) });

const personFacts: fc.Arbitrary<PersonFacts> = fc.record({
  identifiedOn: few([2022, 2023], [2015, 2018, 2019, 2020, 2021, 2024, 2025]).map((year) => `${year}-04-01`),
  sex: few(["FEMALE", "MALE"] as const, SEXES),
  ageAtIdentification: fc.option(few([19, 22, 25, 28, 33], [3, 12, 16, 17, 18, 41, 55, 70]), { freq: 8 }),
  citizenships: fc.array(few(["UZ", "TJ", "KG"], ["KZ", "TM", "AF", "RU", "CN", "IN", "DE", "US", "ZZ"]), {
    maxLength: 2,
  }),
  exploitationCountries: fc.uniqueArray(few(["RU", "KZ", "TR"], ["AE", "SA", "CN", "PK", "PL", "KR", "TH"]), {
    maxLength: 2,
  }),
  exploitationTypes: fc.subarray([...EXPLOITATION_TYPES], { maxLength: 3 }),
  meansOfControl: fc.subarray([...MEANS_OF_CONTROL], { maxLength: 4 }),
  labourSectors: fc.subarray([...LABOUR_SECTORS], { maxLength: 2 }),
  recruitmentMethod: fc.option(fc.constantFrom(...RECRUITMENT_METHODS)),
});

/**
 * Up to 2,000 rows: a few profiles (fast-check's default size keeps them to about ten), each
 * repeated, so that both big and small classes occur.
 */
const dataSet: fc.Arbitrary<CtdcRow[]> = fc
  .array(fc.record({ facts: personFacts, copies: fc.integer({ min: 1, max: 300 }) }), { maxLength: 30 })
  .map((profiles) =>
    profiles.flatMap(({ facts, copies }) => Array.from({ length: copies }, () => toCtdcRow(facts))).slice(0, 2000),
  );

const kValue = fc.oneof(fc.constant(11), fc.integer({ min: 2, max: 20 }));
const share = fc.oneof(fc.constant(undefined), fc.constantFrom(0, 0.01, 0.05, 0.2));

// ---- properties ------------------------------------------------------------------------------

describe("anonymise: properties", () => {
  it("publishes k-anonymous rows of CTDC's columns, each a recoded input row, and accounts for every row", () => {
    fc.assert(
      fc.property(dataSet, kValue, share, (rows, k, maxSuppressedShare) => {
        const { rows: out, report } = anonymise(rows, { k, maxSuppressedShare });

        // (a) every combination of quasi-identifier values occurs at least k times
        expect(isKAnonymous(out, k)).toBe(true);
        // (b) nothing is lost without being counted
        expect(report.outputRows).toBe(out.length);
        expect(out.length + report.suppressedRows).toBe(rows.length);
        expect(report.inputRows).toBe(rows.length);
        // (c) the published rows hold CTDC's columns and nothing else, in order
        expect(out.every(hasCtdcColumnsOnly)).toBe(true);
        // (d) the flags of the published rows are the flags of as many input rows
        expect(isSubMultiset(countBy(out, flagKey), countBy(rows, flagKey))).toBe(true);

        // The published file is exactly the input recoded to the reported levels, less the rows
        // of classes smaller than k: nothing else is changed or removed.
        if (rows.length >= k) {
          const levels = levelNumbers(report);
          const recoded = rows.map((row) => recode(row, levels));
          const sizes = countBy(recoded, quasiKey);
          const expected = recoded.filter((row) => sizes.get(quasiKey(row))! >= k);
          expect(sortedKeys(out)).toEqual(sortedKeys(expected));
          // and it removes no more rows than the budget allows
          const budget = (maxSuppressedShare ?? 0.05) * rows.length;
          expect(report.suppressedRows).toBeLessThanOrEqual(budget);
          // It generalises only when suppression alone would be over the budget.
          const alreadySmall = [...countBy(rows, quasiKey).values()].filter((count) => count < k);
          const generalised = QUASI_IDENTIFIERS.some((column) => report.levels[column].level > 0);
          expect(generalised).toBe(alreadySmall.reduce((a, b) => a + b, 0) > budget);
        } else {
          expect(out).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it("does not depend on the order the rows come in", () => {
    fc.assert(
      fc.property(dataSet, kValue, (rows, k) => {
        expect(anonymise([...rows].reverse(), { k })).toEqual(anonymise(rows, { k }));
      }),
      { numRuns: 20 },
    );
  }, 30_000);
});

// ---- examples --------------------------------------------------------------------------------

describe("anonymise: examples", () => {
  it("leaves a data set that is already 11-anonymous as it is, every level exact", () => {
    const rows = [
      ...people(12, {}),
      ...people(15, { sex: "MALE", ageAtIdentification: 31 }),
      ...people(11, { citizenships: ["TJ"], exploitationCountries: ["KZ"], identifiedOn: "2022-01-03" }),
    ];
    const { rows: out, report } = anonymise(rows, { k: 11 });
    expect(sortedKeys(out)).toEqual(sortedKeys(rows));
    expect(report).toEqual({
      k: 11,
      inputRows: 38,
      outputRows: 38,
      suppressedRows: 0,
      levels: {
        yearOfRegistration: { level: 0, description: "yearOfRegistration.exact" },
        gender: { level: 0, description: "gender.exact" },
        ageBroad: { level: 0, description: "ageBroad.exact" },
        majorityStatus: { level: 0, description: "majorityStatus.exact" },
        citizenship: { level: 0, description: "citizenship.exact" },
        CountryOfExploitation: { level: 0, description: "CountryOfExploitation.exact" },
      },
    });
  });

  it("suppresses a single outlier rather than generalise a whole column, within the budget", () => {
    const rows = [...people(120, {}), ...people(80, { citizenships: ["TJ"] }), ...people(1, { citizenships: ["CN"] })];
    const { rows: out, report } = anonymise(rows, { k: 11 });
    expect(report.suppressedRows).toBe(1);
    expect(report.outputRows).toBe(200);
    expect(Object.values(descriptions(report)).every((code) => code.endsWith(".exact"))).toBe(true);
    expect(out.some((row) => row.citizenship === "CN")).toBe(false);
    expect(new Set(out.map((row) => row.citizenship))).toEqual(new Set(["UZ", "TJ"]));
  });

  it("generalises the outlier's column instead once suppression would exceed the budget", () => {
    const rows = [...people(120, {}), ...people(1, { citizenships: ["CN"] })];
    const { report } = anonymise(rows, { k: 11, maxSuppressedShare: 0 });
    // Citizenship has the most distinct values; to sub-regions is not enough (EAST_ASIA is one
    // row), so it is removed.
    expect(descriptions(report)).toMatchObject({
      citizenship: "citizenship.removed",
      yearOfRegistration: "yearOfRegistration.exact",
      CountryOfExploitation: "CountryOfExploitation.exact",
    });
    expect(report.suppressedRows).toBe(0);
  });

  it("generalises the year, the column with the most distinct values, to five-year spans", () => {
    const rows = Array.from({ length: 10 }, (_, index) => people(10, { identifiedOn: `${2015 + index}-07-01` })).flat();
    const { rows: out, report } = anonymise(rows, { k: 11 });
    expect(descriptions(report)).toEqual({
      yearOfRegistration: "yearOfRegistration.span5",
      gender: "gender.exact",
      ageBroad: "ageBroad.exact",
      majorityStatus: "majorityStatus.exact",
      citizenship: "citizenship.exact",
      CountryOfExploitation: "CountryOfExploitation.exact",
    });
    expect(countBy(out, (row) => row.yearOfRegistration)).toEqual(
      new Map([
        ["2015-2019", 50],
        ["2020-2024", 50],
      ]),
    );
  });

  it("generalises citizenship to sub-regions when that is where the small classes come from", () => {
    const rows = [
      ...people(6, { citizenships: ["UZ"] }),
      ...people(6, { citizenships: ["TJ"] }),
      ...people(6, { citizenships: ["KG"] }),
    ];
    const { rows: out, report } = anonymise(rows, { k: 11 });
    expect(report.levels.citizenship).toEqual({ level: 1, description: "citizenship.subregion" });
    expect(report.suppressedRows).toBe(0);
    expect(out.every((row) => row.citizenship === "CENTRAL_ASIA")).toBe(true);
  });

  it("keeps majority status while the age band is broadened, and removes both together", () => {
    const bands = [1, 10, 19, 22, 25, 28, 35, 44, 60];
    const broadEnough = bands.flatMap((age) => people(age < 18 ? 6 : 5, { ageAtIdentification: age }));
    const broadened = anonymise(broadEnough, { k: 11 });
    expect(broadened.report.levels.ageBroad.description).toBe("ageBroad.broad");
    expect(broadened.report.levels.majorityStatus.description).toBe("majorityStatus.exact");
    expect(countBy(broadened.rows, (row) => `${row.ageBroad} ${row.majorityStatus}`)).toEqual(
      new Map([
        ["0-17 Minor", 12],
        ["18+ Adult", 35],
      ]),
    );

    const tooFewChildren = bands.flatMap((age) => people(5, { ageAtIdentification: age }));
    const removed = anonymise(tooFewChildren, { k: 11, maxSuppressedShare: 0 });
    expect(removed.report.levels.ageBroad.description).toBe("ageBroad.removed");
    expect(removed.report.levels.majorityStatus.description).toBe("majorityStatus.removed");
    expect(removed.rows.every((row) => row.ageBroad === "" && row.majorityStatus === "")).toBe(true);
  });

  it("publishes nothing, and says so, when there are fewer rows than k", () => {
    const { rows, report } = anonymise(people(7, {}), { k: 11 });
    expect(rows).toEqual([]);
    expect(report).toMatchObject({ k: 11, inputRows: 7, outputRows: 0, suppressedRows: 7 });
  });

  it("handles no rows at all", () => {
    const { rows, report } = anonymise([], { k: 11 });
    expect(rows).toEqual([]);
    expect(report).toMatchObject({ inputRows: 0, outputRows: 0, suppressedRows: 0 });
  });

  it("refuses a k or a budget that makes no sense", () => {
    expect(() => anonymise([], { k: 0 })).toThrow(RangeError);
    expect(() => anonymise([], { k: 2.5 })).toThrow(RangeError);
    expect(() => anonymise([], { k: 11, maxSuppressedShare: 1.5 })).toThrow(RangeError);
    expect(() => anonymise([], { k: 11, maxSuppressedShare: Number.NaN })).toThrow(RangeError);
  });

  it("drops any column that is not CTDC's", () => {
    const rows = people(12, {}).map((row) => ({ ...row, name: "Not to be published" }));
    const { rows: out } = anonymise(rows, { k: 11 });
    expect(out).toHaveLength(12);
    expect(out.every(hasCtdcColumnsOnly)).toBe(true);
  });

  it("groups countries into sub-regions, and leaves unknown unknown", () => {
    expect(["UZ", "RU", "TR", "AF", "CN", "DE", ""].map(subRegionOf)).toEqual([
      "CENTRAL_ASIA",
      "RUSSIA_EASTERN_EUROPE",
      "MIDDLE_EAST_TURKEY",
      "SOUTH_ASIA",
      "EAST_ASIA",
      "OTHER",
      "",
    ]);
  });

  it("anonymises 100,000 rows", () => {
    const rows = largeDataSet(100_000);
    const { rows: out, report } = anonymise(rows, { k: 11 });
    expect(isKAnonymous(out, 11)).toBe(true);
    expect(out.length + report.suppressedRows).toBe(100_000);
    expect(report.suppressedRows).toBeLessThanOrEqual(5_000);
    expect(isSubMultiset(countBy(out, flagKey), countBy(rows, flagKey))).toBe(true);
  }, 60_000);
});

/** A seeded generator (a linear congruential one), so the large data set is the same every run. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Rows shaped like a regional network's: most people from three countries, a long tail. */
function largeDataSet(count: number): CtdcRow[] {
  const random = seeded(42);
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
  const skewed = <T>(common: readonly T[], rare: readonly T[]) => (random() < 0.9 ? pick(common) : pick(rare));
  const some = <T>(values: readonly T[], most: number) => values.filter(() => random() < most / values.length);
  return Array.from({ length: count }, () =>
    toCtdcRow({
      identifiedOn: `${2010 + Math.floor(random() * 16)}-01-01`,
      sex: skewed(["FEMALE", "MALE"] as const, SEXES),
      ageAtIdentification: random() < 0.1 ? null : Math.floor(random() * 70),
      citizenships: [skewed(["UZ", "TJ", "KG"], ["KZ", "TM", "AF", "RU", "CN", "IN", "DE", "US", "NG", "BR"])],
      exploitationCountries: [skewed(["RU", "KZ", "TR"], ["AE", "SA", "CN", "PK", "PL", "KR", "TH", "IT"])],
      exploitationTypes: some(EXPLOITATION_TYPES, 1.5),
      meansOfControl: some(MEANS_OF_CONTROL, 3),
      labourSectors: some(LABOUR_SECTORS, 1),
      recruitmentMethod: random() < 0.3 ? null : pick(RECRUITMENT_METHODS),
    }),
  );
}
