import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EXPLOITATION_TYPES, LABOUR_SECTORS, MEANS_OF_CONTROL, RECRUITMENT_METHODS } from "@/lib/victims/codes";
import { SEXES } from "@/lib/vocabulary/person";
import { AGE_BANDS } from "./codes";
import {
  CTDC_COLUMNS,
  CTDC_FLAG_COLUMNS,
  CTDC_TEXT_COLUMNS,
  QUASI_IDENTIFIERS,
  ageBandOf,
  majorityStatusOf,
  toCtdcRow,
  type CtdcRow,
  type PersonFacts,
} from "./ctdc";

const unknownPerson: PersonFacts = {
  identifiedOn: "",
  sex: "UNKNOWN",
  ageAtIdentification: null,
  citizenships: [],
  exploitationCountries: [],
  exploitationTypes: [],
  meansOfControl: [],
  labourSectors: [],
  recruitmentMethod: null,
};

/** The flags of a row that are 1, sorted. */
const flagsOn = (row: CtdcRow) => CTDC_FLAG_COLUMNS.filter((column) => row[column] === 1).sort();

describe("the CTDC column set", () => {
  it("has a stable header: who the person is first, then what happened to them", () => {
    expect(CTDC_COLUMNS.slice(0, 6)).toEqual([
      "yearOfRegistration",
      "gender",
      "ageBroad",
      "majorityStatus",
      "citizenship",
      "CountryOfExploitation",
    ]);
    expect(CTDC_COLUMNS).toMatchInlineSnapshot(`
      [
        "yearOfRegistration",
        "gender",
        "ageBroad",
        "majorityStatus",
        "citizenship",
        "CountryOfExploitation",
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
        "isForcedLabour",
        "isSexualExploit",
        "isOtherExploit",
        "isSexAndLabour",
        "isForcedMarriage",
        "isOrganRemoval",
        "isSlaveryAndPractices",
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
        "recruiterRelationFamily",
        "recruiterRelationFriend",
        "recruiterRelationOther",
      ]
    `);
  });

  it("names each column once, in CTDC's camelCase", () => {
    expect(new Set(CTDC_COLUMNS).size).toBe(CTDC_COLUMNS.length);
    for (const column of CTDC_COLUMNS) expect(column).toMatch(/^[A-Za-z]+$/);
  });

  it("enforces k-anonymity on the text columns, which say who the person is", () => {
    expect([...QUASI_IDENTIFIERS]).toEqual([...CTDC_TEXT_COLUMNS]);
  });
});

