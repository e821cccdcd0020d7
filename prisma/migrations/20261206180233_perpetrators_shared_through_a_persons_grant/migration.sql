-- AlterEnum
ALTER TYPE "RecordType" ADD VALUE 'PERPETRATOR';

-- AlterTable
ALTER TABLE "access_grants" ADD COLUMN     "parent_grant_id" UUID;

-- CreateIndex
CREATE INDEX "access_grants_parent_grant_id_idx" ON "access_grants"("parent_grant_id");

-- AddForeignKey
ALTER TABLE "access_grants" ADD CONSTRAINT "access_grants_parent_grant_id_fkey" FOREIGN KEY ("parent_grant_id") REFERENCES "access_grants"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A perpetrator record is shared with a partner only by a grant that names it (issue 17, decision
-- 0022), opened through the grant the partner holds on a person the record is linked to: born
-- from that person's consent (the referral, repatriation or placement that opened the person's
-- grant) and alive only while it is. The new enum value is compared as text below: it cannot be
-- used as an enum literal in the transaction that adds it.

-- Whether the actor's organisation holds a live grant on this perpetrator record whose person's
-- grant is live too (p_identifiers: a grant that includes the identifiers, scope FULL).
CREATE FUNCTION tumar_perpetrator_shared(p_id uuid, p_identifiers boolean) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT EXISTS (
    SELECT 1 FROM access_grants g JOIN access_grants parent ON parent.id = g.parent_grant_id
    WHERE g.record_type::text = 'PERPETRATOR' AND g.record_id = p_id AND g.grantee_organisation_id = tumar_org()
      AND g.revoked_at IS NULL AND (g.expires_at IS NULL OR g.expires_at > now())
      AND parent.revoked_at IS NULL AND (parent.expires_at IS NULL OR parent.expires_at > now())
      AND (NOT p_identifiers OR g.scope = 'FULL')
  )
$$;

-- The partner reads a shared record (never writes it); its identifiers only under a FULL grant.
-- Its links to situations, calls and people stay the owner's (their policies are unchanged).
CREATE POLICY perpetrators_shared ON perpetrators FOR SELECT USING (tumar_perpetrator_shared(id, false));
CREATE POLICY perpetrator_identifiers_shared ON perpetrator_identifiers FOR SELECT
  USING (tumar_perpetrator_shared(perpetrator_id, true));

-- The owner grants a perpetrator record only through a live grant of its own on a person linked to
-- that record, to that grant's grantee, without an expiry of its own (it follows the person's).
-- A function (plpgsql: never inlined), because a policy of access_grants may not read
-- access_grants itself; it runs as the caller, under the caller's own policies.
CREATE FUNCTION tumar_perpetrator_grant_allowed(p_record uuid, p_owner uuid, p_grantee uuid, p_parent uuid)
RETURNS boolean LANGUAGE plpgsql STABLE AS $fn$
BEGIN
  RETURN EXISTS (SELECT 1 FROM perpetrators p
      WHERE p.id = p_record AND p.organisation_id = p_owner AND p.anonymised_at IS NULL)
    AND EXISTS (SELECT 1 FROM access_grants parent
      JOIN person_perpetrators pp ON pp.victim_id = parent.record_id AND pp.perpetrator_id = p_record
      WHERE parent.id = p_parent AND parent.record_type = 'VICTIM'
        AND parent.owner_organisation_id = p_owner AND parent.grantee_organisation_id = p_grantee
        AND parent.revoked_at IS NULL AND (parent.expires_at IS NULL OR parent.expires_at > now()));
END
$fn$;

-- Otherwise as migration 20261202190000.
DROP POLICY access_grants_insert ON access_grants;
CREATE POLICY access_grants_insert ON access_grants FOR INSERT WITH CHECK (
  grantee_organisation_id <> owner_organisation_id AND revoked_at IS NULL AND (
    (owner_organisation_id = (SELECT tumar_org())
      AND (record_type <> 'VICTIM' OR EXISTS (SELECT 1 FROM victims v WHERE v.id = record_id AND v.organisation_id = owner_organisation_id))
      AND (record_type::text <> 'PERPETRATOR' OR (expires_at IS NULL AND parent_grant_id IS NOT NULL
        AND tumar_perpetrator_grant_allowed(record_id, owner_organisation_id, grantee_organisation_id, parent_grant_id))))
    OR (grantee_organisation_id = (SELECT tumar_org()) AND record_type = 'VICTIM' AND scope = 'MINIMAL' AND (
      (source_type = 'REFERRAL' AND EXISTS (SELECT 1 FROM referrals r
        WHERE r.id = source_id AND r.victim_id = record_id AND r.from_organisation_id = owner_organisation_id
          AND r.to_organisation_id = grantee_organisation_id AND r.status = 'PENDING' AND fields <@ r.shared_fields))
      OR (source_type = 'PLACEMENT_REQUEST' AND EXISTS (SELECT 1 FROM placement_requests p
        WHERE p.id = source_id AND p.victim_id = record_id AND p.from_organisation_id = owner_organisation_id
          AND p.status = 'PENDING' AND tumar_own_shelter(p.shelter_id) AND cardinality(fields) = 0))))
  )
);

-- A grant opened through another ends with it, whichever road ended that one (a referral revoked,
-- a consent withdrawn, a repatriation cancelled, the grantee giving its access up). The reading
-- check above already refuses a child of an ended grant; this keeps the record of it honest.
CREATE FUNCTION access_grants_end_children() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE access_grants SET revoked_at = NEW.revoked_at, revoked_by_id = NEW.revoked_by_id,
    revoke_reason = 'grant.parent_ended', updated_at = now()
  WHERE parent_grant_id = NEW.id AND revoked_at IS NULL;
  RETURN NULL;
END
$fn$;
CREATE TRIGGER access_grants_end_children AFTER UPDATE OF revoked_at ON access_grants FOR EACH ROW
  WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL) EXECUTE FUNCTION access_grants_end_children();

-- Unlinking the record from the person ends what the link opened.
CREATE FUNCTION person_perpetrators_end_shares() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE access_grants g SET revoked_at = now(), revoke_reason = 'perpetrator.unlinked', updated_at = now()
  FROM access_grants parent
  WHERE g.parent_grant_id = parent.id AND parent.record_id = OLD.victim_id
    AND g.record_id = OLD.perpetrator_id AND g.revoked_at IS NULL;
  RETURN NULL;
END
$fn$;
CREATE TRIGGER person_perpetrators_end_shares AFTER DELETE ON person_perpetrators FOR EACH ROW
  EXECUTE FUNCTION person_perpetrators_end_shares();
