-- CreateEnum
CREATE TYPE "AssistanceType" AS ENUM ('MICRO_GRANT', 'BUSINESS_SUPPORT', 'VOCATIONAL_TRAINING', 'JOB_PLACEMENT', 'EDUCATION', 'MEDICAL', 'PSYCHOSOCIAL', 'HOUSING', 'LEGAL', 'FAMILY_MEDIATION');

-- CreateEnum
CREATE TYPE "AssistanceStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED');

-- AlterTable
ALTER TABLE "repatriations" ADD COLUMN     "lost_contact_on" DATE,
ADD COLUMN     "remigrated_on" DATE,
ADD COLUMN     "retrafficked_on" DATE,
ADD COLUMN     "retrafficked_situation_id" UUID;

-- CreateTable
CREATE TABLE "reintegration_assistance" (
    "id" UUID NOT NULL,
    "repatriation_id" UUID NOT NULL,
    "type" "AssistanceType" NOT NULL,
    "status" "AssistanceStatus" NOT NULL DEFAULT 'PLANNED',
    "amount" DECIMAL(12,2),
    "currency" CHAR(3),
    "provider" TEXT,
    "starts_on" DATE,
    "ends_on" DATE,
    "recorded_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "reintegration_assistance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reintegration_follow_ups" (
    "id" UUID NOT NULL,
    "repatriation_id" UUID NOT NULL,
    "task_id" UUID NOT NULL,
    "month" INTEGER NOT NULL,
    "conducted_on" DATE NOT NULL,
    "answers_encrypted" TEXT NOT NULL,
    "economic_score" DECIMAL(4,3) NOT NULL,
    "social_score" DECIMAL(4,3) NOT NULL,
    "psychosocial_score" DECIMAL(4,3) NOT NULL,
    "overall_score" DECIMAL(4,3) NOT NULL,
    "recorded_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "reintegration_follow_ups_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "reintegration_assistance_repatriation_id_idx" ON "reintegration_assistance"("repatriation_id");

-- CreateIndex
CREATE INDEX "reintegration_assistance_type_status_idx" ON "reintegration_assistance"("type", "status");

-- CreateIndex
CREATE UNIQUE INDEX "reintegration_follow_ups_task_id_key" ON "reintegration_follow_ups"("task_id");

-- CreateIndex
CREATE INDEX "reintegration_follow_ups_repatriation_id_month_idx" ON "reintegration_follow_ups"("repatriation_id", "month");

-- AddForeignKey
ALTER TABLE "reintegration_assistance" ADD CONSTRAINT "reintegration_assistance_repatriation_id_fkey" FOREIGN KEY ("repatriation_id") REFERENCES "repatriations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reintegration_follow_ups" ADD CONSTRAINT "reintegration_follow_ups_repatriation_id_fkey" FOREIGN KEY ("repatriation_id") REFERENCES "repatriations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reintegration_follow_ups" ADD CONSTRAINT "reintegration_follow_ups_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "repatriation_tasks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The new situation a person was trafficked into again, when one is on record.
ALTER TABLE repatriations
  ADD CONSTRAINT repatriations_retrafficked_situation_fkey FOREIGN KEY (retrafficked_situation_id)
  REFERENCES situations(id) ON DELETE SET NULL;

-- A plan item and a follow-up are the case's: visible where the case is (both sides, the policy of
-- repatriations), like its tasks. The app writes them for the home side only (lib/reintegration).
ALTER TABLE reintegration_assistance ENABLE ROW LEVEL SECURITY;
CREATE POLICY reintegration_assistance_visible ON reintegration_assistance
  USING (EXISTS (SELECT 1 FROM repatriations r WHERE r.id = repatriation_id));
ALTER TABLE reintegration_follow_ups ENABLE ROW LEVEL SECURITY;
CREATE POLICY reintegration_follow_ups_visible ON reintegration_follow_ups
  USING (EXISTS (SELECT 1 FROM repatriations r WHERE r.id = repatriation_id));

-- Scores are shares, 0 to 1; a follow-up belongs to about 1, 3, 6 or 12 months.
ALTER TABLE reintegration_follow_ups
  ADD CONSTRAINT reintegration_follow_ups_scores CHECK (
    economic_score BETWEEN 0 AND 1 AND social_score BETWEEN 0 AND 1
    AND psychosocial_score BETWEEN 0 AND 1 AND overall_score BETWEEN 0 AND 1),
  ADD CONSTRAINT reintegration_follow_ups_month CHECK (month IN (1, 3, 6, 12));
ALTER TABLE reintegration_assistance
  ADD CONSTRAINT reintegration_assistance_amount CHECK (amount IS NULL OR (amount >= 0 AND currency IS NOT NULL));