describe("a person as a CTDC row", () => {
  it("maps a person of whom everything is known", () => {
    const row = toCtdcRow({
      identifiedOn: "2024-03-15",
      sex: "FEMALE",
      ageAtIdentification: 22,
      citizenships: ["UZ", "RU"],
      exploitationCountries: ["TR", "AE"],
      exploitationTypes: ["FORCED_LABOUR", "SEXUAL_EXPLOITATION", "FORCED_BEGGING"],
      meansOfControl: ["DEBT_BONDAGE", "WITHHOLDS_DOCUMENTS", "THREATS_TO_FAMILY"],
      labourSectors: ["DOMESTIC_WORK", "RETAIL_MARKETS", "SEX_INDUSTRY"],
      recruitmentMethod: "RELATIVE",
    });
    expect(Object.keys(row)).toEqual([...CTDC_COLUMNS]);
    expect(row).toMatchObject({
      yearOfRegistration: "2024",
      gender: "Female",
      ageBroad: "21-23",
      majorityStatus: "Adult",
      citizenship: "UZ",
      CountryOfExploitation: "TR",
    });
    expect(flagsOn(row)).toEqual(
      [
        "meansOfControlDebtBondage",
        "meansOfControlWithholdsDocuments",
        "meansOfControlThreatsToFamily",
        "meansOfControlThreats",
        "isForcedLabour",
        "isSexualExploit",
        "isSexAndLabour",
        "typeOfLabourBegging",
        "typeOfLabourDomesticWork",
        "typeOfLabourOther",
        "typeOfSexProstitution",
        "recruiterRelationFamily",
      ].sort(),
    );
  });

  it("writes what is not known as empty and every flag as 0, never a guess", () => {
    const row = toCtdcRow(unknownPerson);
    expect(Object.keys(row)).toEqual([...CTDC_COLUMNS]);
    for (const column of CTDC_TEXT_COLUMNS) expect(row[column]).toBe("");
    for (const column of CTDC_FLAG_COLUMNS) expect(row[column]).toBe(0);
  });

  it("keeps out a country that is not an assigned ISO code, and a day that is not a day", () => {
    const row = toCtdcRow({
      ...unknownPerson,
      identifiedOn: "15.03.2024",
      citizenships: ["Uzbekistan", "UZ"],
      exploitationCountries: ["XX"],
    });
    expect(row.yearOfRegistration).toBe("");
    expect(row.citizenship).toBe("");
    expect(row.CountryOfExploitation).toBe("");
  });

  it("bands ages as CTDC does, minors below 18", () => {
    expect([0, 8, 9, 17, 18, 20, 21, 29, 30, 38, 39, 47, 48, 99].map(ageBandOf)).toEqual([
      "0-8",
      "0-8",
      "9-17",
      "9-17",
      "18-20",
      "18-20",
      "21-23",
      "27-29",
      "30-38",
      "30-38",
      "39-47",
      "39-47",
      "48+",
      "48+",
    ]);
    expect([17, 18].map(majorityStatusOf)).toEqual(["Minor", "Adult"]);
    expect([null, -1, 2.5].map(ageBandOf)).toEqual(["", "", ""]);
    expect([null, -1, 2.5].map(majorityStatusOf)).toEqual(["", "", ""]);
  });

  it("collapses the trans and non-conforming categories into CTDC's one", () => {
    const genders = SEXES.map((sex) => toCtdcRow({ ...unknownPerson, sex }).gender);
    expect(genders).toEqual([
      "Female",
      "Male",
      "Transgender/NonConforming",
      "Transgender/NonConforming",
      "Transgender/NonConforming",
      "",
    ]);
  });

  it("maps the recruiter to family, friend or other, and nothing when not known", () => {
    const relation = (recruitmentMethod: PersonFacts["recruitmentMethod"]) =>
      flagsOn(toCtdcRow({ ...unknownPerson, recruitmentMethod }));
    expect(relation("RELATIVE")).toEqual(["recruiterRelationFamily"]);
    expect(relation("FRIEND_OR_NEIGHBOUR")).toEqual(["recruiterRelationFriend"]);
    for (const method of [
      "JOB_ADVERTISEMENT",
      "ONLINE_OR_SOCIAL_MEDIA",
      "EMPLOYMENT_AGENCY",
      "STRANGER",
      "OTHER",
    ] as const)
      expect(relation(method)).toEqual(["recruiterRelationOther"]);
    expect(relation(null)).toEqual([]);
  });

  it("gives every value of the vocabularies a flag of its own or a CTDC one", () => {
    for (const type of EXPLOITATION_TYPES)
      expect(flagsOn(toCtdcRow({ ...unknownPerson, exploitationTypes: [type] })).length).toBeGreaterThan(0);
    for (const means of MEANS_OF_CONTROL)
      expect(flagsOn(toCtdcRow({ ...unknownPerson, meansOfControl: [means] })).length).toBeGreaterThan(0);
    for (const sector of LABOUR_SECTORS)
      expect(flagsOn(toCtdcRow({ ...unknownPerson, labourSectors: [sector] }))).toHaveLength(1);
    // One column per means of control, but for threats, which CTDC also counts together.
    const meansColumns = new Set(
      MEANS_OF_CONTROL.map((means) => flagsOn(toCtdcRow({ ...unknownPerson, meansOfControl: [means] })).join()),
    );
    expect(meansColumns.size).toBe(MEANS_OF_CONTROL.length);
  });

  it("holds nothing but codes, 0/1 and empty, whatever the facts", () => {
    const country = fc.constantFrom("UZ", "TJ", "RU", "TR", "CN", "AF", "not a code", "");
    const facts: fc.Arbitrary<PersonFacts> = fc.record({
      identifiedOn: fc.oneof(
        fc
          .date({ min: new Date("2000-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        fc.string(),
      ),
      sex: fc.constantFrom(...SEXES),
      ageAtIdentification: fc.option(fc.oneof(fc.integer({ min: -5, max: 120 }), fc.double())),
      citizenships: fc.array(country, { maxLength: 3 }),
      exploitationCountries: fc.uniqueArray(country, { maxLength: 3 }),
      exploitationTypes: fc.subarray([...EXPLOITATION_TYPES]),
      meansOfControl: fc.subarray([...MEANS_OF_CONTROL]),
      labourSectors: fc.subarray([...LABOUR_SECTORS]),
      recruitmentMethod: fc.option(fc.constantFrom(...RECRUITMENT_METHODS)),
    });
    const allowed: Record<(typeof CTDC_TEXT_COLUMNS)[number], RegExp> = {
      yearOfRegistration: /^(\d{4})?$/,
      gender: /^(Female|Male|Transgender\/NonConforming)?$/,
      ageBroad: new RegExp(`^(${AGE_BANDS.map((band) => band.replace("+", "\\+")).join("|")})?$`),
      majorityStatus: /^(Adult|Minor)?$/,
      citizenship: /^([A-Z]{2})?$/,
      CountryOfExploitation: /^([A-Z]{2})?$/,
    };
    fc.assert(
      fc.property(facts, (person) => {
        const row = toCtdcRow(person);
        expect(Object.keys(row)).toEqual([...CTDC_COLUMNS]);
        for (const column of CTDC_TEXT_COLUMNS) expect(row[column]).toMatch(allowed[column]);
        for (const column of CTDC_FLAG_COLUMNS) expect([0, 1]).toContain(row[column]);
        // A combined column says no more than the columns it combines.
        expect(row.isSexAndLabour).toBe(row.isForcedLabour && row.isSexualExploit);
        expect(row.meansOfControlThreats).toBe(
          row.meansOfControlThreatsToPerson || row.meansOfControlThreatsToFamily ? 1 : 0,
        );
      }),
      { numRuns: 100 },
    );
  });
});
