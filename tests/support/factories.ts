// Test data with unique names, so test files run in parallel on one database without resets.
// Inserts go straight through Prisma: what is under test is the code that reads them back.
import crypto from "node:crypto";
import { db } from "@/tests/support/prisma";
import { hashPassword } from "@/lib/auth/password";
import { mintScope } from "@/lib/auth/mint-scope";
import type { AnyRole, OrgRole } from "@/lib/roles/roles";

export const TEST_PASSWORD = "correct-horse-battery-staple";
let passwordHash: Promise<string> | null = null;

/** JSON of anything Prisma returns (audit ids are BigInt), for "does not contain" checks. */
export const asJson = (value: unknown) =>
  JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? v.toString() : v));

export const unique = (label: string) => `${label}-${crypto.randomUUID().slice(0, 8)}`;

/** A random 5-letter organisation code (26^5 = 11.8 million: collisions in a test run are negligible). */
export function organisationCode() {
  return Array.from(crypto.randomBytes(5), (b) => String.fromCharCode(65 + (b % 26))).join("");
}

export async function createOrganisation(label = "org") {
  return db.organisation.create({
    data: {
      name: unique(`Test ${label}`),
      code: organisationCode(),
      kind: "NGO",
      countryCode: "UZ",
      timeZone: "Asia/Tashkent",
    },
  });
}

export async function createUser(options: {
  organisationId?: string;
  role?: OrgRole;
  networkAdmin?: boolean;
  active?: boolean;
}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email = `${unique("user")}@test.tumar`;
  const user = await db.user.create({
    data: {
      name: unique("Person"),
      email,
      passwordHash: await passwordHash,
      active: options.active ?? true,
      networkRole: options.networkAdmin ? "NETWORK_ADMIN" : null,
      ...(options.organisationId && options.role
        ? { memberships: { create: { organisationId: options.organisationId, role: options.role } } }
        : {}),
    },
    include: { memberships: true },
  });
  return { ...user, membershipId: user.memberships[0]?.id ?? null };
}

export function scopeOf(user: { id: string }, role: AnyRole, organisationId: string | null) {
  return mintScope({ userId: user.id, organisationId, role, requestId: unique("req") });
}

/** A complete data call, overridable field by field. */
export function callInput(overrides: Record<string, unknown> = {}) {
  return {
    receivedAt: new Date(Date.now() - 60_000),
    channel: "PHONE" as const,
    callType: "DATA" as const,
    callerRelationship: "FAMILY_MEMBER" as const,
    callbackConsent: true,
    confirmUnusualTime: false,
    topics: ["MISSING_PERSON" as const],
    urgency: "URGENT" as const,
    actions: ["INFORMATION_GIVEN" as const],
    summary: "Brother stopped answering after leaving for a construction job in Moscow",
    ...overrides,
  };
}
