// Labour claim figures: what the organisation's people were owed and what was recovered for them,
// per currency (amounts in different currencies are never added together) and per period: each
// year, and the months of one year. Sums only: no person, employer or claim leaves this file, so
// ANALYSTs may see them. The database sums (GROUP BY): no claim row is ever loaded here.
//
// A claim counts in the period it was filed in or, not filed yet, the one it was recorded in (the
// organisation's calendar).
import "server-only";
import { readDbFor } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/roles/scope";
import { maySeeClaimFigures } from "./policy";

export interface ClaimSums {
  currency: string;
  claims: number;
  /** Lines of people: a person in two claims counts twice. */
  people: number;
  /** Exact decimals with two places. */
  owed: string;
  recovered: string;
}

export interface ClaimFigures {
  year: number;
  /** Every year with claims, newest first, each currency in it. */
  byYear: (ClaimSums & { year: number })[];
  /** The months of `year` with claims, in order, each currency in it. */
  byMonth: (ClaimSums & { month: number })[];
}

interface SumRow {
  currency: string;
  period: number;
  claims: bigint;
  people: bigint;
  owed: string;
  recovered: string;
}

const sums = (r: SumRow): ClaimSums => ({
  currency: r.currency.trim(),
  claims: Number(r.claims),
  people: Number(r.people),
  owed: r.owed,
  recovered: r.recovered,
});

/** The organisation's claim figures, every year and the months of `year`; null for a role without figures. */
export async function getLabourClaimFigures(scope: Scope, year: number): Promise<ClaimFigures | null> {
  if (!maySeeClaimFigures(scope) || !scope.organisationId) return null;
  const timeZone = scope.timeZone ?? "UTC";
  const db = readDbFor(scope);
  // The claim's day: filed on, else the organisation's calendar day it was recorded on.
  const claimDay = Prisma.sql`coalesce(c.filed_on, ((c.created_at AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date)`;
  // Row-level security keeps the rows to the organisation already; the condition says so again and
  // lets its index be used. Only the claim's organisation's lines are summed.
  const from = Prisma.sql`FROM labour_claims c JOIN labour_claim_people p
      ON p.claim_id = c.id AND p.organisation_id = c.organisation_id
    WHERE c.organisation_id = ${scope.organisationId}::uuid`;
  const columns = Prisma.sql`c.currency AS currency, count(DISTINCT c.id) AS claims, count(*) AS people,
      sum(p.owed)::numeric(16, 2)::text AS owed, sum(p.recovered)::numeric(16, 2)::text AS recovered`;
  const [years, months] = await Promise.all([
    db.$queryRaw<SumRow[]>`
      SELECT extract(year FROM ${claimDay})::int AS period, ${columns}
      ${from}
      GROUP BY 1, c.currency
      ORDER BY 1 DESC, c.currency`,
    db.$queryRaw<SumRow[]>`
      SELECT extract(month FROM ${claimDay})::int AS period, ${columns}
      ${from} AND extract(year FROM ${claimDay}) = ${year}
      GROUP BY 1, c.currency
      ORDER BY 1, c.currency`,
  ]);
  return {
    year,
    byYear: years.map((r) => ({ year: r.period, ...sums(r) })),
    byMonth: months.map((r) => ({ month: r.period, ...sums(r) })),
  };
}
