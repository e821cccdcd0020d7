-- CreateEnum
CREATE TYPE "CounterpartType" AS ENUM ('EMBASSY_CONSULATE', 'IOM', 'GOVERNMENT', 'NGO', 'OTHER');

-- CreateEnum
CREATE TYPE "RepatriationKind" AS ENUM ('ASSISTED', 'DEPORTATION', 'SELF_ORGANISED');

-- AlterEnum
ALTER TYPE "RepatriationStatus" ADD VALUE 'STAYS';

-- AlterTable
ALTER TABLE "repatriations" ADD COLUMN     "counterpart_id" UUID,
ADD COLUMN     "counterpart_side" "RepatriationSide",
ADD COLUMN     "kind" "RepatriationKind" NOT NULL DEFAULT 'ASSISTED';

-- AlterTable
ALTER TABLE "victim_consents" ADD COLUMN     "grantee_counterpart_id" UUID;

-- CreateTable
CREATE TABLE "counterparts" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "type" "CounterpartType" NOT NULL,
    "contact_person" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "notes" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "counterparts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "counterparts_organisation_id_active_name_idx" ON "counterparts"("organisation_id", "active", "name");

-- CreateIndex
CREATE UNIQUE INDEX "counterparts_organisation_id_name_country_code_key" ON "counterparts"("organisation_id", "name", "country_code");

-- CreateIndex
CREATE INDEX "repatriations_counterpart_id_idx" ON "repatriations"("counterpart_id");

-- AddForeignKey
ALTER TABLE "counterparts" ADD CONSTRAINT "counterparts_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "counterparts" ADD CONSTRAINT "counterparts_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "countries"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "repatriations" ADD CONSTRAINT "repatriations_counterpart_id_fkey" FOREIGN KEY ("counterpart_id") REFERENCES "counterparts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "victim_consents" ADD CONSTRAINT "victim_consents_grantee_counterpart_id_fkey" FOREIGN KEY ("grantee_counterpart_id") REFERENCES "counterparts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Counterparts are one organisation's directory: no other organisation reads or writes them.
ALTER TABLE counterparts ENABLE ROW LEVEL SECURITY;
CREATE POLICY counterparts_own ON counterparts
  USING (organisation_id = (SELECT tumar_org()))
  WITH CHECK (organisation_id = (SELECT tumar_org()));

-- A case whose other side is a counterpart, and a deportation, is worked by one organisation: it
-- stands on both sides (decision 0030), so the policies of the cases hold as they are.
ALTER TABLE repatriations
  ADD CONSTRAINT repatriations_counterpart_has_side CHECK ((counterpart_id IS NULL) = (counterpart_side IS NULL)),
  ADD CONSTRAINT repatriations_counterpart_alone CHECK (counterpart_id IS NULL OR sending_organisation_id = receiving_organisation_id),
  ADD CONSTRAINT repatriations_deportation_alone CHECK (kind <> 'DEPORTATION' OR sending_organisation_id = receiving_organisation_id);

-- A sharing consent names one recipient: a Tumar organisation or a counterpart.
ALTER TABLE victim_consents
  ADD CONSTRAINT victim_consents_one_grantee CHECK (grantee_organisation_id IS NULL OR grantee_counterpart_id IS NULL);
