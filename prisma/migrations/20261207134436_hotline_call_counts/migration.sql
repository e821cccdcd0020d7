-- CreateTable
CREATE TABLE "hotline_call_counts" (
    "organisation_id" UUID NOT NULL,
    "kind" CHAR(1) NOT NULL,
    "bucket" DATE NOT NULL,
    "dimension" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "hotline_call_counts_pkey" PRIMARY KEY ("organisation_id","kind","bucket","dimension","key")
);

-- CreateTable
CREATE TABLE "hotline_call_count_deltas" (
    "id" BIGSERIAL NOT NULL,
    "organisation_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "dimension" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "hotline_call_count_deltas_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "hotline_call_count_deltas_organisation_id_day_idx" ON "hotline_call_count_deltas"("organisation_id", "day");

-- ---------------------------------------------------------------------------------------------
-- Figures from counts kept as calls are written (issue 22, decision 0038).
--
-- A statement that inserts, changes or deletes calls appends, in its own transaction, +1/−1
-- deltas per (organisation, local day, dimension, key) to hotline_call_count_deltas: appends only,
-- so concurrent saves of one organisation never wait for each other on a counter row. The
-- database's folder, hotline_call_counts_fold(), moves deltas into hotline_call_counts (by day and
-- by month) in short transactions of its own; the app's server calls it about once a second. A
-- reader sums the folded counts and the deltas not folded yet, which is exact at any moment: a
-- fold moves deltas in one transaction, so a snapshot sees each delta once, folded or not.

-- The (dimension, key) pairs one call is counted under. Mirrors what lib/reports/activity-figures.ts
-- and the month chart count: the caller's region, or their country when no region was given; a
-- call without topics counts once under no topic.
CREATE FUNCTION hotline_call_count_keys(call_type text, channel text, topics text[], region text, urgency text)
RETURNS TABLE (dimension text, key text) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT 'calls', ''
  UNION ALL SELECT 'callType', call_type
  UNION ALL SELECT 'channel', channel
  UNION ALL SELECT 'callerRegion', coalesce(region, '')
  UNION ALL SELECT 'urgency', coalesce(urgency, '')
  UNION ALL SELECT 'topic', t FROM unnest(CASE WHEN cardinality(topics) > 0 THEN topics ELSE ARRAY[''] END) AS t
$fn$;

-- What of a call is counted, as jsonb: a transition table cannot be passed to a function, so the
-- triggers hand over their rows' counted columns (not the whole row, whose texts are long).
CREATE FUNCTION hotline_call_counted(c hotline_calls) RETURNS jsonb LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
  SELECT jsonb_build_object('organisation_id', c.organisation_id, 'received_at', c.received_at, 'voided_at', c.voided_at,
                            'call_type', c.call_type, 'channel', c.channel, 'topics', c.topics,
                            'caller_region', c.caller_region, 'caller_country', c.caller_country, 'urgency', c.urgency)
$fn$;

-- The deltas of a set of calls (a transition table's rows), each counted `sign` times. The local
-- day is the organisation's: the columns hold UTC without a zone.
CREATE FUNCTION hotline_call_count_rows(calls jsonb, sign integer)
RETURNS TABLE (organisation_id uuid, day date, dimension text, key text, n bigint) LANGUAGE sql STABLE AS $fn$
  SELECT c.organisation_id, ((c.received_at AT TIME ZONE 'UTC') AT TIME ZONE o.time_zone)::date, k.dimension, k.key, sign * count(*)
    FROM jsonb_populate_recordset(NULL::hotline_calls, calls) AS c
    JOIN organisations o ON o.id = c.organisation_id
    CROSS JOIN LATERAL hotline_call_count_keys(c.call_type::text, c.channel::text, c.topics::text[],
                                               coalesce(c.caller_region, c.caller_country), c.urgency::text) AS k
   WHERE c.voided_at IS NULL
   GROUP BY 1, 2, 3, 4
$fn$;

-- SECURITY DEFINER: the deltas are written as the tables' owner, whoever wrote the calls (the
-- app's role may read its organisation's counts, never write them).
CREATE FUNCTION hotline_calls_count_inserted() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
BEGIN
  INSERT INTO hotline_call_count_deltas (organisation_id, day, dimension, key, n)
  SELECT r.organisation_id, r.day, r.dimension, r.key, r.n
    FROM hotline_call_count_rows((SELECT coalesce(jsonb_agg(hotline_call_counted(c)), '[]') FROM new_calls c), 1) AS r;
  RETURN NULL;
END
$fn$;

CREATE FUNCTION hotline_calls_count_deleted() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
BEGIN
  INSERT INTO hotline_call_count_deltas (organisation_id, day, dimension, key, n)
  SELECT r.organisation_id, r.day, r.dimension, r.key, r.n
    FROM hotline_call_count_rows((SELECT coalesce(jsonb_agg(hotline_call_counted(c)), '[]') FROM old_calls c), -1) AS r;
  RETURN NULL;
END
$fn$;

