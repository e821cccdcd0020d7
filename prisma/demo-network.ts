// The demo network: five organisations in five countries with one user per role, for trying
// Tumar out and for the end-to-end tests. Development and tests only: never in production.
import type { PrismaClient } from "../lib/generated/prisma/client";
import type { OrgRole } from "../lib/roles/roles";
import { hashPassword } from "../lib/auth/password";
import { seedDemoCalls } from "./demo-calls";
import { seedDemoVictims } from "./demo-victims";
import { seedDemoShelters } from "./demo-shelters";
import { seedDemoRepatriations } from "./demo-repatriations";
import { seedDemoSituations } from "./demo-situations";
import { seedDemoLabourClaims } from "./demo-labour-claims";
import { seedDemoProceedings } from "./demo-proceedings";
import { seedDemoReminders } from "./demo-reminders";

/** Shared password of every demo account (documented in README and the first-run banner). */
export const DEMO_PASSWORD = "Tumar-demo-2026";

export const DEMO_ORGANISATIONS = [
  {
    city: "tashkent",
    code: "TSH",
    name: "Safe Return Tashkent",
    kind: "NGO",
    countryCode: "UZ",
    timeZone: "Asia/Tashkent",
  },
  {
    city: "almaty",
    code: "ALA",
    name: "Almaty Crisis Centre",
    kind: "SHELTER_OPERATOR",
    countryCode: "KZ",
    timeZone: "Asia/Almaty",
  },
  {
    city: "bishkek",
    code: "BIS",
    name: "Bishkek Migrant Support",
    kind: "NGO",
    countryCode: "KG",
    timeZone: "Asia/Bishkek",
  },
  {
    city: "dushanbe",
    code: "DUS",
    name: "Dushanbe Reintegration Centre",
    kind: "SHELTER_OPERATOR",
    countryCode: "TJ",
    timeZone: "Asia/Dushanbe",
  },
  {
    city: "moscow",
    code: "MOS",
    name: "Moscow Migrant Aid",
    kind: "NGO",
    countryCode: "RU",
    timeZone: "Europe/Moscow",
  },
] as const;

export const DEMO_ROLES: Record<string, OrgRole> = {
  admin: "ORG_ADMIN",
  coordinator: "COORDINATOR",
  caseworker: "CASE_WORKER",
  hotline: "HOTLINE_OPERATOR",
  shelter: "SHELTER_STAFF",
  analyst: "ANALYST",
};

const ROLE_TITLES: Record<string, string> = {
  admin: "Administrator",
  coordinator: "Coordinator",
  caseworker: "Case Worker",
  hotline: "Hotline Operator",
  shelter: "Shelter Staff",
  analyst: "Analyst",
};

export const NETWORK_ADMIN_EMAIL = "admin@network.demo";

export function demoEmail(roleKey: string, city: string) {
  return `${roleKey}@${city}.demo`;
}

/**
 * Inserts the demo network. `whenEmpty` (development): only into a database without any
 * organisation. Otherwise (tests, whose database already holds test data): unless the demo
 * network is there already. Returns whether it seeded.
 */
export async function seedDemoNetwork(
  db: PrismaClient,
  nodeEnv: string | undefined,
  options: { whenEmpty: boolean } = { whenEmpty: true },
): Promise<boolean> {
  if (nodeEnv === "production") throw new Error("The demo network is never seeded in production.");
  if (options.whenEmpty && (await db.organisation.count()) > 0) return false;
  if (await db.user.findUnique({ where: { email: NETWORK_ADMIN_EMAIL }, select: { id: true } })) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(
    async (tx) => {
      await tx.user.create({
        data: { name: "Network Administrator", email: NETWORK_ADMIN_EMAIL, passwordHash, networkRole: "NETWORK_ADMIN" },
      });
      for (const org of DEMO_ORGANISATIONS) {
        const created = await tx.organisation.create({
          data: {
            name: org.name,
            code: org.code,
            kind: org.kind,
            countryCode: org.countryCode,
            timeZone: org.timeZone,
          },
        });
        const cityName = org.city[0]!.toUpperCase() + org.city.slice(1);
        for (const [roleKey, role] of Object.entries(DEMO_ROLES)) {
          await tx.user.create({
            data: {
              name: `${cityName} ${ROLE_TITLES[roleKey]}`,
              email: demoEmail(roleKey, org.city),
              passwordHash,
              locale: org.countryCode === "RU" ? "ru" : "en",
              memberships: { create: { organisationId: created.id, role } },
            },
          });
        }
      }
      await tx.auditEvent.create({ data: { action: "system.seed_demo_network" } });
    },
    { timeout: 60_000 },
  );

  const organisations = await db.organisation.findMany({
    where: { name: { in: DEMO_ORGANISATIONS.map((o) => o.name) } },
    select: {
      id: true,
      name: true,
      code: true,
      countryCode: true,
      memberships: {
        where: { role: { in: ["HOTLINE_OPERATOR", "COORDINATOR", "CASE_WORKER"] } },
        select: { userId: true, role: true },
      },
    },
  });
  await seedDemoCalls(
    db,
    organisations.map((org) => ({
      id: org.id,
      countryCode: org.countryCode,
      operatorIds: org.memberships.filter((m) => m.role === "HOTLINE_OPERATOR").map((m) => m.userId),
      // Tashkent and Bishkek run the busiest hotlines of the demo network.
      callsPerDay: ["Safe Return Tashkent", "Bishkek Migrant Support"].includes(org.name) ? 6 : 2,
    })),
  );
  const memberOf = (org: (typeof organisations)[number], role: string) =>
    org.memberships.find((m) => m.role === role)!.userId;
  await seedDemoVictims(
    db,
    organisations.map((org) => ({
      id: org.id,
      code: org.code,
      coordinatorId: memberOf(org, "COORDINATOR"),
      caseWorkerId: memberOf(org, "CASE_WORKER"),
    })),
  );
  await seedDemoShelters(db);
  await seedDemoRepatriations(db);
  await seedDemoSituations(db);
  await seedDemoLabourClaims(db);
  await seedDemoProceedings(db);
  // Last: the dates the records above carry, as reminders.
  await seedDemoReminders(
    db,
    (
      await db.organisation.findMany({
        where: { code: { in: DEMO_ORGANISATIONS.map((o) => o.code) } },
        select: { id: true },
      })
    ).map((o) => o.id),
  );
  return true;
}

export function demoLoginsBanner(url: string): string {
  const roles = Object.keys(DEMO_ROLES).join(", ");
  const cities = DEMO_ORGANISATIONS.map((o) => o.city).join(", ");
  return [
    "",
    "  Tumar is running (demo network, development only)",
    `  Open:      ${url}`,
    `  Password:  ${DEMO_PASSWORD}   (every demo account)`,
    `  Accounts:  <role>@<city>.demo   role: ${roles}`,
    `             city: ${cities}`,
    `             and ${NETWORK_ADMIN_EMAIL} (network administrator)`,
    "  Example:   coordinator@tashkent.demo",
    "",
  ].join("\n");
}
