// `npm run bench:anonymise`: how long the k-anonymity plan takes for the anonymised case-level file
// (lib/reports/k-anonymity.ts), on synthetic people spread as the scale seed spreads them, at
// 10,000, 100,000 and 1,000,000 rows. Prints the time to count the classes and plan, the classes,
// the levels reached and the people left out; judges nothing.
import { toCtdcRow, type PersonFacts } from "../../lib/reports/ctdc";
import { countClass, planAnonymisation } from "../../lib/reports/k-anonymity";

function random(seed: number) {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

const pick = <T>(rnd: () => number, values: readonly T[]) => values[Math.floor(rnd() * values.length)]!;

function person(rnd: () => number): PersonFacts {
  return {
    identifiedOn: `${2016 + Math.floor(rnd() * 10)}-0${1 + Math.floor(rnd() * 9)}-15`,
    sex: rnd() < 0.55 ? "FEMALE" : "MALE",
    ageAtIdentification: 14 + Math.floor(rnd() * 45),
    citizenships: [pick(rnd, ["UZ", "TJ", "KG", "KZ", "TM", "AF"])],
    exploitationCountries: rnd() < 0.9 ? [pick(rnd, ["RU", "RU", "KZ", "TR", "AE", "KR", "CN"])] : [],
    exploitationTypes: [
      pick(rnd, ["FORCED_LABOUR", "FORCED_LABOUR", "SEXUAL_EXPLOITATION", "FORCED_MARRIAGE"] as const),
    ],
    meansOfControl: [pick(rnd, ["DEBT_BONDAGE", "WITHHOLDS_DOCUMENTS", "TAKES_EARNINGS"] as const)],
    labourSectors: [pick(rnd, ["CONSTRUCTION", "AGRICULTURE", "DOMESTIC_WORK"] as const)],
    recruitmentMethod: pick(rnd, ["RELATIVE", "FRIEND_OR_NEIGHBOUR", "JOB_ADVERTISEMENT"] as const),
  };
}

for (const size of [10_000, 100_000, 1_000_000]) {
  const rnd = random(2026);
  const rows = Array.from({ length: size }, () => toCtdcRow(person(rnd)));
  const started = performance.now();
  const classes = new Map<string, number>();
  for (const row of rows) countClass(classes, row);
  const counted = performance.now();
  const plan = planAnonymisation(classes, { k: 11 });
  const planned = performance.now();
  const levels = Object.values(plan.report.levels)
    .map((l) => l.description)
    .join(", ");
  console.log(
    `${size.toLocaleString("en")} people: classes counted in ${(counted - started).toFixed(0)} ms (${classes.size} classes), ` +
      `planned in ${(planned - counted).toFixed(0)} ms; ${plan.report.suppressedRows} left out; ${levels}`,
  );
}
