-- AlterTable
ALTER TABLE "repatriations" ADD COLUMN     "travel_document_id" UUID;

-- AddForeignKey
ALTER TABLE "repatriations" ADD CONSTRAINT "repatriations_travel_document_id_fkey" FOREIGN KEY ("travel_document_id") REFERENCES "person_documents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The travel-documents step names one of the person's documents (decision 0027). A repatriation's
-- two sides both need to know where that document stands (which kind, in whose hands, whether
-- work to recover or replace it is under way, when it expires), while the document itself (its
-- number, notes, steps) stays the person's organisation's, shown to a partner only through a grant
-- naming "documents". This answers the first for the cases the caller is a side of, and no more.
CREATE FUNCTION repatriation_travel_document(p_repatriation uuid)
RETURNS TABLE (type "DocumentType", holder "DocumentHolder", expires_on date, work_under_way boolean)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
  SELECT d.type, d.holder, d.expires_on,
    EXISTS (SELECT 1 FROM document_recovery_steps s
      WHERE s.document_id = d.id AND s.outcome IN ('PENDING', 'SUCCEEDED'))
  FROM repatriations r JOIN person_documents d ON d.id = r.travel_document_id AND d.victim_id = r.victim_id
  WHERE r.id = p_repatriation
    AND (r.sending_organisation_id = tumar_org() OR r.receiving_organisation_id = tumar_org())
$$;
REVOKE ALL ON FUNCTION repatriation_travel_document(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION repatriation_travel_document(uuid) TO tumar_app;
