// Situations at scale: what happened to groups of people, recorded by each organisation over the
// years, mostly in the destination countries of the region's labour migration and chosen from the
// regions lists (lib/i18n/regions) as the form offers them, some with the region or the start not
// known. Older situations are mostly closed. Summaries are encrypted as the app encrypts them, and
// each year's reference counter stands at its last number, so the app numbers new ones after them.
import crypto from "node:crypto";
import type pg from "pg";
import { encryptField, fieldContext } from "../../lib/crypto";
import { regionsOf } from "../../lib/i18n/regions";
import type { EXPLOITATION_TYPES, LABOUR_SECTORS } from "../../lib/victims/codes";
import type { SituationStatusCode } from "../../lib/situations/codes";
import { pick, weighted } from "../../prisma/demo-calls";
import { copyRows } from "./copy";
import { ORIGIN_COUNTRIES, shareOut, type ScaleOrganisation } from "./network";

const DAY_MS = 86_400_000;

type Exploitation = (typeof EXPLOITATION_TYPES)[number];
type Sector = (typeof LABOUR_SECTORS)[number];

const EXPLOITATION: [Exploitation, number][] = [
  ["FORCED_LABOUR", 60],
  ["SEXUAL_EXPLOITATION", 18],
  ["SERVITUDE", 6],
  ["FORCED_BEGGING", 4],
  ["CHILD_LABOUR", 4],
  ["FORCED_MARRIAGE", 3],
  ["FORCED_CRIMINALITY", 3],
  ["ORGAN_REMOVAL", 1],
  ["OTHER", 1],
];

/** Where an origin country's organisations find their people exploited. */
const DESTINATIONS: [string, number][] = [
  ["RU", 50],
  ["KZ", 20],
  ["TR", 8],
  ["AE", 5],
  ["KR", 5],
  ["CN", 2],
];

const SUMMARIES = [
  "A brigade recruited from one village for construction work; passports taken by the foreman; unpaid for months.",
  "Women promised work as waitresses; kept in a flat and made to work; one escaped and called her sister.",
  "Seasonal farm workers housed in a barn; the debt for travel and food grows faster than their wages.",
  "Teenagers selling goods at a market for a relative who keeps all the money.",
];

/** Regions on the routes: the first few of a list (the cities and the regions around them) come up more. */
function regionOf(rnd: () => number, countryCode: string): string | null {
  const regions = regionsOf(countryCode);
  if (regions.length === 0 || rnd() < 0.15) return null;
  return regions[Math.floor(Math.pow(rnd(), 2.5) * regions.length)]!.code;
}

export async function createSituations(
  db: pg.PoolClient,
  rnd: () => number,
  organisations: ScaleOrganisation[],
  options: { situations: number; years: number; now: Date; batch: number },
  progress: (done: number) => void,
): Promise<number> {
  let done = 0;
  const span = options.years * 365 * DAY_MS;
  for (const [org, count] of shareOut(options.situations, organisations)) {
    const staff = [...org.coordinatorIds, ...org.caseWorkerIds];
    // Oldest first, so references rise with time within each year.
    const dates = Array.from(
      { length: count },
      () => new Date(options.now.getTime() - Math.pow(rnd(), 0.7) * span),
    ).sort((a, b) => a.getTime() - b.getTime());
    const perYear = new Map<number, number>();
    for (let made = 0; made < count; made += options.batch) {
      const rows = [];
      for (const createdAt of dates.slice(made, made + options.batch)) {
        const year = createdAt.getUTCFullYear();
        const seq = (perYear.get(year) ?? 0) + 1;
        perYear.set(year, seq);
        const id = crypto.randomUUID();
        const countryCode = ORIGIN_COUNTRIES.includes(org.countryCode)
          ? rnd() < 0.1
            ? org.countryCode
            : weighted(rnd, DESTINATIONS)
          : rnd() < 0.8
            ? org.countryCode
            : weighted(rnd, DESTINATIONS);
        const first = rnd() < 0.05 ? null : weighted(rnd, EXPLOITATION);
        const exploitationTypes = !first
          ? []
          : rnd() < 0.25
            ? [...new Set([first, weighted(rnd, EXPLOITATION)])]
            : [first];
        const labourSectors: Sector[] = exploitationTypes.includes("FORCED_LABOUR")
          ? [pick(rnd, ["CONSTRUCTION", "AGRICULTURE", "MANUFACTURING", "DOMESTIC_WORK", "RETAIL_MARKETS"] as const)]
          : exploitationTypes.includes("SEXUAL_EXPLOITATION")
            ? ["SEX_INDUSTRY"]
            : [];
        const old = options.now.getTime() - createdAt.getTime() > 2 * 365 * DAY_MS;
        const status: SituationStatusCode = old
          ? weighted(rnd, [
              ["CLOSED", 85],
              ["MONITORING", 10],
              ["OPEN", 5],
            ])
          : weighted(rnd, [
              ["OPEN", 55],
              ["MONITORING", 20],
              ["CLOSED", 25],
            ]);
        // Most started weeks or months before anyone recorded them; some starts are not known.
        const started = rnd() < 0.8 ? new Date(createdAt.getTime() - Math.floor(rnd() * 180) * DAY_MS) : null;
        const worker = pick(rnd, staff);
        rows.push({
          id,
          organisationId: org.id,
          reference: `${org.code}-S-${year}-${String(seq).padStart(4, "0")}`,
          status,
          closureReason: status === "CLOSED" ? "Everyone known to be involved is out of the situation." : null,
          countryCode,
          regionCode: regionOf(rnd, countryCode),
          exploitationTypes,
          labourSectors,
          startedOn: started
            ? new Date(Date.UTC(started.getUTCFullYear(), started.getUTCMonth(), started.getUTCDate()))
            : null,
          peopleEstimated: rnd() < 0.7 ? 1 + Math.floor(Math.pow(rnd(), 2) * 40) : null,
          summaryEncrypted:
            rnd() < 0.6
              ? encryptField(pick(rnd, SUMMARIES), fieldContext("situations", "summary_encrypted", id))
              : null,
          createdById: worker,
          assignedToId: worker,
          version: 1,
          createdAt,
          updatedAt: options.now,
        });
      }
      await copyRows(db, "situations", rows);
      done += rows.length;
      progress(done);
    }
    await copyRows(
      db,
      "situation_reference_counters",
      [...perYear].map(([year, last]) => ({ organisationId: org.id, year, last })),
    );
  }
  return done;
}
