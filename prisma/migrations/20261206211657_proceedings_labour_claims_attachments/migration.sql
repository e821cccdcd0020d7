-- CreateEnum
CREATE TYPE "AttachmentParent" AS ENUM ('VICTIM', 'DOCUMENT', 'CONSENT', 'PROCEEDING', 'LABOUR_CLAIM', 'REPATRIATION_STEP', 'SHELTER_STAY');

-- CreateEnum
CREATE TYPE "AttachmentStorage" AS ENUM ('DATABASE', 'OBJECT_STORE');

-- CreateEnum
CREATE TYPE "LabourClaimRoute" AS ENUM ('NEGOTIATION', 'LABOUR_INSPECTORATE', 'PROSECUTOR', 'COURT', 'EMBASSY', 'OTHER');

-- CreateEnum
CREATE TYPE "LabourClaimStatus" AS ENUM ('PREPARING', 'FILED', 'IN_PROGRESS', 'PARTLY_RECOVERED', 'RECOVERED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ProceedingKind" AS ENUM ('CRIMINAL', 'ADMINISTRATIVE', 'CIVIL');

-- CreateEnum
CREATE TYPE "ProceedingAuthority" AS ENUM ('POLICE', 'INVESTIGATOR', 'PROSECUTOR', 'COURT', 'LABOUR_INSPECTION', 'MIGRATION_SERVICE', 'OTHER');

-- CreateEnum
CREATE TYPE "ProceedingRole" AS ENUM ('VICTIM', 'WITNESS', 'CLAIMANT', 'SUSPECT', 'ACCUSED', 'OTHER');

-- CreateEnum
CREATE TYPE "ProtectionMeasure" AS ENUM ('ANONYMITY', 'CLOSED_HEARING', 'REMOTE_TESTIMONY', 'NO_CONFRONTATION', 'POLICE_PROTECTION', 'RELOCATION', 'OTHER');

-- CreateEnum
CREATE TYPE "ProceedingOutcome" AS ENUM ('PENDING', 'REFUSED_TO_OPEN', 'SUSPENDED', 'DISMISSED', 'CONVICTION', 'ACQUITTAL', 'SETTLED', 'NON_PUNISHMENT_APPLIED', 'PERSON_FINED', 'PERSON_CONVICTED', 'OTHER');

-- CreateEnum
CREATE TYPE "HearingStatus" AS ENUM ('SCHEDULED', 'HELD', 'POSTPONED', 'CANCELLED');

-- CreateTable
CREATE TABLE "attachments" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "victim_id" UUID,
    "parent_type" "AttachmentParent" NOT NULL,
    "parent_id" UUID NOT NULL,
    "file_name_encrypted" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "storage" "AttachmentStorage" NOT NULL DEFAULT 'DATABASE',
    "storage_key" TEXT,
    "uploaded_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "attachments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attachment_blobs" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "content_encrypted" BYTEA NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "attachment_blobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "labour_claims" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "employer_perpetrator_id" UUID,
    "employer_name_encrypted" TEXT,
    "country_code" CHAR(2) NOT NULL,
    "work_from" DATE,
    "work_to" DATE,
    "currency" CHAR(3) NOT NULL,
    "route" "LabourClaimRoute" NOT NULL,
    "status" "LabourClaimStatus" NOT NULL DEFAULT 'PREPARING',
    "filed_on" DATE,
    "situation_id" UUID,
    "notes_encrypted" TEXT,
    "recorded_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "labour_claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "labour_claim_people" (
    "claim_id" UUID NOT NULL,
    "victim_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "owed" DECIMAL(14,2) NOT NULL,
    "recovered" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "labour_claim_people_pkey" PRIMARY KEY ("claim_id","victim_id")
);

-- CreateTable
CREATE TABLE "legal_proceedings" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "victim_id" UUID NOT NULL,
    "kind" "ProceedingKind" NOT NULL,
    "authority" "ProceedingAuthority" NOT NULL,
    "authority_name" TEXT,
    "country_code" CHAR(2) NOT NULL,
    "case_number_encrypted" TEXT,
    "role" "ProceedingRole" NOT NULL,
    "lawyer_encrypted" TEXT,
    "opened_on" DATE,
    "protection_asked" "ProtectionMeasure"[] DEFAULT ARRAY[]::"ProtectionMeasure"[],
    "protection_granted" "ProtectionMeasure"[] DEFAULT ARRAY[]::"ProtectionMeasure"[],
    "compensation_claimed" DECIMAL(14,2),
    "compensation_awarded" DECIMAL(14,2),
    "compensation_currency" CHAR(3),
    "outcome" "ProceedingOutcome" NOT NULL DEFAULT 'PENDING',
    "outcome_on" DATE,
    "situation_id" UUID,
    "notes_encrypted" TEXT,
    "recorded_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "legal_proceedings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "proceeding_hearings" (
    "id" UUID NOT NULL,
    "proceeding_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "held_on" DATE NOT NULL,
    "time_of_day" VARCHAR(5),
    "status" "HearingStatus" NOT NULL DEFAULT 'SCHEDULED',
    "note_encrypted" TEXT,
    "recorded_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "proceeding_hearings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "proceeding_perpetrators" (
    "proceeding_id" UUID NOT NULL,
    "perpetrator_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "proceeding_perpetrators_pkey" PRIMARY KEY ("proceeding_id","perpetrator_id")
);

-- CreateIndex
CREATE INDEX "attachments_parent_type_parent_id_created_at_idx" ON "attachments"("parent_type", "parent_id", "created_at");

-- CreateIndex
CREATE INDEX "attachments_victim_id_idx" ON "attachments"("victim_id");

-- CreateIndex
CREATE INDEX "attachments_organisation_id_created_at_idx" ON "attachments"("organisation_id", "created_at");

-- CreateIndex
CREATE INDEX "labour_claims_organisation_id_created_at_idx" ON "labour_claims"("organisation_id", "created_at");

-- CreateIndex
CREATE INDEX "labour_claims_employer_perpetrator_id_idx" ON "labour_claims"("employer_perpetrator_id");

-- CreateIndex
CREATE INDEX "labour_claims_situation_id_idx" ON "labour_claims"("situation_id");

-- CreateIndex
CREATE INDEX "labour_claim_people_victim_id_idx" ON "labour_claim_people"("victim_id");

-- CreateIndex
CREATE INDEX "legal_proceedings_victim_id_created_at_idx" ON "legal_proceedings"("victim_id", "created_at");

-- CreateIndex
CREATE INDEX "legal_proceedings_organisation_id_outcome_idx" ON "legal_proceedings"("organisation_id", "outcome");

-- CreateIndex
CREATE INDEX "legal_proceedings_situation_id_idx" ON "legal_proceedings"("situation_id");

-- CreateIndex
CREATE INDEX "proceeding_hearings_proceeding_id_held_on_idx" ON "proceeding_hearings"("proceeding_id", "held_on");

-- CreateIndex
CREATE INDEX "proceeding_hearings_organisation_id_held_on_idx" ON "proceeding_hearings"("organisation_id", "held_on");

-- CreateIndex
CREATE INDEX "proceeding_perpetrators_perpetrator_id_idx" ON "proceeding_perpetrators"("perpetrator_id");

-- AddForeignKey
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_victim_id_fkey" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachment_blobs" ADD CONSTRAINT "attachment_blobs_id_fkey" FOREIGN KEY ("id") REFERENCES "attachments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "labour_claims" ADD CONSTRAINT "labour_claims_employer_perpetrator_id_fkey" FOREIGN KEY ("employer_perpetrator_id") REFERENCES "perpetrators"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "labour_claims" ADD CONSTRAINT "labour_claims_situation_id_fkey" FOREIGN KEY ("situation_id") REFERENCES "situations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "labour_claims" ADD CONSTRAINT "labour_claims_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "labour_claim_people" ADD CONSTRAINT "labour_claim_people_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "labour_claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "labour_claim_people" ADD CONSTRAINT "labour_claim_people_victim_id_fkey" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "legal_proceedings" ADD CONSTRAINT "legal_proceedings_victim_id_fkey" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "legal_proceedings" ADD CONSTRAINT "legal_proceedings_situation_id_fkey" FOREIGN KEY ("situation_id") REFERENCES "situations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "legal_proceedings" ADD CONSTRAINT "legal_proceedings_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proceeding_hearings" ADD CONSTRAINT "proceeding_hearings_proceeding_id_fkey" FOREIGN KEY ("proceeding_id") REFERENCES "legal_proceedings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proceeding_hearings" ADD CONSTRAINT "proceeding_hearings_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proceeding_perpetrators" ADD CONSTRAINT "proceeding_perpetrators_proceeding_id_fkey" FOREIGN KEY ("proceeding_id") REFERENCES "legal_proceedings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proceeding_perpetrators" ADD CONSTRAINT "proceeding_perpetrators_perpetrator_id_fkey" FOREIGN KEY ("perpetrator_id") REFERENCES "perpetrators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security (decision 0009; decision 0024 for these tables).
--
-- A legal proceeding is its person's organisation's; a partner reads it only through a live grant on
-- the person that names "proceedings". Hearings are visible with their proceeding; the perpetrators
-- a proceeding is against stay the organisation's own (a partner reads perpetrator records only
-- through a grant that names the record, decision 0022).
ALTER TABLE legal_proceedings ENABLE ROW LEVEL SECURITY;
CREATE POLICY legal_proceedings_read ON legal_proceedings FOR SELECT
  USING (organisation_id = (SELECT tumar_org()) OR tumar_shared_field(victim_id, 'proceedings'));
CREATE POLICY legal_proceedings_insert ON legal_proceedings FOR INSERT WITH CHECK (
  organisation_id = (SELECT tumar_org())
  AND EXISTS (SELECT 1 FROM victims v WHERE v.id = legal_proceedings.victim_id AND v.organisation_id = legal_proceedings.organisation_id)
  AND (legal_proceedings.situation_id IS NULL OR EXISTS (SELECT 1 FROM situations s
    WHERE s.id = legal_proceedings.situation_id AND s.organisation_id = legal_proceedings.organisation_id)));
CREATE POLICY legal_proceedings_update ON legal_proceedings FOR UPDATE
  USING (organisation_id = (SELECT tumar_org())) WITH CHECK (
  organisation_id = (SELECT tumar_org())
  AND (legal_proceedings.situation_id IS NULL OR EXISTS (SELECT 1 FROM situations s
    WHERE s.id = legal_proceedings.situation_id AND s.organisation_id = legal_proceedings.organisation_id)));
CREATE POLICY legal_proceedings_delete ON legal_proceedings FOR DELETE USING (organisation_id = (SELECT tumar_org()));

ALTER TABLE proceeding_hearings ENABLE ROW LEVEL SECURITY;
CREATE POLICY proceeding_hearings_read ON proceeding_hearings FOR SELECT
  USING (EXISTS (SELECT 1 FROM legal_proceedings p WHERE p.id = proceeding_hearings.proceeding_id));
CREATE POLICY proceeding_hearings_insert ON proceeding_hearings FOR INSERT WITH CHECK (
  organisation_id = (SELECT tumar_org())
  AND EXISTS (SELECT 1 FROM legal_proceedings p
    WHERE p.id = proceeding_hearings.proceeding_id AND p.organisation_id = proceeding_hearings.organisation_id));
CREATE POLICY proceeding_hearings_update ON proceeding_hearings FOR UPDATE
  USING (organisation_id = (SELECT tumar_org())) WITH CHECK (organisation_id = (SELECT tumar_org()));
CREATE POLICY proceeding_hearings_delete ON proceeding_hearings FOR DELETE USING (organisation_id = (SELECT tumar_org()));

ALTER TABLE proceeding_perpetrators ENABLE ROW LEVEL SECURITY;
CREATE POLICY proceeding_perpetrators_read ON proceeding_perpetrators FOR SELECT
  USING (organisation_id = (SELECT tumar_org()));
CREATE POLICY proceeding_perpetrators_insert ON proceeding_perpetrators FOR INSERT WITH CHECK (
  organisation_id = (SELECT tumar_org())
  AND EXISTS (SELECT 1 FROM legal_proceedings p
    WHERE p.id = proceeding_perpetrators.proceeding_id AND p.organisation_id = proceeding_perpetrators.organisation_id)
  AND EXISTS (SELECT 1 FROM perpetrators x
    WHERE x.id = proceeding_perpetrators.perpetrator_id AND x.organisation_id = proceeding_perpetrators.organisation_id));
CREATE POLICY proceeding_perpetrators_delete ON proceeding_perpetrators FOR DELETE USING (organisation_id = (SELECT tumar_org()));

-- A labour claim is the organisation's, for people of its own. A partner whose live grant on one of
-- those people names "labourClaims" reads the claim and that person's line of it, never the other
-- people's lines (labour_claim_people is filtered row by row).
CREATE FUNCTION tumar_labour_claim_shared(p_claim uuid) RETURNS boolean
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
BEGIN
  -- plpgsql, so that the policy of labour_claims does not expand the policy of
  -- labour_claim_people inline (each reads the other).
  RETURN EXISTS (SELECT 1 FROM labour_claim_people p
    WHERE p.claim_id = p_claim AND tumar_shared_field(p.victim_id, 'labourClaims'));
END
$$;
ALTER TABLE labour_claims ENABLE ROW LEVEL SECURITY;
CREATE POLICY labour_claims_read ON labour_claims FOR SELECT
  USING (organisation_id = (SELECT tumar_org()) OR tumar_labour_claim_shared(id));
CREATE POLICY labour_claims_insert ON labour_claims FOR INSERT WITH CHECK (
  organisation_id = (SELECT tumar_org())
  AND (labour_claims.employer_perpetrator_id IS NULL OR EXISTS (SELECT 1 FROM perpetrators x
    WHERE x.id = labour_claims.employer_perpetrator_id AND x.organisation_id = labour_claims.organisation_id))
  AND (labour_claims.situation_id IS NULL OR EXISTS (SELECT 1 FROM situations s
    WHERE s.id = labour_claims.situation_id AND s.organisation_id = labour_claims.organisation_id)));
CREATE POLICY labour_claims_update ON labour_claims FOR UPDATE
  USING (organisation_id = (SELECT tumar_org())) WITH CHECK (
  organisation_id = (SELECT tumar_org())
  AND (labour_claims.employer_perpetrator_id IS NULL OR EXISTS (SELECT 1 FROM perpetrators x
    WHERE x.id = labour_claims.employer_perpetrator_id AND x.organisation_id = labour_claims.organisation_id))
  AND (labour_claims.situation_id IS NULL OR EXISTS (SELECT 1 FROM situations s
    WHERE s.id = labour_claims.situation_id AND s.organisation_id = labour_claims.organisation_id)));
CREATE POLICY labour_claims_delete ON labour_claims FOR DELETE USING (organisation_id = (SELECT tumar_org()));

ALTER TABLE labour_claim_people ENABLE ROW LEVEL SECURITY;
CREATE POLICY labour_claim_people_read ON labour_claim_people FOR SELECT
  USING (organisation_id = (SELECT tumar_org()) OR tumar_shared_field(victim_id, 'labourClaims'));
CREATE POLICY labour_claim_people_insert ON labour_claim_people FOR INSERT WITH CHECK (
  organisation_id = (SELECT tumar_org())
  AND EXISTS (SELECT 1 FROM labour_claims c
    WHERE c.id = labour_claim_people.claim_id AND c.organisation_id = labour_claim_people.organisation_id)
  AND EXISTS (SELECT 1 FROM victims v
    WHERE v.id = labour_claim_people.victim_id AND v.organisation_id = labour_claim_people.organisation_id));
CREATE POLICY labour_claim_people_update ON labour_claim_people FOR UPDATE
  USING (organisation_id = (SELECT tumar_org())) WITH CHECK (organisation_id = (SELECT tumar_org()));
CREATE POLICY labour_claim_people_delete ON labour_claim_people FOR DELETE USING (organisation_id = (SELECT tumar_org()));

-- An attachment is its uploader's organisation's; the person's own organisation reads it too, and a
-- partner only through a live grant on the person that names "documents". A file on a labour claim
-- (no single person) stays its organisation's. The content lives in attachment_blobs, visible with
-- its row.
ALTER TABLE attachments ENABLE ROW LEVEL SECURITY;
CREATE POLICY attachments_read ON attachments FOR SELECT USING (
  organisation_id = (SELECT tumar_org())
  OR (victim_id IS NOT NULL AND (
    EXISTS (SELECT 1 FROM victims v WHERE v.id = attachments.victim_id AND v.organisation_id = (SELECT tumar_org()))
    OR tumar_shared_field(victim_id, 'documents'))));
CREATE POLICY attachments_insert ON attachments FOR INSERT WITH CHECK (
  organisation_id = (SELECT tumar_org())
  AND (attachments.victim_id IS NULL OR EXISTS (SELECT 1 FROM victims v WHERE v.id = attachments.victim_id)));
-- Removed by its uploader, or by the person's own organisation (retention removes every file about
-- the person, a partner's upload included).
CREATE POLICY attachments_delete ON attachments FOR DELETE USING (
  organisation_id = (SELECT tumar_org())
  OR EXISTS (SELECT 1 FROM victims v WHERE v.id = attachments.victim_id AND v.organisation_id = (SELECT tumar_org())));

ALTER TABLE attachment_blobs ENABLE ROW LEVEL SECURITY;
CREATE POLICY attachment_blobs_read ON attachment_blobs FOR SELECT
  USING (EXISTS (SELECT 1 FROM attachments a WHERE a.id = attachment_blobs.id));
CREATE POLICY attachment_blobs_insert ON attachment_blobs FOR INSERT WITH CHECK (
  organisation_id = (SELECT tumar_org())
  AND EXISTS (SELECT 1 FROM attachments a
    WHERE a.id = attachment_blobs.id AND a.organisation_id = attachment_blobs.organisation_id));
CREATE POLICY attachment_blobs_update ON attachment_blobs FOR UPDATE
  USING (organisation_id = (SELECT tumar_org())) WITH CHECK (organisation_id = (SELECT tumar_org()));
-- With its row (the cascade from attachments runs under this policy too).
CREATE POLICY attachment_blobs_delete ON attachment_blobs FOR DELETE
  USING (EXISTS (SELECT 1 FROM attachments a WHERE a.id = attachment_blobs.id));
-- Only the key rotation changes a row (the file name's ciphertext).
CREATE POLICY attachments_update ON attachments FOR UPDATE
  USING (organisation_id = (SELECT tumar_org())) WITH CHECK (organisation_id = (SELECT tumar_org()));
