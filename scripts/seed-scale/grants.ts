// Sharing at scale: a share of the people is referred to another organisation (mostly one in
// another country, as cross-border cases are), each with an access grant of the minimal field set;
// some grants were revoked later. Grants decide what row-level security lets a partner read, so
// the benchmarks must meet them.
import crypto from "node:crypto";
import type pg from "pg";
import { pick } from "../../prisma/demo-calls";
import { copyRows } from "./copy";
import type { ScaleOrganisation } from "./network";
import type { SeededPerson } from "./people";

const DAY_MS = 86_400_000;

export async function createGrants(
  db: pg.PoolClient,
  rnd: () => number,
  organisations: ScaleOrganisation[],
  people: SeededPerson[],
  options: { share: number; now: Date },
) {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const rows = [];
  for (const person of people) {
    if (rnd() >= options.share) continue;
    const owner = byId.get(person.organisationId)!;
    const abroad = organisations.filter((o) => o.countryCode !== owner.countryCode);
    const grantee = pick(rnd, abroad.length && rnd() < 0.8 ? abroad : organisations.filter((o) => o.id !== owner.id));
    if (!grantee || owner.coordinatorIds.length === 0) continue;
    const createdAt = new Date(Math.min(options.now.getTime(), person.createdAt.getTime() + (1 + rnd() * 30) * DAY_MS));
    const revoked = rnd() < 0.2;
    const granter = pick(rnd, owner.coordinatorIds);
    rows.push({
      id: crypto.randomUUID(),
      recordType: "VICTIM",
      recordId: person.id,
      ownerOrganisationId: owner.id,
      granteeOrganisationId: grantee.id,
      scope: "MINIMAL",
      fields: [],
      reason: "referral",
      grantedById: granter,
      revokedAt: revoked
        ? new Date(Math.min(options.now.getTime(), createdAt.getTime() + (30 + rnd() * 300) * DAY_MS))
        : null,
      revokedById: revoked ? granter : null,
      createdAt,
      updatedAt: options.now,
    });
  }
  for (let i = 0; i < rows.length; i += 5000) await copyRows(db, "access_grants", rows.slice(i, i + 5000));
  return rows.length;
}
