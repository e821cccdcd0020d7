// People for the scale seed: records with names in Cyrillic and Latin (names.ts), citizenship of
// an origin country, a spread of statuses and risk levels over ten years, a trafficking profile and
// support plan (profiles.ts), and their folded search
// keys, document-number hashes and encrypted narratives made exactly as the app makes them.
import crypto from "node:crypto";
import type pg from "pg";
import { copyRows } from "./copy";
import { encryptField, fieldContext } from "../../lib/crypto";
import { nameSearchKey } from "../../lib/text/name-key";
import { documentNumberHash } from "../../lib/victims/identifiers";
import { pick, weighted } from "../../prisma/demo-calls";
import { syntheticName } from "./names";
import { ORIGIN_COUNTRIES, shareOut, type ScaleOrganisation } from "./network";
import { traffickingProfile } from "./profiles";

const DAY_MS = 86_400_000;

export interface SeededPerson {
  id: string;
  organisationId: string;
  createdAt: Date;
  /** The (one) citizenship the seed gives: the home country a repatriation would take them to. */
  citizenship: string;
}
const NARRATIVES = [
  "Recruited through a relative for construction work; passport kept by the employer; wages withheld for months.",
  "Promised a job as a waitress abroad; documents taken on arrival; kept in an apartment and forced to work.",
  "Seasonal farm work arranged by a neighbour; debt for travel and housing grew faster than wages.",
];

export async function createPeople(
  db: pg.PoolClient,
  rnd: () => number,
  organisations: ScaleOrganisation[],
  options: { victims: number; years: number; now: Date; batch: number },
  progress: (done: number) => void,
): Promise<SeededPerson[]> {
  const seeded: SeededPerson[] = [];
  let done = 0;
  const span = options.years * 365 * DAY_MS;
  for (const [org, count] of shareOut(options.victims, organisations)) {
    const workers = org.caseWorkerIds.length ? org.caseWorkerIds : org.coordinatorIds;
    // Oldest first, so case numbers rise with time within each year.
    const dates = Array.from(
      { length: count },
      () => new Date(options.now.getTime() - Math.pow(rnd(), 0.7) * span),
    ).sort((a, b) => a.getTime() - b.getTime());
    const perYear = new Map<number, number>();
    for (let made = 0; made < count; made += options.batch) {
      const victims = [];
      const keys = [];
      const events = [];
      const supportItems = [];
      for (const identifiedAt of dates.slice(made, made + options.batch)) {
        const year = identifiedAt.getUTCFullYear();
        const seq = (perYear.get(year) ?? 0) + 1;
        perYear.set(year, seq);
        const sex: "FEMALE" | "MALE" = rnd() < 0.55 ? "FEMALE" : "MALE";
        const name = syntheticName(rnd, sex);
        const id = crypto.randomUUID();
        const citizenship = ORIGIN_COUNTRIES.includes(org.countryCode) ? org.countryCode : pick(rnd, ORIGIN_COUNTRIES);
        const worker = pick(rnd, workers);
        const ageYears = 16 + Math.floor(rnd() * 40);
        const old = options.now.getTime() - identifiedAt.getTime() > 2 * 365 * DAY_MS;
        const status = (
          old
            ? weighted(rnd, [
                ["CLOSED", 60],
                ["CLOSED_REFERRED", 25],
                ["FOLLOW_UP", 15],
              ])
            : weighted(rnd, [
                ["ACTIVE", 55],
                ["FOLLOW_UP", 25],
                ["CLOSED", 20],
              ])
        ) as string;
        const profile = traffickingProfile(
          rnd,
          { id, citizenship, identifiedAt, closed: status.startsWith("CLOSED") },
          options.now,
        );
        events.push(...profile.events);
        supportItems.push(...profile.supportItems);
        victims.push({
          ...profile.victim,
          id,
          organisationId: org.id,
          caseNumber: `${org.code}-${year}-${String(seq).padStart(5, "0")}`,
          identifiedOn: new Date(Date.UTC(year, identifiedAt.getUTCMonth(), identifiedAt.getUTCDate())),
          identifiedBy: weighted(rnd, [
            ["HOTLINE", 30],
            ["NGO_OUTREACH", 25],
            ["POLICE", 12],
            ["IOM", 10],
            ["EMBASSY", 8],
            ["BORDER_GUARD", 5],
            ["SELF_REFERRAL", 8],
            ["OTHER", 2],
          ] as [never, number][]),
          ...name,
          sex,
          ...(rnd() < 0.7
            ? { birthDate: new Date(Date.UTC(year - ageYears, Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28))) }
            : { estimatedAge: ageYears }),
          citizenships: [citizenship],
          status,
          riskLevel: weighted(rnd, [
            ["LOW", 50],
            ["MEDIUM", 35],
            ["HIGH", 15],
          ]) as never,
          documentNumberHash:
            rnd() < 0.5
              ? documentNumberHash(
                  `${pick(rnd, ["AA", "AB", "FA", "KA"])}${String(Math.floor(rnd() * 1e7)).padStart(7, "0")}`,
                )
              : null,
          narrativeEncrypted:
            rnd() < 0.3
              ? encryptField(pick(rnd, NARRATIVES), fieldContext("victims", "narrative_encrypted", id))
              : null,
          createdById: worker,
          assignedToId: worker,
          createdAt: identifiedAt,
          updatedAt: options.now,
        });
        seeded.push({ id, organisationId: org.id, createdAt: identifiedAt, citizenship });
        keys.push({
          victimId: id,
          organisationId: org.id,
          key: nameSearchKey([
            name.givenName,
            name.familyName,
            name.patronymic,
            name.givenNameLatin,
            name.familyNameLatin,
          ]),
          updatedAt: options.now,
        });
      }
      await copyRows(db, "victims", victims);
      await copyRows(db, "victim_search_keys", keys);
      await copyRows(db, "trafficking_events", events);
      await copyRows(db, "support_plan_items", supportItems);
      done += victims.length;
      progress(done);
    }
    // The app numbers new records after the seeded ones.
    await copyRows(
      db,
      "case_number_counters",
      [...perYear].map(([year, last]) => ({ organisationId: org.id, year, last, updatedAt: options.now })),
    );
  }
  return seeded;
}
