-- AlterTable
ALTER TABLE "repatriations" ADD COLUMN     "partner_since" TIMESTAMP(3);

-- A returned person's plan and follow-ups are the home side's to write (decision 0031): either side
-- of a case reads them, only the receiving organisation (or the one working alone) writes them.
DROP POLICY reintegration_assistance_visible ON reintegration_assistance;
CREATE POLICY reintegration_assistance_visible ON reintegration_assistance
  USING (EXISTS (SELECT 1 FROM repatriations r WHERE r.id = repatriation_id))
  WITH CHECK (EXISTS (SELECT 1 FROM repatriations r
                       WHERE r.id = repatriation_id AND r.receiving_organisation_id = (SELECT tumar_org())));
DROP POLICY reintegration_follow_ups_visible ON reintegration_follow_ups;
CREATE POLICY reintegration_follow_ups_visible ON reintegration_follow_ups
  USING (EXISTS (SELECT 1 FROM repatriations r WHERE r.id = repatriation_id))
  WITH CHECK (EXISTS (SELECT 1 FROM repatriations r
                       WHERE r.id = repatriation_id AND r.receiving_organisation_id = (SELECT tumar_org())));

-- A counterpart is named only by its own organisation: a foreign key is checked without row-level
-- security, so these triggers tie a case's and a consent's counterpart to the organisation of the
-- case (the one working it alone) and of the person.
CREATE FUNCTION repatriation_counterpart_is_own() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.counterpart_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM counterparts c WHERE c.id = NEW.counterpart_id AND c.organisation_id = NEW.sending_organisation_id
  ) THEN
    RAISE EXCEPTION 'counterpart % is not in the directory of the organisation working the case', NEW.counterpart_id
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER repatriations_counterpart_is_own BEFORE INSERT OR UPDATE OF counterpart_id ON repatriations
  FOR EACH ROW EXECUTE FUNCTION repatriation_counterpart_is_own();

CREATE FUNCTION consent_counterpart_is_own() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.grantee_counterpart_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM counterparts c JOIN victims v ON v.organisation_id = c.organisation_id
     WHERE c.id = NEW.grantee_counterpart_id AND v.id = NEW.victim_id
  ) THEN
    RAISE EXCEPTION 'counterpart % is not in the directory of the person''s organisation', NEW.grantee_counterpart_id
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER victim_consents_counterpart_is_own BEFORE INSERT OR UPDATE OF grantee_counterpart_id ON victim_consents
  FOR EACH ROW EXECUTE FUNCTION consent_counterpart_is_own();
