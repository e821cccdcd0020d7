-- #14.14 (a): the tables two organisations share (access grants, referrals, placement requests)
-- get write rules of their own. Their one policy per table used the read condition ("either party")
-- for writes too, so at the database a grantee could write a grant to itself, clear a revocation or
-- widen a grant's fields, and either side of a referral or placement request could rewrite the
-- other's part. Reading stays as it was: both parties.
--
-- Which columns a party may change cannot be said in a policy (a policy sees rows, not which
-- columns changed), so a BEFORE UPDATE trigger per table compares the old and new row and allows
-- each party its own part only; the policies keep who may touch a row at all. The triggers judge
-- only the app's writes (an organisation is set): the tables' owner (migrations, seeds, operator
-- commands) acts without one and is not limited by them. A column added to these tables later is
-- frozen for the app until it is named in the trigger's list of a party: deny by default.

-- ---------------------------------------------------------------------------------------------
-- Access grants: the owner grants, revokes and deletes. The grantee reads, and may give its access
-- up (set revoked_at: a repatriation it declines), nothing more. A grantee inserts a grant only as
-- the acceptance of a pending referral or placement request addressed to it, with no more than
-- the sender chose to share.
DROP POLICY access_grants_parties ON access_grants;
CREATE POLICY access_grants_read ON access_grants FOR SELECT
  USING (owner_organisation_id = (SELECT tumar_org()) OR grantee_organisation_id = (SELECT tumar_org()));
CREATE POLICY access_grants_insert ON access_grants FOR INSERT WITH CHECK (
  grantee_organisation_id <> owner_organisation_id AND revoked_at IS NULL AND (
    (owner_organisation_id = (SELECT tumar_org())
      AND (record_type <> 'VICTIM' OR EXISTS (SELECT 1 FROM victims v WHERE v.id = record_id AND v.organisation_id = owner_organisation_id)))
    OR (grantee_organisation_id = (SELECT tumar_org()) AND record_type = 'VICTIM' AND scope = 'MINIMAL' AND (
      EXISTS (SELECT 1 FROM referrals r
        WHERE r.victim_id = record_id AND r.from_organisation_id = owner_organisation_id
          AND r.to_organisation_id = grantee_organisation_id AND r.status = 'PENDING' AND fields <@ r.shared_fields)
      OR EXISTS (SELECT 1 FROM placement_requests p
        WHERE p.victim_id = record_id AND p.from_organisation_id = owner_organisation_id
          AND p.status = 'PENDING' AND tumar_own_shelter(p.shelter_id) AND cardinality(fields) = 0)))
  )
);
CREATE POLICY access_grants_update ON access_grants FOR UPDATE
  USING (owner_organisation_id = (SELECT tumar_org()) OR grantee_organisation_id = (SELECT tumar_org()))
  WITH CHECK (owner_organisation_id = (SELECT tumar_org()) OR grantee_organisation_id = (SELECT tumar_org()));
CREATE POLICY access_grants_delete ON access_grants FOR DELETE USING (owner_organisation_id = (SELECT tumar_org()));

CREATE FUNCTION access_grants_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  me uuid := tumar_org();
  allowed text[];
BEGIN
  IF me IS NULL THEN RETURN NEW; END IF;
  -- A revocation is final, for the owner too: access is given again by a new grant, on the record.
  IF OLD.revoked_at IS NOT NULL AND (NEW.revoked_at IS DISTINCT FROM OLD.revoked_at OR NEW.revoked_by_id IS DISTINCT FROM OLD.revoked_by_id) THEN
    RAISE EXCEPTION 'access_grants: a revoked grant may not change' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF me = OLD.owner_organisation_id THEN
    allowed := ARRAY['scope', 'fields', 'expires_at', 'revoked_at', 'revoked_by_id', 'updated_at'];
  ELSE
    IF NEW.revoked_at IS NULL THEN
      RAISE EXCEPTION 'access_grants: the grantee may only revoke its own access' USING ERRCODE = 'insufficient_privilege';
    END IF;
    allowed := ARRAY['revoked_at', 'revoked_by_id', 'updated_at'];
  END IF;
  IF (to_jsonb(NEW) - allowed) IS DISTINCT FROM (to_jsonb(OLD) - allowed) THEN
    RAISE EXCEPTION 'access_grants: this organisation may not change these columns' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$fn$;
CREATE TRIGGER access_grants_guard BEFORE UPDATE ON access_grants FOR EACH ROW EXECUTE FUNCTION access_grants_guard();

