-- The audit chain is linked after the write, not during it (issue 22, decision 0036).
--
-- Until now the BEFORE INSERT trigger linked each event under a per-chain advisory lock taken
-- with pg_advisory_xact_lock: the lock is held until the writing transaction commits, so every
-- save of one organisation waited for the one before it to finish all its work, and at 50 saves a
-- second they queued for the app's pooled connections until Prisma gave up (docs/performance.md).
--
-- Now an event is written unlinked (chain_seq, prev_hash and hash null) and the database's
-- chainer, audit_link_waiting(), links the waiting events of each chain in the order they were
-- written (the id sequence), in short transactions of its own. The app's server calls it about
-- once a second (lib/audit/chainer.ts); audit:verify calls it before checking, so a check is
-- always complete. What is hashed (audit_event_hash) and what verify checks are unchanged.

-- Written unlinked, whatever the writer sends: only the chainer links.
CREATE OR REPLACE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  NEW.chain_seq := NULL;
  NEW.prev_hash := NULL;
  NEW.hash := NULL;
  RETURN NEW;
END
$fn$;

-- Still insert-only, with one exception: an unlinked event may be linked once, its hash matching
-- its fields, and nothing else about it changed. Deleting and truncating stay refused.
CREATE FUNCTION audit_events_link_once() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF OLD.chain_seq IS NULL AND OLD.prev_hash IS NULL AND OLD.hash IS NULL
     AND NEW.chain_seq IS NOT NULL AND NEW.hash IS NOT NULL AND NEW.hash = audit_event_hash(NEW)
     AND (to_jsonb(NEW) - ARRAY['chain_seq', 'prev_hash', 'hash']) = (to_jsonb(OLD) - ARRAY['chain_seq', 'prev_hash', 'hash']) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit events are insert-only' USING ERRCODE = 'insufficient_privilege';
END
$fn$;

DROP TRIGGER audit_events_insert_only ON audit_events;
CREATE TRIGGER audit_events_insert_only BEFORE DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
CREATE TRIGGER audit_events_link_once BEFORE UPDATE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_link_once();

-- The waiting events, found without reading the linked ones.
CREATE INDEX audit_events_waiting_idx ON audit_events (organisation_id, id) WHERE chain_seq IS NULL;

-- Links up to max_events waiting events and returns how many it linked. One chainer works on a
-- chain at a time (a transaction-level advisory lock, tried, not waited for: a chain another
-- chainer holds is skipped, that one links it). Writers never take this lock.
--
-- Order: each chain continues from its last linked event, and the waiting ones follow in id
-- order. An event whose transaction commits after a later one was linked is linked after it: its
-- position is the order in which the trail became final, and its `at` still says when it happened.
--
-- SECURITY DEFINER: it runs as the tables' owner, so the app's role (which may not update the
-- trail, nor see other organisations' events) can have its events linked without either right.
CREATE FUNCTION audit_link_event(e audit_events, last_seq bigint, last_hash text) RETURNS text
LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
DECLARE
  updated integer;
BEGIN
  e.chain_seq := coalesce(last_seq, 0) + 1;
  e.prev_hash := last_hash;
  e.hash := audit_event_hash(e);
  -- `chain_seq IS NULL` again: a link made since the chainer read the row is never overwritten.
  UPDATE audit_events SET chain_seq = e.chain_seq, prev_hash = e.prev_hash, hash = e.hash
   WHERE id = e.id AND chain_seq IS NULL;
  GET DIAGNOSTICS updated = ROW_COUNT;
  IF updated <> 1 THEN
    RAISE EXCEPTION 'audit event % was linked by another chainer', e.id USING ERRCODE = 'serialization_failure';
  END IF;
  RETURN e.hash;
END
$fn$;

CREATE FUNCTION audit_link_waiting(max_events integer DEFAULT 5000) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
  chain record;
  e audit_events%ROWTYPE;
  last_seq bigint;
  last_hash text;
  linked integer := 0;
BEGIN
  FOR chain IN SELECT DISTINCT organisation_id FROM audit_events WHERE chain_seq IS NULL LOOP
    EXIT WHEN linked >= max_events;
    CONTINUE WHEN NOT pg_try_advisory_xact_lock(hashtext('audit-chain:' || coalesce(chain.organisation_id::text, 'system')));
    last_seq := NULL;
    last_hash := NULL;
    -- Two branches rather than IS NOT DISTINCT FROM, so both walk an index (the system chain is
    -- the events of no organisation).
    IF chain.organisation_id IS NULL THEN
      SELECT a.chain_seq, a.hash INTO last_seq, last_hash FROM audit_events a
        WHERE a.organisation_id IS NULL AND a.chain_seq IS NOT NULL ORDER BY a.chain_seq DESC LIMIT 1;
      FOR e IN SELECT * FROM audit_events a WHERE a.organisation_id IS NULL AND a.chain_seq IS NULL
                ORDER BY a.id LIMIT max_events - linked LOOP
        last_hash := audit_link_event(e, last_seq, last_hash);
        last_seq := coalesce(last_seq, 0) + 1;
        linked := linked + 1;
      END LOOP;
    ELSE
      SELECT a.chain_seq, a.hash INTO last_seq, last_hash FROM audit_events a
        WHERE a.organisation_id = chain.organisation_id AND a.chain_seq IS NOT NULL ORDER BY a.chain_seq DESC LIMIT 1;
      FOR e IN SELECT * FROM audit_events a WHERE a.organisation_id = chain.organisation_id AND a.chain_seq IS NULL
                ORDER BY a.id LIMIT max_events - linked LOOP
        last_hash := audit_link_event(e, last_seq, last_hash);
        last_seq := coalesce(last_seq, 0) + 1;
        linked := linked + 1;
      END LOOP;
    END IF;
  END LOOP;
  RETURN linked;
END
$fn$;

-- The helper updates the trail, so only the chainer (running as the owner) may call it.
REVOKE ALL ON FUNCTION audit_link_event(audit_events, bigint, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION audit_link_waiting(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_link_waiting(integer) TO tumar_app;
