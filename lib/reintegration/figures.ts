// Reintegration figures (decision 0031): follow-up scores by month after the return, for each kind
// of return, country pair and kind of assistance, and the share of people who migrated again
// within twelve months of coming home. Aggregates only, over the cases the organisation takes part
// in (as the repatriation figures): no person and no case leaves this file, so ANALYSTs see them.
import "server-only";
import { readDbFor } from "@/lib/db";
import type { Scope } from "@/lib/roles/scope";
import { repatriationAggregateOrganisation } from "@/lib/repatriations/policy";
import type { ReturnKind } from "@/lib/repatriations/codes";
import type { AssistanceType } from "./codes";

/** A mean overall score at one follow-up month, over `n` follow-ups. */
export interface ScorePoint {
  month: number;
  mean: number;
  n: number;
}

export interface ReintegrationFigures {
  byKind: { kind: ReturnKind; points: ScorePoint[] }[];
  byPair: { sendingCountry: string; receivingCountry: string; points: ScorePoint[] }[];
  byAssistance: { type: AssistanceType; points: ScorePoint[] }[];
  /** People home at least twelve months, and how many of them migrated again within those months. */
  remigration: { home12Months: number; remigrated: number };
  /** The mean of each dimension over every follow-up, by month. */
  dimensions: { month: number; economic: number; social: number; psychosocial: number; n: number }[];
}

const mean = (value: unknown) => Math.round(Number(value) * 1000) / 1000;

function grouped<K extends string, R extends { month: number; mean: unknown; n: bigint }>(
  rows: R[],
  key: (row: R) => K,
): Map<K, ScorePoint[]> {
  const groups = new Map<K, ScorePoint[]>();
  for (const row of rows) {
    const points = groups.get(key(row)) ?? [];
    points.push({ month: row.month, mean: mean(row.mean), n: Number(row.n) });
    groups.set(key(row), points);
  }
  return groups;
}

export async function getReintegrationFigures(
  scope: Scope,
  filter: { kind?: ReturnKind } = {},
): Promise<ReintegrationFigures | null> {
  const db = readDbFor(scope);
  const organisationId = repatriationAggregateOrganisation(scope);
  if (!organisationId) return null;
  const kind = filter.kind ?? null;
  const cases = `SELECT id, kind, sending_country, receiving_country, remigrated_on FROM repatriations
     WHERE (sending_organisation_id = $1::uuid OR (receiving_organisation_id = $1::uuid AND status <> 'DRAFT'))
       AND ($2::text IS NULL OR kind::text = $2::text)`;
  const followUps = `SELECT f.*, c.kind, c.sending_country, c.receiving_country
     FROM reintegration_follow_ups f JOIN (${cases}) c ON c.id = f.repatriation_id`;
  type Row = { month: number; mean: unknown; n: bigint };
  const [byKind, byPair, byAssistance, remigration, dimensions] = await Promise.all([
    db.$queryRawUnsafe<(Row & { kind: ReturnKind })[]>(
      `SELECT kind::text AS kind, month, avg(overall_score) AS mean, count(*) AS n
         FROM (${followUps}) f GROUP BY 1, 2 ORDER BY 1, 2`,
      organisationId,
      kind,
    ),
    db.$queryRawUnsafe<(Row & { sending_country: string; receiving_country: string })[]>(
      `SELECT sending_country, receiving_country, month, avg(overall_score) AS mean, count(*) AS n
         FROM (${followUps}) f GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      organisationId,
      kind,
    ),
    // A follow-up counts for each kind of assistance the person's plan held (not cancelled).
    db.$queryRawUnsafe<(Row & { type: AssistanceType })[]>(
      `SELECT a.type::text AS type, f.month, avg(f.overall_score) AS mean, count(*) AS n
         FROM (${followUps}) f
         JOIN (SELECT DISTINCT repatriation_id, type FROM reintegration_assistance WHERE status <> 'CANCELLED') a
           ON a.repatriation_id = f.repatriation_id
        GROUP BY 1, 2 ORDER BY 1, 2`,
      organisationId,
      kind,
    ),
    // Home since the first handover event; counted once twelve months have passed since.
    db.$queryRawUnsafe<{ home: bigint; remigrated: bigint }[]>(
      `SELECT count(*) AS home,
              count(*) FILTER (WHERE c.remigrated_on IS NOT NULL AND c.remigrated_on < h.at + interval '12 months') AS remigrated
         FROM (${cases}) c
         JOIN (SELECT repatriation_id, min(created_at) AS at FROM repatriation_events
                WHERE to_status = 'HANDED_OVER' GROUP BY 1) h ON h.repatriation_id = c.id
        WHERE h.at <= now() - interval '12 months'`,
      organisationId,
      kind,
    ),
    db.$queryRawUnsafe<{ month: number; economic: unknown; social: unknown; psychosocial: unknown; n: bigint }[]>(
      `SELECT month, avg(economic_score) AS economic, avg(social_score) AS social,
              avg(psychosocial_score) AS psychosocial, count(*) AS n
         FROM (${followUps}) f GROUP BY 1 ORDER BY 1`,
      organisationId,
      kind,
    ),
  ]);
  return {
    byKind: [...grouped(byKind, (r) => r.kind)].map(([kind, points]) => ({ kind, points })),
    byPair: [...grouped(byPair, (r) => `${r.sending_country}-${r.receiving_country}`)].map(([pair, points]) => {
      const [sendingCountry, receivingCountry] = pair.split("-") as [string, string];
      return { sendingCountry, receivingCountry, points };
    }),
    byAssistance: [...grouped(byAssistance, (r) => r.type)].map(([type, points]) => ({ type, points })),
    remigration: {
      home12Months: Number(remigration[0]?.home ?? 0),
      remigrated: Number(remigration[0]?.remigrated ?? 0),
    },
    dimensions: dimensions.map((d) => ({
      month: d.month,
      economic: mean(d.economic),
      social: mean(d.social),
      psychosocial: mean(d.psychosocial),
      n: Number(d.n),
    })),
  };
}