-- ---------------------------------------------------------------------------------------------
-- Referrals: the sender (the record's owner) sends, withdraws (REVOKED) and deletes; the receiver
-- decides a pending referral once (ACCEPTED or DECLINED, with its reason and grant).
DROP POLICY referrals_parties ON referrals;
CREATE POLICY referrals_read ON referrals FOR SELECT
  USING (from_organisation_id = (SELECT tumar_org()) OR to_organisation_id = (SELECT tumar_org()));
CREATE POLICY referrals_insert ON referrals FOR INSERT WITH CHECK (
  from_organisation_id = (SELECT tumar_org()) AND to_organisation_id <> from_organisation_id
  AND EXISTS (SELECT 1 FROM victims v WHERE v.id = victim_id AND v.organisation_id = from_organisation_id)
);
CREATE POLICY referrals_update ON referrals FOR UPDATE
  USING (from_organisation_id = (SELECT tumar_org()) OR to_organisation_id = (SELECT tumar_org()))
  WITH CHECK (from_organisation_id = (SELECT tumar_org()) OR to_organisation_id = (SELECT tumar_org()));
CREATE POLICY referrals_delete ON referrals FOR DELETE USING (from_organisation_id = (SELECT tumar_org()));

CREATE FUNCTION referrals_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  me uuid := tumar_org();
  allowed text[];
BEGIN
  IF me IS NULL THEN RETURN NEW; END IF;
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
CREATE TRIGGER referrals_guard BEFORE UPDATE ON referrals FOR EACH ROW EXECUTE FUNCTION referrals_guard();

-- ---------------------------------------------------------------------------------------------
-- Placement requests: the requesting organisation asks (for a person it can see), withdraws
-- (CANCELLED) and deletes; the shelter's organisation answers a pending request (ACCEPTED with a
-- hold, or DECLINED), then admits or releases an accepted one. When both are one organisation (a
-- placement in its own shelter) it has both parts.
DROP POLICY placement_requests_parties ON placement_requests;
CREATE POLICY placement_requests_read ON placement_requests FOR SELECT
  USING (from_organisation_id = (SELECT tumar_org()) OR tumar_own_shelter(shelter_id));
CREATE POLICY placement_requests_insert ON placement_requests FOR INSERT WITH CHECK (
  from_organisation_id = (SELECT tumar_org()) AND EXISTS (SELECT 1 FROM victims v WHERE v.id = victim_id)
);
CREATE POLICY placement_requests_update ON placement_requests FOR UPDATE
  USING (from_organisation_id = (SELECT tumar_org()) OR tumar_own_shelter(shelter_id))
  WITH CHECK (from_organisation_id = (SELECT tumar_org()) OR tumar_own_shelter(shelter_id));
CREATE POLICY placement_requests_delete ON placement_requests FOR DELETE USING (from_organisation_id = (SELECT tumar_org()));

CREATE FUNCTION placement_requests_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  me uuid := tumar_org();
  shelter_part text[] := ARRAY['status', 'hold_until', 'decline_reason', 'decided_by_id', 'decided_at', 'grant_id', 'updated_at'];
  sender_part text[] := ARRAY['status', 'updated_at'];
BEGIN
  IF me IS NULL THEN RETURN NEW; END IF;
  IF tumar_own_shelter(OLD.shelter_id)
    AND (NEW.status = OLD.status OR (OLD.status = 'PENDING' AND NEW.status IN ('ACCEPTED', 'DECLINED')) OR (OLD.status = 'ACCEPTED' AND NEW.status IN ('ADMITTED', 'CANCELLED')))
    AND (to_jsonb(NEW) - shelter_part) IS NOT DISTINCT FROM (to_jsonb(OLD) - shelter_part) THEN
    RETURN NEW;
  END IF;
  IF me = OLD.from_organisation_id
    AND (NEW.status = OLD.status OR (OLD.status IN ('PENDING', 'ACCEPTED') AND NEW.status = 'CANCELLED'))
    AND (to_jsonb(NEW) - sender_part) IS NOT DISTINCT FROM (to_jsonb(OLD) - sender_part) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'placement_requests: this organisation may not change these columns or make this move' USING ERRCODE = 'insufficient_privilege';
END
$fn$;
CREATE TRIGGER placement_requests_guard BEFORE UPDATE ON placement_requests FOR EACH ROW EXECUTE FUNCTION placement_requests_guard();
