-- AlterTable
ALTER TABLE "audit_events" ADD COLUMN     "chain_seq" BIGINT,
ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prev_hash" TEXT;

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "password_changed_at" TIMESTAMP(3),
ADD COLUMN     "totp_enabled_at" TIMESTAMP(3),
ADD COLUMN     "totp_last_step" INTEGER,
ADD COLUMN     "totp_secret_encrypted" TEXT;

-- CreateTable
CREATE TABLE "sessions" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "last_seen_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "ended_at" TIMESTAMP(3),
    "end_reason" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recovery_codes" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "code_hash" TEXT NOT NULL,
    "used_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "recovery_codes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "sessions_user_id_ended_at_idx" ON "sessions"("user_id", "ended_at");

-- CreateIndex
CREATE UNIQUE INDEX "recovery_codes_user_id_code_hash_key" ON "recovery_codes"("user_id", "code_hash");

-- CreateIndex
CREATE INDEX "rate_limits_expire_idx" ON "rate_limits"("expire");

-- CreateIndex
CREATE INDEX "audit_events_organisation_id_chain_seq_idx" ON "audit_events"("organisation_id", "chain_seq");

-- CreateIndex
CREATE INDEX "audit_events_action_at_idx" ON "audit_events"("action", "at");

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recovery_codes" ADD CONSTRAINT "recovery_codes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The audit trail as hash chains, one per organisation (and one for events of no organisation).
-- The database sets chain_seq, prev_hash and hash on insert, under a per-chain advisory lock, so
-- every path that writes an event (Prisma, raw SQL, a script) is chained the same way, and
-- concurrent writers of one organisation queue for the few microseconds of the link.
-- audit_event_hash is the one definition of what is hashed: scripts/audit-verify.ts recomputes it.
CREATE FUNCTION audit_event_hash(e audit_events) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
  SELECT encode(sha256(convert_to(concat_ws('|',
    coalesce(e.prev_hash, ''), e.chain_seq::text, coalesce(e.organisation_id::text, ''), to_char(e.at, 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    coalesce(e.actor_user_id::text, ''), e.action, coalesce(e.record_type::text, ''), coalesce(e.record_id, ''),
    coalesce(e.request_id, ''), coalesce(e.details::text, '')), 'UTF8')), 'hex')
$fn$;

CREATE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  previous audit_events%ROWTYPE;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('audit:' || coalesce(NEW.organisation_id::text, 'system')));
  SELECT * INTO previous FROM audit_events
    WHERE organisation_id IS NOT DISTINCT FROM NEW.organisation_id AND chain_seq IS NOT NULL
    ORDER BY chain_seq DESC LIMIT 1;
  NEW.chain_seq := coalesce(previous.chain_seq, 0) + 1;
  NEW.prev_hash := previous.hash;
  NEW.hash := audit_event_hash(NEW);
  RETURN NEW;
END
$fn$;

CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_chain();

-- Insert-only: the database refuses to change or remove an event. Retention or repair needs the
-- table owner to disable this trigger deliberately, and audit:verify then shows the break.
CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'audit events are insert-only' USING ERRCODE = 'insufficient_privilege';
END
$fn$;

CREATE TRIGGER audit_events_insert_only BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();

-- Events written before the chain existed are linked once, in id order.
DO $fn$
DECLARE
  e audit_events%ROWTYPE;
  previous_hash text;
  previous_org uuid;
  seq bigint;
  first boolean := true;
BEGIN
  ALTER TABLE audit_events DISABLE TRIGGER audit_events_insert_only;
  FOR e IN SELECT * FROM audit_events ORDER BY organisation_id NULLS FIRST, id LOOP
    IF first OR e.organisation_id IS DISTINCT FROM previous_org THEN
      seq := 0;
      previous_hash := NULL;
    END IF;
    first := false;
    seq := seq + 1;
    e.chain_seq := seq;
    e.prev_hash := previous_hash;
    e.hash := audit_event_hash(e);
    UPDATE audit_events SET chain_seq = e.chain_seq, prev_hash = e.prev_hash, hash = e.hash WHERE id = e.id;
    previous_hash := e.hash;
    previous_org := e.organisation_id;
  END LOOP;
  ALTER TABLE audit_events ENABLE TRIGGER audit_events_insert_only;
END
$fn$;
