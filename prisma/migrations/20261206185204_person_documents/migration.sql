-- CreateEnum
CREATE TYPE "DocumentType" AS ENUM ('PASSPORT', 'INTERNAL_ID', 'BIRTH_CERTIFICATE', 'MIGRATION_CARD', 'WORK_PERMIT', 'REGISTRATION', 'CERTIFICATE_OF_RETURN', 'OTHER');

-- CreateEnum
CREATE TYPE "DocumentHolder" AS ENUM ('PERSON', 'EMPLOYER', 'TRAFFICKER', 'POLICE', 'CONSULATE', 'ORGANISATION', 'LOST', 'DESTROYED', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "DocumentRecoveryKind" AS ENUM ('ASKED_HOLDER', 'POLICE_REPORT', 'CONSULATE_REQUEST', 'REPLACEMENT_APPLIED', 'REPLACEMENT_ISSUED', 'RETURNED_TO_PERSON', 'OTHER');

-- CreateEnum
CREATE TYPE "DocumentRecoveryOutcome" AS ENUM ('PENDING', 'SUCCEEDED', 'REFUSED', 'NO_ANSWER');

-- CreateTable
CREATE TABLE "person_documents" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "victim_id" UUID NOT NULL,
    "type" "DocumentType" NOT NULL,
    "issuing_country" CHAR(2),
    "number_encrypted" TEXT,
    "number_hash" TEXT,
    "issued_on" DATE,
    "expires_on" DATE,
    "holder" "DocumentHolder" NOT NULL DEFAULT 'UNKNOWN',
    "notes_encrypted" TEXT,
    "recorded_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "person_documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_recovery_steps" (
    "id" UUID NOT NULL,
    "document_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "kind" "DocumentRecoveryKind" NOT NULL,
    "taken_on" DATE NOT NULL,
    "outcome" "DocumentRecoveryOutcome" NOT NULL DEFAULT 'PENDING',
    "note_encrypted" TEXT,
    "recorded_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_recovery_steps_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "person_documents_victim_id_type_idx" ON "person_documents"("victim_id", "type");

-- CreateIndex
CREATE INDEX "person_documents_number_hash_idx" ON "person_documents"("number_hash");

-- CreateIndex
CREATE INDEX "person_documents_organisation_id_expires_on_idx" ON "person_documents"("organisation_id", "expires_on");

-- CreateIndex
CREATE INDEX "document_recovery_steps_document_id_taken_on_idx" ON "document_recovery_steps"("document_id", "taken_on");

-- AddForeignKey
ALTER TABLE "person_documents" ADD CONSTRAINT "person_documents_victim_id_fkey" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person_documents" ADD CONSTRAINT "person_documents_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_recovery_steps" ADD CONSTRAINT "document_recovery_steps_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "person_documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_recovery_steps" ADD CONSTRAINT "document_recovery_steps_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Row-level security (decision 0009). A document is its person's organisation's; a partner reads
-- it only through a live grant on the person that names "documents" (lib/access/person.ts). Its
-- recovery steps are visible with it. Only the person's own organisation writes either.
--
-- Whether a live grant on the person to the actor's organisation names this field (the parts of a
-- person kept in tables of their own: documents, legal status).
CREATE FUNCTION tumar_shared_field(p_victim uuid, p_field text) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT EXISTS (
    SELECT 1 FROM access_grants g
    WHERE g.record_type = 'VICTIM' AND g.record_id = p_victim AND g.grantee_organisation_id = tumar_org()
      AND g.revoked_at IS NULL AND (g.expires_at IS NULL OR g.expires_at > now())
      AND p_field = ANY (g.fields)
  )
$$;
ALTER TABLE person_documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY person_documents_read ON person_documents FOR SELECT
  USING (organisation_id = (SELECT tumar_org()) OR tumar_shared_field(victim_id, 'documents'));
CREATE POLICY person_documents_insert ON person_documents FOR INSERT WITH CHECK (
  organisation_id = (SELECT tumar_org())
  AND EXISTS (SELECT 1 FROM victims v WHERE v.id = person_documents.victim_id AND v.organisation_id = person_documents.organisation_id));
CREATE POLICY person_documents_update ON person_documents FOR UPDATE
  USING (organisation_id = (SELECT tumar_org())) WITH CHECK (organisation_id = (SELECT tumar_org()));
CREATE POLICY person_documents_delete ON person_documents FOR DELETE USING (organisation_id = (SELECT tumar_org()));

ALTER TABLE document_recovery_steps ENABLE ROW LEVEL SECURITY;
CREATE POLICY document_recovery_steps_read ON document_recovery_steps FOR SELECT
  USING (EXISTS (SELECT 1 FROM person_documents d WHERE d.id = document_recovery_steps.document_id));
CREATE POLICY document_recovery_steps_insert ON document_recovery_steps FOR INSERT WITH CHECK (
  organisation_id = (SELECT tumar_org())
  AND EXISTS (SELECT 1 FROM person_documents d
    WHERE d.id = document_recovery_steps.document_id AND d.organisation_id = document_recovery_steps.organisation_id));
CREATE POLICY document_recovery_steps_update ON document_recovery_steps FOR UPDATE
  USING (organisation_id = (SELECT tumar_org())) WITH CHECK (organisation_id = (SELECT tumar_org()));
CREATE POLICY document_recovery_steps_delete ON document_recovery_steps FOR DELETE USING (organisation_id = (SELECT tumar_org()));

-- The network's duplicate check matches a document number against every document of every
-- person, as it matched the number kept on the person's record (which it still reads).
CREATE OR REPLACE FUNCTION network_duplicate_candidates(p_document_hash text, p_words text[], p_initials text[], p_birth_date date)
RETURNS TABLE (victim_id uuid, organisation_id uuid, reason text)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
SET pg_trgm.word_similarity_threshold = 0.45
AS $$
  (SELECT v.id, v.organisation_id, 'document' FROM victims v
    WHERE p_document_hash IS NOT NULL AND v.document_number_hash = p_document_hash
    LIMIT 20)
  UNION ALL
  (SELECT d.victim_id, d.organisation_id, 'document' FROM person_documents d
    WHERE p_document_hash IS NOT NULL AND d.number_hash = p_document_hash
    LIMIT 20)
  UNION ALL
  (SELECT v.id, v.organisation_id, 'name_and_birth_date' FROM victim_search_keys k JOIN victims v ON v.id = k.victim_id
    WHERE p_birth_date IS NOT NULL AND v.birth_date = p_birth_date
      AND cardinality(p_words) + cardinality(p_initials) > 0
      AND (cardinality(p_words) = 0 OR p_words[1] <% k.key)
      AND NOT EXISTS (SELECT 1 FROM unnest(p_words) w WHERE NOT (w <% k.key))
      AND NOT EXISTS (SELECT 1 FROM unnest(p_initials) i WHERE k.key !~ ('(^| )' || i))
    LIMIT 50)
$$;
