// Repatriation figures: counts and medians over the cases an organisation takes part in (either
// side; a receiving side only once the case was requested, as in repatriationWhere). Aggregates
// only: no person, no case id leaves this file, so ANALYSTs may see them.
import "server-only";
import { readDbFor } from "@/lib/db";
import type { Scope } from "@/lib/roles/scope";
import { repatriationAggregateOrganisation } from "./policy";
import { REPATRIATION_STATUSES, type RepatriationStatus, type ReturnKind } from "./codes";

export const STALLED_AFTER_DAYS = 30;

export interface RepatriationFigures {
  pairs: { sendingCountry: string; receivingCountry: string; total: number; open: number }[];
  /** Median whole days from REQUESTED to HANDED_OVER over the cases that got there; null when none did. */
  medianDaysToHandover: number | null;
  handedOverCount: number;
  /** Median days a case stayed in each status, over stays that ended. */
  medianDaysInStatus: { status: RepatriationStatus; days: number; stays: number }[];
  open: number;
  stalled: number;
}

/** The figures of the organisation's cases, or of one kind of return (the figures page's filter). */
export async function getRepatriationFigures(
  scope: Scope,
  filter: { kind?: ReturnKind } = {},
): Promise<RepatriationFigures | null> {
  const db = readDbFor(scope);
  const organisationId = repatriationAggregateOrganisation(scope);
  if (!organisationId) return null;
  const kind = filter.kind ?? null;
  // The case set, written once: the organisation's side of each case, as repatriationWhere says.
  const cases = `SELECT id, sending_country, receiving_country, status, status_changed_at FROM repatriations
     WHERE (sending_organisation_id = $1::uuid OR (receiving_organisation_id = $1::uuid AND status <> 'DRAFT'))
       AND ($2::text IS NULL OR kind::text = $2::text)`;
  const [pairs, handover, stays, stalled] = await Promise.all([
    db.$queryRawUnsafe<{ sending_country: string; receiving_country: string; total: bigint; open: bigint }[]>(
      `SELECT sending_country, receiving_country, count(*) AS total,
              count(*) FILTER (WHERE status NOT IN ('DECLINED','CLOSED','CANCELLED','STAYS')) AS open
         FROM (${cases}) c GROUP BY 1, 2 ORDER BY total DESC, 1, 2`,
      organisationId,
      kind,
    ),
    db.$queryRawUnsafe<{ median: number | null; n: bigint }[]>(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median, count(*) AS n FROM (
         SELECT EXTRACT(EPOCH FROM (min(e.created_at) FILTER (WHERE e.to_status = 'HANDED_OVER')
                                  - min(e.created_at) FILTER (WHERE e.to_status = 'REQUESTED'))) / 86400 AS days
           FROM (${cases}) c JOIN repatriation_events e ON e.repatriation_id = c.id
          GROUP BY c.id) d
        WHERE days IS NOT NULL`,
      organisationId,
      kind,
    ),
    db.$queryRawUnsafe<{ status: RepatriationStatus; median: number; n: bigint }[]>(
      `SELECT status, percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median, count(*) AS n FROM (
         SELECT e.to_status AS status,
                EXTRACT(EPOCH FROM (lead(e.created_at) OVER w - e.created_at)) / 86400 AS days
           FROM (${cases}) c JOIN repatriation_events e ON e.repatriation_id = c.id
          WHERE e.to_status IS NOT NULL
         WINDOW w AS (PARTITION BY e.repatriation_id ORDER BY e.created_at)) s
        WHERE days IS NOT NULL GROUP BY status`,
      organisationId,
      kind,
    ),
    db.$queryRawUnsafe<{ open: bigint; stalled: bigint }[]>(
      `SELECT count(*) AS open, count(*) FILTER (WHERE status_changed_at < now() - make_interval(days => $3::int)) AS stalled
         FROM (${cases}) c WHERE status NOT IN ('DECLINED','CLOSED','CANCELLED','STAYS')`,
      organisationId,
      kind,
      STALLED_AFTER_DAYS,
    ),
  ]);
  const order = (s: RepatriationStatus) => REPATRIATION_STATUSES.indexOf(s);
  return {
    pairs: pairs.map((p) => ({
      sendingCountry: p.sending_country,
      receivingCountry: p.receiving_country,
      total: Number(p.total),
      open: Number(p.open),
    })),
    medianDaysToHandover: handover[0]?.median == null ? null : Math.round(Number(handover[0].median)),
    handedOverCount: Number(handover[0]?.n ?? 0),
    medianDaysInStatus: stays
      .map((s) => ({ status: s.status, days: Math.round(Number(s.median) * 10) / 10, stays: Number(s.n) }))
      .sort((a, b) => order(a.status) - order(b.status)),
    open: Number(stalled[0]?.open ?? 0),
    stalled: Number(stalled[0]?.stalled ?? 0),
  };
}
