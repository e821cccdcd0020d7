-- The write rules of the shared tables (migration 20261202173000) follow what issue 14 added to
-- them in parallel (#14.3, #14.10): a grant names what opened it (source_type, source_id) and why
-- it ended (revoke_reason); a placement's grant lasts as long as its hold, or the stay it turned
-- into; a hold that lapses moves its request to EXPIRED. The triggers deny by default, so each of
-- these is named here, for the party whose part it is.

-- Access grants.
--   owner:   as before, and the reason of a revocation.
--   grantee: gives its access up (with the reason), or, as the shelter that admitted the person of
--            an accepted placement, keeps the placement's grant for the stay (its expiry cleared),
--            which it may do only while that stay is open in one of its own shelters.
CREATE OR REPLACE FUNCTION access_grants_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  me uuid := tumar_org();
  allowed text[];
BEGIN
  IF me IS NULL THEN RETURN NEW; END IF;
  -- A revocation is final, for the owner too: access is given again by a new grant, on the record.
  IF OLD.revoked_at IS NOT NULL AND (NEW.revoked_at IS DISTINCT FROM OLD.revoked_at OR NEW.revoked_by_id IS DISTINCT FROM OLD.revoked_by_id OR NEW.revoke_reason IS DISTINCT FROM OLD.revoke_reason) THEN
    RAISE EXCEPTION 'access_grants: a revoked grant may not change' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF me = OLD.owner_organisation_id THEN
    allowed := ARRAY['scope', 'fields', 'expires_at', 'revoked_at', 'revoked_by_id', 'revoke_reason', 'updated_at'];
  ELSIF NEW.revoked_at IS NOT NULL THEN
    allowed := ARRAY['revoked_at', 'revoked_by_id', 'revoke_reason', 'updated_at'];
  ELSIF OLD.source_type = 'PLACEMENT_REQUEST' AND NEW.expires_at IS NULL AND EXISTS (
      SELECT 1 FROM shelter_stays s
      WHERE s.placement_request_id = OLD.source_id AND s.victim_id = OLD.record_id AND s.discharged_at IS NULL AND tumar_own_shelter(s.shelter_id)) THEN
    allowed := ARRAY['expires_at', 'updated_at'];
  ELSE
    RAISE EXCEPTION 'access_grants: the grantee may only give up its access, or keep a placement''s for the stay' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (to_jsonb(NEW) - allowed) IS DISTINCT FROM (to_jsonb(OLD) - allowed) THEN
    RAISE EXCEPTION 'access_grants: this organisation may not change these columns' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$fn$;

-- A grantee's own grant must name the pending referral or placement request it accepts.
DROP POLICY access_grants_insert ON access_grants;
CREATE POLICY access_grants_insert ON access_grants FOR INSERT WITH CHECK (
  grantee_organisation_id <> owner_organisation_id AND revoked_at IS NULL AND (
    (owner_organisation_id = (SELECT tumar_org())
      AND (record_type <> 'VICTIM' OR EXISTS (SELECT 1 FROM victims v WHERE v.id = record_id AND v.organisation_id = owner_organisation_id)))
    OR (grantee_organisation_id = (SELECT tumar_org()) AND record_type = 'VICTIM' AND scope = 'MINIMAL' AND (
      (source_type = 'REFERRAL' AND EXISTS (SELECT 1 FROM referrals r
        WHERE r.id = source_id AND r.victim_id = record_id AND r.from_organisation_id = owner_organisation_id
          AND r.to_organisation_id = grantee_organisation_id AND r.status = 'PENDING' AND fields <@ r.shared_fields))
      OR (source_type = 'PLACEMENT_REQUEST' AND EXISTS (SELECT 1 FROM placement_requests p
        WHERE p.id = source_id AND p.victim_id = record_id AND p.from_organisation_id = owner_organisation_id
          AND p.status = 'PENDING' AND tumar_own_shelter(p.shelter_id) AND cardinality(fields) = 0))))
  )
);

-- Placement requests: either party records that an accepted request's hold lapsed (EXPIRED),
-- wherever holds are evaluated.
CREATE OR REPLACE FUNCTION placement_requests_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  me uuid := tumar_org();
  shelter_part text[] := ARRAY['status', 'hold_until', 'decline_reason', 'decided_by_id', 'decided_at', 'grant_id', 'updated_at'];
  sender_part text[] := ARRAY['status', 'updated_at'];
BEGIN
  IF me IS NULL THEN RETURN NEW; END IF;
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
