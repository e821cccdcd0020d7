-- CreateEnum
CREATE TYPE "RegistrationState" AS ENUM ('REGISTERED', 'NOT_REGISTERED', 'EXPIRED', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "PermitKind" AS ENUM ('NONE', 'WORK_PERMIT', 'PATENT', 'RESIDENCE_PERMIT', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "RemovalDecision" AS ENUM ('NONE', 'ADMINISTRATIVE_EXPULSION', 'DEPORTATION', 'READMISSION');

-- CreateTable
CREATE TABLE "legal_statuses" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "victim_id" UUID NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "registration" "RegistrationState" NOT NULL DEFAULT 'UNKNOWN',
    "registered_until" DATE,
    "permit" "PermitKind" NOT NULL DEFAULT 'UNKNOWN',
    "permit_until" DATE,
    "overstay_since" DATE,
    "fines_owed" DECIMAL(14,2),
    "fines_currency" CHAR(3),
    "fines_due_on" DATE,
    "removal" "RemovalDecision" NOT NULL DEFAULT 'NONE',
    "removal_decided_on" DATE,
    "re_entry_ban_until" DATE,
    "detained_since" DATE,
    "released_on" DATE,
    "notes_encrypted" TEXT,
    "updated_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "legal_statuses_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "legal_statuses_organisation_id_fines_due_on_idx" ON "legal_statuses"("organisation_id", "fines_due_on");

-- CreateIndex
CREATE UNIQUE INDEX "legal_statuses_victim_id_country_code_key" ON "legal_statuses"("victim_id", "country_code");

-- AddForeignKey
ALTER TABLE "legal_statuses" ADD CONSTRAINT "legal_statuses_victim_id_fkey" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "legal_statuses" ADD CONSTRAINT "legal_statuses_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Row-level security (decision 0009), as a person's documents (migration person_documents, whose
-- tumar_shared_field it uses): the person's organisation, or a partner whose live grant names
-- "legalStatus"; only the person's own organisation writes.
ALTER TABLE legal_statuses ENABLE ROW LEVEL SECURITY;
CREATE POLICY legal_statuses_read ON legal_statuses FOR SELECT
  USING (organisation_id = (SELECT tumar_org()) OR tumar_shared_field(victim_id, 'legalStatus'));
CREATE POLICY legal_statuses_insert ON legal_statuses FOR INSERT WITH CHECK (
  organisation_id = (SELECT tumar_org())
  AND EXISTS (SELECT 1 FROM victims v WHERE v.id = legal_statuses.victim_id AND v.organisation_id = legal_statuses.organisation_id));
CREATE POLICY legal_statuses_update ON legal_statuses FOR UPDATE
  USING (organisation_id = (SELECT tumar_org())) WITH CHECK (organisation_id = (SELECT tumar_org()));
CREATE POLICY legal_statuses_delete ON legal_statuses FOR DELETE USING (organisation_id = (SELECT tumar_org()));
