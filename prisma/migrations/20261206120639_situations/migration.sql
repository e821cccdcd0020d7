-- CreateEnum
CREATE TYPE "SituationStatus" AS ENUM ('OPEN', 'MONITORING', 'CLOSED');

-- AlterEnum
ALTER TYPE "RecordType" ADD VALUE 'SITUATION';

-- CreateTable
CREATE TABLE "situations" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "status" "SituationStatus" NOT NULL DEFAULT 'OPEN',
    "closure_reason" TEXT,
    "country_code" TEXT NOT NULL,
    "region_code" TEXT,
    "place_encrypted" TEXT,
    "exploitation_types" "ExploitationType"[] DEFAULT ARRAY[]::"ExploitationType"[],
    "labour_sectors" "LabourSector"[] DEFAULT ARRAY[]::"LabourSector"[],
    "started_on" DATE,
    "ended_on" DATE,
    "people_estimated" INTEGER,
    "summary_encrypted" TEXT,
    "created_by_id" UUID NOT NULL,
    "assigned_to_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "situations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "situation_notes" (
    "id" UUID NOT NULL,
    "situation_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "body_encrypted" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "situation_notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "situation_calls" (
    "situation_id" UUID NOT NULL,
    "call_id" UUID NOT NULL,
    "linked_by_id" UUID NOT NULL,
    "linked_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "situation_calls_pkey" PRIMARY KEY ("situation_id","call_id")
);

-- CreateTable
CREATE TABLE "situation_people" (
    "situation_id" UUID NOT NULL,
    "victim_id" UUID NOT NULL,
    "linked_by_id" UUID NOT NULL,
    "linked_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "situation_people_pkey" PRIMARY KEY ("situation_id","victim_id")
);

-- CreateTable
CREATE TABLE "situation_reference_counters" (
    "organisation_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "situation_reference_counters_pkey" PRIMARY KEY ("organisation_id","year")
);

-- CreateIndex
CREATE UNIQUE INDEX "situations_reference_key" ON "situations"("reference");

-- CreateIndex
CREATE INDEX "situations_organisation_id_created_at_id_idx" ON "situations"("organisation_id", "created_at" DESC, "id");

-- CreateIndex
CREATE INDEX "situations_organisation_id_status_idx" ON "situations"("organisation_id", "status");

-- CreateIndex
CREATE INDEX "situations_assigned_to_id_idx" ON "situations"("assigned_to_id");

-- CreateIndex
CREATE INDEX "situations_created_by_id_idx" ON "situations"("created_by_id");

-- CreateIndex
CREATE INDEX "situation_notes_situation_id_created_at_idx" ON "situation_notes"("situation_id", "created_at");

-- CreateIndex
CREATE INDEX "situation_calls_call_id_idx" ON "situation_calls"("call_id");

-- CreateIndex
CREATE INDEX "situation_people_victim_id_idx" ON "situation_people"("victim_id");

-- AddForeignKey
ALTER TABLE "situations" ADD CONSTRAINT "situations_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "situations" ADD CONSTRAINT "situations_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "situations" ADD CONSTRAINT "situations_assigned_to_id_fkey" FOREIGN KEY ("assigned_to_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "situation_notes" ADD CONSTRAINT "situation_notes_situation_id_fkey" FOREIGN KEY ("situation_id") REFERENCES "situations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "situation_notes" ADD CONSTRAINT "situation_notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "situation_calls" ADD CONSTRAINT "situation_calls_situation_id_fkey" FOREIGN KEY ("situation_id") REFERENCES "situations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "situation_calls" ADD CONSTRAINT "situation_calls_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "hotline_calls"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "situation_calls" ADD CONSTRAINT "situation_calls_linked_by_id_fkey" FOREIGN KEY ("linked_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "situation_people" ADD CONSTRAINT "situation_people_situation_id_fkey" FOREIGN KEY ("situation_id") REFERENCES "situations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "situation_people" ADD CONSTRAINT "situation_people_victim_id_fkey" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "situation_people" ADD CONSTRAINT "situation_people_linked_by_id_fkey" FOREIGN KEY ("linked_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "situation_reference_counters" ADD CONSTRAINT "situation_reference_counters_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Row-level security (decision 0009): a situation is its organisation's; its notes, calls and
-- people are visible with it. No sharing yet: a partner sees a person of the situation through the
-- person's own grant, never the situation.
ALTER TABLE situations ENABLE ROW LEVEL SECURITY;
CREATE POLICY situations_own ON situations
  USING (organisation_id = (SELECT tumar_org())) WITH CHECK (organisation_id = (SELECT tumar_org()));
ALTER TABLE situation_notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY situation_notes_visible ON situation_notes
  USING (EXISTS (SELECT 1 FROM situations s WHERE s.id = situation_id));
ALTER TABLE situation_calls ENABLE ROW LEVEL SECURITY;
CREATE POLICY situation_calls_visible ON situation_calls
  USING (EXISTS (SELECT 1 FROM situations s WHERE s.id = situation_id));
ALTER TABLE situation_people ENABLE ROW LEVEL SECURITY;
CREATE POLICY situation_people_visible ON situation_people
  USING (EXISTS (SELECT 1 FROM situations s WHERE s.id = situation_id));
ALTER TABLE situation_reference_counters ENABLE ROW LEVEL SECURITY;
CREATE POLICY situation_reference_counters_own ON situation_reference_counters
  USING (organisation_id = (SELECT tumar_org())) WITH CHECK (organisation_id = (SELECT tumar_org()));
