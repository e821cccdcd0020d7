// The audit trail at scale: the events the app would have written for what the seed created (each
// call, person, shelter admission, referral, repatriation step and situation) and for reading records (two
// reads of each person). Written by the database from the seeded rows, one organisation at a time
// in time order, through the same trigger as the app's events, then linked by the same chainer, so
// each organisation's hash chain is whole and `npm run audit:verify` checks it like a real one.
import type pg from "pg";
import { linkWaitingAuditEvents } from "../../lib/audit/chainer";
import type { ScaleOrganisation } from "./network";

/** What happened, as (at, actor, organisation, action, record type, record id, details) rows. */
const EVENTS = `
  SELECT received_at AS at, operator_id AS actor, organisation_id AS org, 'hotline_call.create' AS action, 'HOTLINE_CALL'::"RecordType" AS type, id::text AS record, NULL::jsonb AS details FROM hotline_calls
  UNION ALL
  SELECT created_at, created_by_id, organisation_id, 'victim.create', 'VICTIM', id::text, NULL FROM victims
  UNION ALL
  SELECT v.created_at + ($2::timestamp - v.created_at) * r.share, v.created_by_id, v.organisation_id, 'victim.read', 'VICTIM', v.id::text, NULL
    FROM victims v CROSS JOIN (VALUES (0.3), (0.8)) AS r(share)
  UNION ALL
  SELECT s.admitted_at, s.created_by_id, h.organisation_id, 'shelter.admit', 'SHELTER_STAY', s.id::text, NULL FROM shelter_stays s JOIN shelters h ON h.id = s.shelter_id
  UNION ALL
  SELECT created_at, granted_by_id, owner_organisation_id, 'referral.create', 'VICTIM', record_id::text, NULL FROM access_grants WHERE reason = 'referral'
  UNION ALL
  SELECT e.created_at, e.actor_id, e.organisation_id, CASE WHEN e.from_status IS NULL THEN 'repatriation.create' ELSE 'repatriation.transition' END, 'REPATRIATION', e.repatriation_id::text,
    CASE WHEN e.from_status IS NULL THEN NULL ELSE jsonb_build_object('from', e.from_status, 'to', e.to_status) END
    FROM repatriation_events e
  UNION ALL
  SELECT created_at, created_by_id, organisation_id, 'situation.create', 'SITUATION', id::text, NULL FROM situations`;

export async function createAuditTrail(
  db: pg.PoolClient,
  organisations: ScaleOrganisation[],
  now: Date,
  progress: (done: number) => void,
): Promise<number> {
  let written = 0;
  for (const [index, org] of organisations.entries()) {
    const result = await db.query(
      `INSERT INTO audit_events (at, actor_user_id, organisation_id, action, record_type, record_id, details, created_at, updated_at)
       SELECT at, actor, org, action, type, record, details, at, at FROM (${EVENTS}) AS e WHERE org = $1 ORDER BY at`,
      [org.id, now.toISOString().slice(0, -1)], // timestamps are stored in UTC without a zone
    );
    written += result.rowCount ?? 0;
    await linkWaitingAuditEvents(db);
    progress(index + 1);
  }
  return written;
}
