import "server-only";
import { dbFor } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseNameQuery } from "@/lib/text/name-key";

/** Trigram closeness a query word needs to a word of a name (0.45: Gulnara finds Gulnora). */
const WORD_SIMILARITY = 0.45;

/**
 * Ids of records whose names match a query, best first. `organisationIds` and `extraIds` narrow
 * the candidates for speed only: row-level security and the callers' record policy decide what
 * may be seen.
 */
export async function searchVictimIdsByName(
  scope: Scope,
  q: string,
  narrow: { organisationIds: string[]; extraIds?: string[] },
  limit = 200,
): Promise<string[]> {
  const query = parseNameQuery(q);
  if (query.words.length === 0 && query.initials.length === 0) return [];
  const conditions = [
    ...query.words.map((w) => Prisma.sql`${w} <% k.key`),
    ...query.initials.map((i) => Prisma.sql`k.key ~ ${`(^| )${i}`}`),
  ];
  const narrowing = Prisma.sql`(k.organisation_id = ANY(${narrow.organisationIds}::uuid[]) OR k.victim_id = ANY(${narrow.extraIds ?? []}::uuid[]))`;
  const score = query.words.length ? Prisma.join(query.words.map((w) => Prisma.sql`word_similarity(${w}, k.key)`), " + ") : Prisma.sql`0`;
  const rows = await dbFor(scope).$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY)}, true)`;
    return tx.$queryRaw<{ victim_id: string }[]>`
      SELECT k.victim_id FROM victim_search_keys k
      WHERE ${narrowing} AND ${Prisma.join(conditions, " AND ")}
      ORDER BY ${score} DESC, k.victim_id
      LIMIT ${limit}`;
  });
  return rows.map((r) => r.victim_id);
}
