import "server-only";
import { readDbFor } from "@/lib/db";
import type { Scope } from "@/lib/roles/scope";
import { parseNameQuery } from "@/lib/text/name-key";

/**
 * Ids of records whose names match a query, best first. `organisationIds` and `extraIds` narrow
 * the candidates for speed only: the database function applies the search keys' own policy (an
 * organisation searches its own keys), and the callers load the records under row-level security.
 * The function (migration search_and_task_indexes) exists so that the trigram index can be used:
 * its operator is not LEAKPROOF, which row-level security would otherwise require. It holds the
 * trigram closeness a query word needs to a word of a name (0.45: Gulnara finds Gulnora).
 */
export async function searchVictimIdsByName(
  scope: Scope,
  q: string,
  narrow: { organisationIds: string[]; extraIds?: string[] },
  limit = 200,
): Promise<string[]> {
  const query = parseNameQuery(q);
  if (query.words.length === 0 && query.initials.length === 0) return [];
  const rows = await readDbFor(scope).$queryRaw<{ victim_id: string }[]>`
    SELECT victim_id FROM search_victim_keys(${query.words}::text[], ${query.initials}::text[], ${narrow.organisationIds}::uuid[], ${narrow.extraIds ?? []}::uuid[], ${limit}::int)`;
  return rows.map((r) => r.victim_id);
}
