// Checks the audit trail's hash chains (one per organisation, one for events of none): every
// event's hash must match its fields (audit_event_hash in the database), link to the hash of the
// event before it, and follow it without a gap. Reports the first broken link of each chain.
// Events still waiting for the chainer are linked first (what it would do a second later), so a
// check covers the whole trail, and an event left unlinked after that is one written around the
// database's triggers.
import type pg from "pg";
import { linkWaitingAuditEvents } from "./chainer";

export interface BrokenLink {
  organisationId: string | null;
  /** The audit event's id where the chain breaks (for a removed event: the one after the gap). */
  eventId: string;
  chainSeq: string | null;
  problem: "altered" | "relinked" | "gap" | "unchained";
}

export interface ChainReport {
  chains: number;
  events: number;
  /** Events that were waiting for the chainer and were linked before the check. */
  linked: number;
  broken: BrokenLink[];
}

type Queryable = Pick<pg.Pool, "query">;

export async function verifyAuditChains(client: Queryable): Promise<ChainReport> {
  const linked = await linkWaitingAuditEvents(client);
  const totals = await client.query<{ chains: string; events: string }>(
    "SELECT count(DISTINCT coalesce(organisation_id::text, 'system')) AS chains, count(*) AS events FROM audit_events",
  );
  const { rows } = await client.query<{
    organisation_id: string | null;
    id: string;
    chain_seq: string | null;
    problem: BrokenLink["problem"];
  }>(`
    WITH linked AS (
      SELECT e.id, e.organisation_id, e.chain_seq, e.hash, e.prev_hash, audit_event_hash(e) AS expected,
             lag(e.hash) OVER w AS previous_hash, lag(e.chain_seq) OVER w AS previous_seq
        FROM audit_events e
       WHERE e.chain_seq IS NOT NULL
      WINDOW w AS (PARTITION BY e.organisation_id ORDER BY e.chain_seq)
    ), problems AS (
      SELECT organisation_id, id, chain_seq,
             CASE WHEN hash IS DISTINCT FROM expected THEN 'altered'
                  WHEN chain_seq <> coalesce(previous_seq, 0) + 1 THEN 'gap'
                  WHEN prev_hash IS DISTINCT FROM previous_hash THEN 'relinked' END AS problem
        FROM linked
      UNION ALL
      SELECT organisation_id, id, NULL, 'unchained' FROM audit_events WHERE chain_seq IS NULL
    )
    SELECT DISTINCT ON (organisation_id) organisation_id, id::text, chain_seq::text, problem
      FROM problems WHERE problem IS NOT NULL
     ORDER BY organisation_id, chain_seq NULLS FIRST`);
  return {
    chains: Number(totals.rows[0]?.chains ?? 0),
    events: Number(totals.rows[0]?.events ?? 0),
    linked,
    broken: rows.map((r) => ({
      organisationId: r.organisation_id,
      eventId: r.id,
      chainSeq: r.chain_seq,
      problem: r.problem,
    })),
  };
}