-- Only the calls whose counted columns changed: a callback made or a summary edited adds nothing.
CREATE FUNCTION hotline_calls_count_updated() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
BEGIN
  WITH changed AS (
    SELECT hotline_call_counted(o) AS before, hotline_call_counted(n) AS after
      FROM old_calls o JOIN new_calls n ON n.id = o.id
     WHERE (o.organisation_id, o.received_at, o.voided_at IS NULL, o.call_type, o.channel, o.topics,
            o.caller_region, o.caller_country, o.urgency)
           IS DISTINCT FROM
           (n.organisation_id, n.received_at, n.voided_at IS NULL, n.call_type, n.channel, n.topics,
            n.caller_region, n.caller_country, n.urgency)
  ), moved AS (
    SELECT * FROM hotline_call_count_rows((SELECT coalesce(jsonb_agg(before), '[]') FROM changed), -1)
    UNION ALL
    SELECT * FROM hotline_call_count_rows((SELECT coalesce(jsonb_agg(after), '[]') FROM changed), 1)
  )
  INSERT INTO hotline_call_count_deltas (organisation_id, day, dimension, key, n)
  SELECT organisation_id, day, dimension, key, sum(n) FROM moved GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER hotline_calls_count_inserted AFTER INSERT ON hotline_calls
  REFERENCING NEW TABLE AS new_calls FOR EACH STATEMENT EXECUTE FUNCTION hotline_calls_count_inserted();
CREATE TRIGGER hotline_calls_count_updated AFTER UPDATE ON hotline_calls
  REFERENCING OLD TABLE AS old_calls NEW TABLE AS new_calls FOR EACH STATEMENT EXECUTE FUNCTION hotline_calls_count_updated();
CREATE TRIGGER hotline_calls_count_deleted AFTER DELETE ON hotline_calls
  REFERENCING OLD TABLE AS old_calls FOR EACH STATEMENT EXECUTE FUNCTION hotline_calls_count_deleted();

-- An organisation's local days move with its time zone: its counts are made again.
CREATE FUNCTION organisations_recount_calls() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
BEGIN
  DELETE FROM hotline_call_counts WHERE organisation_id = NEW.id;
  DELETE FROM hotline_call_count_deltas WHERE organisation_id = NEW.id;
  INSERT INTO hotline_call_count_deltas (organisation_id, day, dimension, key, n)
  SELECT r.organisation_id, r.day, r.dimension, r.key, r.n
    FROM hotline_call_count_rows((SELECT coalesce(jsonb_agg(hotline_call_counted(c)), '[]') FROM hotline_calls c WHERE c.organisation_id = NEW.id), 1) AS r;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER organisations_recount_calls AFTER UPDATE OF time_zone ON organisations
  FOR EACH ROW WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone) EXECUTE FUNCTION organisations_recount_calls();

-- Folds up to max_deltas deltas (oldest first) into the day and month counts; returns how many it
-- folded. One folder at a time (a tried lock: another one busy folding is left to it).
CREATE FUNCTION hotline_call_counts_fold(max_deltas integer DEFAULT 20000) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
  folded integer;
BEGIN
  IF NOT pg_try_advisory_xact_lock(hashtext('hotline-call-counts-fold')) THEN
    RETURN 0;
  END IF;
  WITH batch AS (
    DELETE FROM hotline_call_count_deltas
     WHERE id IN (SELECT id FROM hotline_call_count_deltas ORDER BY id LIMIT max_deltas)
    RETURNING organisation_id, day, dimension, key, n
  ), sums AS (
    SELECT organisation_id, 'D' AS kind, day AS bucket, dimension, key, sum(n)::int AS n FROM batch GROUP BY 1, 2, 3, 4, 5
    UNION ALL
    SELECT organisation_id, 'M', date_trunc('month', day)::date, dimension, key, sum(n)::int FROM batch GROUP BY 1, 2, 3, 4, 5
  ), written AS (
    INSERT INTO hotline_call_counts AS c (organisation_id, kind, bucket, dimension, key, n)
    SELECT organisation_id, kind, bucket, dimension, key, n FROM sums WHERE n <> 0
    ON CONFLICT (organisation_id, kind, bucket, dimension, key) DO UPDATE SET n = c.n + excluded.n
    RETURNING 1
  )
  SELECT count(*) INTO folded FROM batch;
  RETURN folded;
END
$fn$;

REVOKE ALL ON FUNCTION hotline_call_counts_fold(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hotline_call_counts_fold(integer) TO tumar_app;

-- The app reads its own organisation's counts; only the functions above write them.
ALTER TABLE hotline_call_counts ENABLE ROW LEVEL SECURITY;
CREATE POLICY hotline_call_counts_own ON hotline_call_counts FOR SELECT USING (organisation_id = (SELECT tumar_org()));
ALTER TABLE hotline_call_count_deltas ENABLE ROW LEVEL SECURITY;
CREATE POLICY hotline_call_count_deltas_own ON hotline_call_count_deltas FOR SELECT USING (organisation_id = (SELECT tumar_org()));
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON hotline_call_counts, hotline_call_count_deltas FROM tumar_app;

-- The calls already there, counted once, set-based (a million calls in seconds), straight into
-- the folded counts.
WITH counted AS (
  SELECT c.organisation_id, ((c.received_at AT TIME ZONE 'UTC') AT TIME ZONE o.time_zone)::date AS day, k.dimension, k.key
    FROM hotline_calls c
    JOIN organisations o ON o.id = c.organisation_id
    CROSS JOIN LATERAL hotline_call_count_keys(c.call_type::text, c.channel::text, c.topics::text[],
                                               coalesce(c.caller_region, c.caller_country), c.urgency::text) AS k
   WHERE c.voided_at IS NULL
)
INSERT INTO hotline_call_counts (organisation_id, kind, bucket, dimension, key, n)
SELECT organisation_id, 'D', day, dimension, key, count(*) FROM counted GROUP BY 1, 3, 4, 5
UNION ALL
SELECT organisation_id, 'M', date_trunc('month', day)::date, dimension, key, count(*) FROM counted GROUP BY 1, 3, 4, 5;
