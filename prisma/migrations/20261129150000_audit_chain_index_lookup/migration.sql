-- The audit chain's trigger found the previous link with `organisation_id IS NOT DISTINCT FROM …`,
-- which no index serves: every insert read the whole audit table (at 1.6 million events, a tenth
-- of a second per write, and quadratic for a bulk load). Asking for the organisation, or for the
-- system chain (organisation_id IS NULL), by equality walks the (organisation_id, chain_seq) index
-- backwards and stops at the first row. What is chained and hashed is unchanged.
CREATE OR REPLACE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  previous audit_events%ROWTYPE;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('audit:' || coalesce(NEW.organisation_id::text, 'system')));
  IF NEW.organisation_id IS NULL THEN
    SELECT * INTO previous FROM audit_events
      WHERE organisation_id IS NULL AND chain_seq IS NOT NULL
      ORDER BY chain_seq DESC LIMIT 1;
  ELSE
    SELECT * INTO previous FROM audit_events
      WHERE organisation_id = NEW.organisation_id AND chain_seq IS NOT NULL
      ORDER BY chain_seq DESC LIMIT 1;
  END IF;
  NEW.chain_seq := coalesce(previous.chain_seq, 0) + 1;
  NEW.prev_hash := previous.hash;
  NEW.hash := audit_event_hash(NEW);
  RETURN NEW;
END
$fn$;
