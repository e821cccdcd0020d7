// The organisations and staff of the scale seed: a network in up to eight countries, origin
// countries (Uzbekistan, Tajikistan, Kyrgyzstan) and destinations, each organisation with the
// roles a real one has. Every account's password is the demo password (development data only).
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { hashPassword } from "../../lib/auth/password";
import { DEMO_PASSWORD } from "../../prisma/demo-network";
import { pick } from "../../prisma/demo-calls";

export const COUNTRIES = [
  {
    code: "UZ",
    timeZone: "Asia/Tashkent",
    weight: 14,
    cities: ["Tashkent", "Samarkand", "Fergana", "Andijan", "Bukhara", "Namangan", "Nukus"],
  },
  {
    code: "RU",
    timeZone: "Europe/Moscow",
    weight: 12,
    cities: ["Moscow", "Saint Petersburg", "Yekaterinburg", "Novosibirsk", "Kazan"],
  },
  { code: "KZ", timeZone: "Asia/Almaty", weight: 10, cities: ["Almaty", "Astana", "Shymkent", "Aktobe"] },
  { code: "TJ", timeZone: "Asia/Dushanbe", weight: 8, cities: ["Dushanbe", "Khujand", "Bokhtar", "Kulob"] },
  { code: "KG", timeZone: "Asia/Bishkek", weight: 8, cities: ["Bishkek", "Osh", "Jalal-Abad", "Karakol"] },
  { code: "TR", timeZone: "Europe/Istanbul", weight: 3, cities: ["Istanbul", "Antalya"] },
  { code: "KR", timeZone: "Asia/Seoul", weight: 3, cities: ["Seoul", "Ansan"] },
  { code: "AE", timeZone: "Asia/Dubai", weight: 2, cities: ["Dubai", "Abu Dhabi"] },
] as const;

export const ORIGIN_COUNTRIES = ["UZ", "TJ", "KG"];

export interface ScaleOrganisation {
  id: string;
  code: string;
  countryCode: string;
  timeZone: string;
  /** Relative size: how much of the network's work it does. */
  weight: number;
  hotline: boolean;
  /** Runs shelters. */
  shelters: boolean;
  city: string;
  operatorIds: string[];
  caseWorkerIds: string[];
  coordinatorIds: string[];
}

/** The sign-in of a seeded account: e.g. coordinator1@zaaa.scale.tumar (role in lower case, n from 1). */
export const scaleEmail = (role: string, n: number, code: string) =>
  `${role.toLowerCase()}${n}@${code.toLowerCase()}.scale.tumar`;

/** ZAAA, ZAAB, …: four letters, apart from the demo network's three-letter codes. */
const codeOf = (index: number) =>
  "Z" + [2, 1, 0].map((p) => String.fromCharCode(65 + (Math.floor(index / 26 ** p) % 26))).join("");

export async function createNetwork(
  db: PrismaClient,
  rnd: () => number,
  options: { organisations: number; countries: number },
): Promise<ScaleOrganisation[]> {
  const countries = COUNTRIES.slice(0, Math.max(1, Math.min(COUNTRIES.length, options.countries)));
  const totalWeight = countries.reduce((s, c) => s + c.weight, 0);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const organisations: ScaleOrganisation[] = [];
  for (let i = 0; i < options.organisations; i++) {
    // Countries take organisations in proportion to their weight.
    let roll = ((i + 0.5) / options.organisations) * totalWeight;
    const country = countries.find((c) => (roll -= c.weight) < 0) ?? countries[0]!;
    const code = codeOf(i);
    const city = pick(rnd, country.cities);
    const hotline = ORIGIN_COUNTRIES.includes(country.code) ? rnd() < 0.6 : rnd() < 0.3;
    const staff = [
      ["ORG_ADMIN", 1],
      ["COORDINATOR", 2],
      ["CASE_WORKER", 4],
      ["HOTLINE_OPERATOR", hotline ? 4 : 0],
      ["ANALYST", 1],
    ] as const;
    const kind = rnd() < 0.15 ? "IOM_OFFICE" : rnd() < 0.35 ? "SHELTER_OPERATOR" : "NGO";
    const org = await db.organisation.create({
      data: {
        name: `${city} ${pick(rnd, ["Migrant Support", "Crisis Centre", "Safe Return", "Legal Aid", "Women's Centre", "Reintegration Centre"])} ${code}`,
        code,
        kind,
        countryCode: country.code,
        timeZone: country.timeZone,
        memberships: {
          create: staff.flatMap(([role, count]) =>
            Array.from({ length: count }, (_, n) => ({
              role,
              user: {
                create: {
                  name: `${role.toLowerCase().replace("_", " ")} ${n + 1} ${code}`,
                  email: scaleEmail(role, n + 1, code),
                  passwordHash,
                },
              },
            })),
          ),
        },
      },
      select: { id: true, memberships: { select: { role: true, userId: true } } },
    });
    const of = (role: string) => org.memberships.filter((m) => m.role === role).map((m) => m.userId);
    organisations.push({
      id: org.id,
      code,
      countryCode: country.code,
      timeZone: country.timeZone,
      weight: 0.3 + rnd() * 1.7,
      hotline,
      shelters: kind === "SHELTER_OPERATOR",
      city,
      operatorIds: of("HOTLINE_OPERATOR"),
      caseWorkerIds: of("CASE_WORKER"),
      coordinatorIds: of("COORDINATOR"),
    });
  }
  return organisations;
}

/** Shares `total` records out over organisations by their weight; the shares add up to `total`. */
export function shareOut<T extends { weight: number }>(total: number, organisations: T[]): [T, number][] {
  const sum = organisations.reduce((s, o) => s + o.weight, 0);
  let remaining = total;
  return organisations.map((org, index) => {
    const count = index === organisations.length - 1 ? remaining : Math.round((total * org.weight) / sum);
    remaining -= count;
    return [org, count];
  });
}
