-- CreateEnum
CREATE TYPE "RepatriationStatus" AS ENUM ('DRAFT', 'REQUESTED', 'ACCEPTED', 'DECLINED', 'RISK_ASSESSMENT', 'TRAVEL_DOCUMENTS', 'TRAVEL_PLANNED', 'IN_TRANSIT', 'HANDED_OVER', 'REINTEGRATION', 'CLOSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RiskOutcome" AS ENUM ('SAFE', 'SAFE_WITH_SUPPORT', 'NOT_SAFE');

-- AlterEnum
ALTER TYPE "ConsentKind" ADD VALUE 'RETURN';

-- CreateTable
CREATE TABLE "repatriations" (
    "id" UUID NOT NULL,
    "victim_id" UUID NOT NULL,
    "sending_organisation_id" UUID NOT NULL,
    "receiving_organisation_id" UUID NOT NULL,
    "sending_country" CHAR(2) NOT NULL,
    "receiving_country" CHAR(2) NOT NULL,
    "sending_coordinator_id" UUID,
    "receiving_coordinator_id" UUID,
    "target_travel_date" DATE,
    "status" "RepatriationStatus" NOT NULL DEFAULT 'DRAFT',
    "status_changed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "risk_outcome" "RiskOutcome",
    "risk_notes_encrypted" TEXT,
    "risk_override_by_id" UUID,
    "risk_override_encrypted" TEXT,
    "step_details_encrypted" TEXT,
    "end_reason" TEXT,
    "grant_id" UUID,
    "created_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "repatriations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "repatriation_events" (
    "id" UUID NOT NULL,
    "repatriation_id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "from_status" "RepatriationStatus",
    "to_status" "RepatriationStatus",
    "summary" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "repatriation_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "repatriations_sending_organisation_id_status_idx" ON "repatriations"("sending_organisation_id", "status");

-- CreateIndex
CREATE INDEX "repatriations_receiving_organisation_id_status_idx" ON "repatriations"("receiving_organisation_id", "status");

-- CreateIndex
CREATE INDEX "repatriations_victim_id_idx" ON "repatriations"("victim_id");

-- CreateIndex
CREATE INDEX "repatriation_events_repatriation_id_created_at_idx" ON "repatriation_events"("repatriation_id", "created_at");

-- AddForeignKey
ALTER TABLE "repatriations" ADD CONSTRAINT "repatriations_victim_id_fkey" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "repatriation_events" ADD CONSTRAINT "repatriation_events_repatriation_id_fkey" FOREIGN KEY ("repatriation_id") REFERENCES "repatriations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
