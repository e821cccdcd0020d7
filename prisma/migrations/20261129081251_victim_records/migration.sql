-- Trigram matching for the script-blind name search (victim_search_keys.key).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "RiskLevel" AS ENUM ('HIGH', 'MEDIUM', 'LOW');

-- CreateEnum
CREATE TYPE "PassportStatus" AS ENUM ('WITH_PERSON', 'HELD_BY_TRAFFICKER_OR_EMPLOYER', 'LOST', 'EXPIRED', 'NONE', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "TraffickingStatus" AS ENUM ('POSSIBLE_VICTIM', 'ACTUAL_VICTIM', 'NOT_A_VICTIM');

-- CreateEnum
CREATE TYPE "ExploitationType" AS ENUM ('FORCED_LABOUR', 'SEXUAL_EXPLOITATION', 'CHILD_LABOUR', 'FORCED_MARRIAGE', 'SERVITUDE', 'FORCED_BEGGING', 'FORCED_CRIMINALITY', 'ORGAN_REMOVAL', 'OTHER');

-- CreateEnum
CREATE TYPE "LabourSector" AS ENUM ('CONSTRUCTION', 'AGRICULTURE', 'DOMESTIC_WORK', 'MANUFACTURING', 'HOSPITALITY', 'RETAIL_MARKETS', 'TRANSPORT', 'SEX_INDUSTRY', 'OTHER');

-- CreateEnum
CREATE TYPE "MeansOfControl" AS ENUM ('DEBT_BONDAGE', 'WITHHOLDS_DOCUMENTS', 'TAKES_EARNINGS', 'THREATS_TO_PERSON', 'THREATS_TO_FAMILY', 'THREATS_OF_LAW_ENFORCEMENT', 'PHYSICAL_ABUSE', 'SEXUAL_ABUSE', 'PSYCHOLOGICAL_ABUSE', 'RESTRICTED_MOVEMENT', 'EXCESSIVE_WORKING_HOURS', 'PSYCHOACTIVE_SUBSTANCES', 'FALSE_PROMISES', 'OTHER');

-- CreateEnum
CREATE TYPE "RecruitmentMethod" AS ENUM ('RELATIVE', 'FRIEND_OR_NEIGHBOUR', 'JOB_ADVERTISEMENT', 'ONLINE_OR_SOCIAL_MEDIA', 'EMPLOYMENT_AGENCY', 'STRANGER', 'OTHER');

-- CreateEnum
CREATE TYPE "MaritalStatus" AS ENUM ('SINGLE', 'MARRIED', 'DIVORCED', 'WIDOWED', 'SEPARATED', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "EducationLevel" AS ENUM ('NONE', 'PRIMARY', 'SECONDARY', 'VOCATIONAL', 'HIGHER', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "TraffickingEventKind" AS ENUM ('RECRUITMENT', 'TRANSIT', 'EXPLOITATION');

-- CreateEnum
CREATE TYPE "ConsentKind" AS ENUM ('SERVICES', 'SHARING', 'FAMILY_TRACING');

-- CreateEnum
CREATE TYPE "ConsentMethod" AS ENUM ('WRITTEN', 'VERBAL_WITNESSED', 'VERBAL_RECORDED', 'GUARDIAN');

-- CreateEnum
CREATE TYPE "SupportArea" AS ENUM ('HEALTH', 'PSYCHOSOCIAL', 'LEGAL', 'SHELTER', 'EDUCATION', 'LIVELIHOOD_AND_VOCATIONAL', 'FINANCIAL', 'FAMILY_TRACING', 'DOCUMENTS', 'REPATRIATION');

-- CreateEnum
CREATE TYPE "SupportStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED');

-- AlterTable
ALTER TABLE "victims" ADD COLUMN     "address_encrypted" TEXT,
ADD COLUMN     "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "closed_at" TIMESTAMP(3),
ADD COLUMN     "closure_reason" TEXT,
ADD COLUMN     "document_expiry" DATE,
ADD COLUMN     "document_number_encrypted" TEXT,
ADD COLUMN     "document_number_hash" TEXT,
ADD COLUMN     "education_level" "EducationLevel",
ADD COLUMN     "entry_ban_until" DATE,
ADD COLUMN     "exploitation_types" "ExploitationType"[] DEFAULT ARRAY[]::"ExploitationType"[],
ADD COLUMN     "family_name_latin" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "given_name_latin" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "labour_sectors" "LabourSector"[] DEFAULT ARRAY[]::"LabourSector"[],
ADD COLUMN     "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "marital_status" "MaritalStatus",
ADD COLUMN     "means_of_control" "MeansOfControl"[] DEFAULT ARRAY[]::"MeansOfControl"[],
ADD COLUMN     "narrative_encrypted" TEXT,
ADD COLUMN     "passport_status" "PassportStatus",
ADD COLUMN     "patronymic" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "patronymic_latin" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "phone_encrypted" TEXT,
ADD COLUMN     "recruiter_relation" TEXT,
ADD COLUMN     "recruitment_method" "RecruitmentMethod",
ADD COLUMN     "region_of_origin" TEXT,
ADD COLUMN     "risk_level" "RiskLevel",
ADD COLUMN     "trafficking_status" "TraffickingStatus",
ADD COLUMN     "trafficking_status_decided_by" TEXT,
ADD COLUMN     "trusted_contact_encrypted" TEXT;

-- CreateTable
CREATE TABLE "victim_search_keys" (
    "victim_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "victim_search_keys_pkey" PRIMARY KEY ("victim_id")
);

-- CreateTable
CREATE TABLE "trafficking_events" (
    "id" UUID NOT NULL,
    "victim_id" UUID NOT NULL,
    "kind" "TraffickingEventKind" NOT NULL,
    "country_code" CHAR(2),
    "place" TEXT,
    "started_on" DATE,
    "ended_on" DATE,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "trafficking_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "victim_consents" (
    "id" UUID NOT NULL,
    "victim_id" UUID NOT NULL,
    "kind" "ConsentKind" NOT NULL,
    "grantee_organisation_id" UUID,
    "given_on" DATE NOT NULL,
    "method" "ConsentMethod" NOT NULL,
    "recorded_by_id" UUID NOT NULL,
    "withdrawn_on" DATE,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "victim_consents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "support_plan_items" (
    "id" UUID NOT NULL,
    "victim_id" UUID NOT NULL,
    "area" "SupportArea" NOT NULL,
    "status" "SupportStatus" NOT NULL DEFAULT 'PLANNED',
    "provider" TEXT,
    "planned_on" DATE,
    "started_on" DATE,
    "done_on" DATE,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "support_plan_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_notes" (
    "id" UUID NOT NULL,
    "victim_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "occurred_on" DATE NOT NULL,
    "text_encrypted" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "case_notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "referrals" (
    "id" UUID NOT NULL,
    "victim_id" UUID NOT NULL,
    "from_organisation_id" UUID NOT NULL,
    "to_organisation_id" UUID NOT NULL,
    "status" "ReferralStatus" NOT NULL DEFAULT 'PENDING',
    "reason" TEXT NOT NULL,
    "decision_reason" TEXT,
    "shared_fields" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "grant_id" UUID,
    "created_by_id" UUID NOT NULL,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMP(3),
    "revoked_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "referrals_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "victim_search_keys_key_idx" ON "victim_search_keys" USING GIN ("key" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "victim_search_keys_organisation_id_idx" ON "victim_search_keys"("organisation_id");

-- CreateIndex
CREATE INDEX "trafficking_events_victim_id_idx" ON "trafficking_events"("victim_id");

-- CreateIndex
CREATE INDEX "victim_consents_victim_id_kind_idx" ON "victim_consents"("victim_id", "kind");

-- CreateIndex
CREATE INDEX "support_plan_items_victim_id_idx" ON "support_plan_items"("victim_id");

-- CreateIndex
CREATE INDEX "support_plan_items_area_status_idx" ON "support_plan_items"("area", "status");

-- CreateIndex
CREATE INDEX "case_notes_victim_id_occurred_on_idx" ON "case_notes"("victim_id", "occurred_on" DESC);

-- CreateIndex
CREATE INDEX "referrals_victim_id_idx" ON "referrals"("victim_id");

-- CreateIndex
CREATE INDEX "referrals_to_organisation_id_status_idx" ON "referrals"("to_organisation_id", "status");

-- CreateIndex
CREATE INDEX "victims_organisation_id_status_idx" ON "victims"("organisation_id", "status");

-- CreateIndex
CREATE INDEX "victims_document_number_hash_idx" ON "victims"("document_number_hash");

-- CreateIndex
CREATE INDEX "victims_birth_date_idx" ON "victims"("birth_date");

-- AddForeignKey
ALTER TABLE "victim_search_keys" ADD CONSTRAINT "victim_search_keys_victim_id_fkey" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trafficking_events" ADD CONSTRAINT "trafficking_events_victim_id_fkey" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "victim_consents" ADD CONSTRAINT "victim_consents_victim_id_fkey" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_plan_items" ADD CONSTRAINT "support_plan_items_victim_id_fkey" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_victim_id_fkey" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_victim_id_fkey" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE CASCADE ON UPDATE CASCADE;
