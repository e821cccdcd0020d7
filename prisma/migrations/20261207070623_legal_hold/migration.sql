-- A legal hold on a person's record (issue 20, decision 0033): while set, neither retention nor an
-- erasure on the person's request touches the record. The reason is encrypted (it may name a court
-- case). Timestamps as every other column here (TIMESTAMP(3), UTC). The table keeps its row-level
-- security: no new table, no new policy.
-- AlterTable
ALTER TABLE "victims" ADD COLUMN     "legal_hold_by_id" UUID,
ADD COLUMN     "legal_hold_reason_encrypted" TEXT,
ADD COLUMN     "legal_hold_since" TIMESTAMP(3);

-- AddForeignKey
ALTER TABLE "victims" ADD CONSTRAINT "victims_legal_hold_by_id_fkey" FOREIGN KEY ("legal_hold_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- An erased or retained person's referrals and placement requests lose the free text typed about
-- them (lib/retention/mutations.ts anonymisePeople): the person's organisation, as the sender, may
-- set a referral's reasons and a placement request's note to a dash, and nothing else, once the
-- person's record is anonymised. The rest of each guard is as before
-- (20261202173000_shared_tables_write_policies, 20261202190000_shared_write_rules_follow_grant_sources).
CREATE OR REPLACE FUNCTION referrals_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  me uuid := tumar_org();
  allowed text[];
  cleared text[] := ARRAY['reason', 'decision_reason', 'updated_at'];
BEGIN
  IF me IS NULL THEN RETURN NEW; END IF;
  IF me = OLD.from_organisation_id AND NEW.reason = '—' AND NEW.decision_reason IS NULL
    AND (to_jsonb(NEW) - cleared) IS NOT DISTINCT FROM (to_jsonb(OLD) - cleared)
    AND EXISTS (SELECT 1 FROM victims v WHERE v.id = OLD.victim_id AND v.anonymised_at IS NOT NULL) THEN
    RETURN NEW;
  END IF;
  IF me = OLD.to_organisation_id THEN
    IF NEW.status IS DISTINCT FROM OLD.status AND NOT (OLD.status = 'PENDING' AND NEW.status IN ('ACCEPTED', 'DECLINED')) THEN
      RAISE EXCEPTION 'referrals: the receiver may only decide a pending referral' USING ERRCODE = 'insufficient_privilege';
    END IF;
    allowed := ARRAY['status', 'decision_reason', 'decided_by_id', 'decided_at', 'grant_id', 'updated_at'];
  ELSE
    IF NEW.status IS DISTINCT FROM OLD.status AND NOT (OLD.status IN ('PENDING', 'ACCEPTED') AND NEW.status = 'REVOKED') THEN
      RAISE EXCEPTION 'referrals: the sender may only withdraw a pending or accepted referral' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.revoked_at IS NOT NULL AND NEW.revoked_at IS DISTINCT FROM OLD.revoked_at THEN
      RAISE EXCEPTION 'referrals: a withdrawal may not change' USING ERRCODE = 'insufficient_privilege';
    END IF;
    allowed := ARRAY['status', 'revoked_at', 'updated_at'];
  END IF;
  IF (to_jsonb(NEW) - allowed) IS DISTINCT FROM (to_jsonb(OLD) - allowed) THEN
    RAISE EXCEPTION 'referrals: this organisation may not change these columns' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$fn$;

CREATE OR REPLACE FUNCTION placement_requests_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  me uuid := tumar_org();
  shelter_part text[] := ARRAY['status', 'hold_until', 'decline_reason', 'decided_by_id', 'decided_at', 'grant_id', 'updated_at'];
  sender_part text[] := ARRAY['status', 'updated_at'];
  cleared text[] := ARRAY['note', 'decline_reason', 'updated_at'];
BEGIN
  IF me IS NULL THEN RETURN NEW; END IF;
  IF me = OLD.from_organisation_id AND NEW.note = '—' AND NEW.decline_reason IS NULL
    AND (to_jsonb(NEW) - cleared) IS NOT DISTINCT FROM (to_jsonb(OLD) - cleared)
    AND EXISTS (SELECT 1 FROM victims v WHERE v.id = OLD.victim_id AND v.anonymised_at IS NOT NULL) THEN
    RETURN NEW;
  END IF;
  IF tumar_own_shelter(OLD.shelter_id)
    AND (NEW.status = OLD.status OR (OLD.status = 'PENDING' AND NEW.status IN ('ACCEPTED', 'DECLINED')) OR (OLD.status = 'ACCEPTED' AND NEW.status IN ('ADMITTED', 'CANCELLED', 'EXPIRED')))
    AND (to_jsonb(NEW) - shelter_part) IS NOT DISTINCT FROM (to_jsonb(OLD) - shelter_part) THEN
    RETURN NEW;
  END IF;
  IF me = OLD.from_organisation_id
    AND (NEW.status = OLD.status OR (OLD.status IN ('PENDING', 'ACCEPTED') AND NEW.status = 'CANCELLED') OR (OLD.status = 'ACCEPTED' AND NEW.status = 'EXPIRED'))
    AND (to_jsonb(NEW) - sender_part) IS NOT DISTINCT FROM (to_jsonb(OLD) - sender_part) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'placement_requests: this organisation may not change these columns or make this move' USING ERRCODE = 'insufficient_privilege';
END
$fn$;
