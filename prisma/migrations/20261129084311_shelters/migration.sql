-- CreateEnum
CREATE TYPE "ShelterPopulation" AS ENUM ('WOMEN', 'MEN', 'CHILDREN', 'ADOLESCENTS', 'FAMILIES', 'MIXED');

-- CreateEnum
CREATE TYPE "StayServiceKind" AS ENUM ('MEDICAL', 'PSYCHOLOGICAL', 'LEGAL', 'EDUCATION', 'VOCATIONAL_TRAINING', 'FAMILY_CONTACT', 'DOCUMENT_RECOVERY', 'OTHER');

-- CreateEnum
CREATE TYPE "ExitDestination" AS ENUM ('RETURNED_HOME_REPATRIATED', 'FAMILY', 'INDEPENDENT_LIVING', 'OTHER_SHELTER', 'HOSPITAL', 'LEFT_WITHOUT_NOTICE', 'DETAINED', 'DECEASED', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "PlacementStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'ADMITTED', 'CANCELLED');

-- CreateTable
CREATE TABLE "shelters" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "address_encrypted" TEXT,
    "phone_encrypted" TEXT,
    "population" "ShelterPopulation" NOT NULL,
    "min_age" INTEGER,
    "max_age" INTEGER,
    "capacity" INTEGER NOT NULL,
    "services" "StayServiceKind"[] DEFAULT ARRAY[]::"StayServiceKind"[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "shelters_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shelter_beds" (
    "id" UUID NOT NULL,
    "shelter_id" UUID NOT NULL,
    "room" TEXT,
    "label" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "shelter_beds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shelter_assignments" (
    "user_id" UUID NOT NULL,
    "shelter_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "shelter_assignments_pkey" PRIMARY KEY ("user_id","shelter_id")
);

-- CreateTable
CREATE TABLE "shelter_stays" (
    "id" UUID NOT NULL,
    "shelter_id" UUID NOT NULL,
    "victim_id" UUID NOT NULL,
    "bed_id" UUID,
    "admitted_at" TIMESTAMP(3) NOT NULL,
    "referred_by" TEXT,
    "planned_discharge_on" DATE,
    "discharged_at" TIMESTAMP(3),
    "exit_destination" "ExitDestination",
    "exit_reason" TEXT,
    "health_notes_encrypted" TEXT,
    "placement_request_id" UUID,
    "created_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "shelter_stays_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stay_services" (
    "id" UUID NOT NULL,
    "stay_id" UUID NOT NULL,
    "kind" "StayServiceKind" NOT NULL,
    "provided_on" DATE NOT NULL,
    "provider" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "stay_services_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stay_incidents" (
    "id" UUID NOT NULL,
    "stay_id" UUID NOT NULL,
    "occurred_at" TIMESTAMP(3) NOT NULL,
    "description_encrypted" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "stay_incidents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "placement_requests" (
    "id" UUID NOT NULL,
    "shelter_id" UUID NOT NULL,
    "from_organisation_id" UUID NOT NULL,
    "victim_id" UUID NOT NULL,
    "status" "PlacementStatus" NOT NULL DEFAULT 'PENDING',
    "note" TEXT NOT NULL,
    "hold_until" TIMESTAMP(3),
    "decline_reason" TEXT,
    "requested_by_id" UUID NOT NULL,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMP(3),
    "grant_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "placement_requests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "shelters_organisation_id_idx" ON "shelters"("organisation_id");

-- CreateIndex
CREATE INDEX "shelters_country_code_city_idx" ON "shelters"("country_code", "city");

-- CreateIndex
CREATE UNIQUE INDEX "shelter_beds_shelter_id_room_label_key" ON "shelter_beds"("shelter_id", "room", "label");

-- CreateIndex
CREATE INDEX "shelter_assignments_shelter_id_idx" ON "shelter_assignments"("shelter_id");

-- CreateIndex
CREATE INDEX "shelter_stays_shelter_id_discharged_at_idx" ON "shelter_stays"("shelter_id", "discharged_at");

-- CreateIndex
CREATE INDEX "shelter_stays_victim_id_idx" ON "shelter_stays"("victim_id");

-- CreateIndex
CREATE INDEX "shelter_stays_shelter_id_admitted_at_idx" ON "shelter_stays"("shelter_id", "admitted_at");

-- CreateIndex
CREATE INDEX "stay_services_stay_id_idx" ON "stay_services"("stay_id");

-- CreateIndex
CREATE INDEX "stay_incidents_stay_id_idx" ON "stay_incidents"("stay_id");

-- CreateIndex
CREATE INDEX "placement_requests_shelter_id_status_idx" ON "placement_requests"("shelter_id", "status");

-- CreateIndex
CREATE INDEX "placement_requests_from_organisation_id_created_at_idx" ON "placement_requests"("from_organisation_id", "created_at" DESC);

-- AddForeignKey
ALTER TABLE "shelters" ADD CONSTRAINT "shelters_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shelter_beds" ADD CONSTRAINT "shelter_beds_shelter_id_fkey" FOREIGN KEY ("shelter_id") REFERENCES "shelters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shelter_assignments" ADD CONSTRAINT "shelter_assignments_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shelter_assignments" ADD CONSTRAINT "shelter_assignments_shelter_id_fkey" FOREIGN KEY ("shelter_id") REFERENCES "shelters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shelter_stays" ADD CONSTRAINT "shelter_stays_shelter_id_fkey" FOREIGN KEY ("shelter_id") REFERENCES "shelters"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shelter_stays" ADD CONSTRAINT "shelter_stays_victim_id_fkey" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shelter_stays" ADD CONSTRAINT "shelter_stays_bed_id_fkey" FOREIGN KEY ("bed_id") REFERENCES "shelter_beds"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stay_services" ADD CONSTRAINT "stay_services_stay_id_fkey" FOREIGN KEY ("stay_id") REFERENCES "shelter_stays"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stay_incidents" ADD CONSTRAINT "stay_incidents_stay_id_fkey" FOREIGN KEY ("stay_id") REFERENCES "shelter_stays"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "placement_requests" ADD CONSTRAINT "placement_requests_shelter_id_fkey" FOREIGN KEY ("shelter_id") REFERENCES "shelters"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- One open stay per person and per bed: the database refuses a second one whatever the timing
CREATE UNIQUE INDEX "shelter_stays_one_open_per_victim" ON "shelter_stays"("victim_id") WHERE "discharged_at" IS NULL;
CREATE UNIQUE INDEX "shelter_stays_one_open_per_bed" ON "shelter_stays"("bed_id") WHERE "discharged_at" IS NULL AND "bed_id" IS NOT NULL;
-- Capacity is a positive number of beds and age ranges are ordered
ALTER TABLE "shelters" ADD CONSTRAINT "shelters_capacity_positive" CHECK ("capacity" > 0 AND "capacity" <= 1000);
ALTER TABLE "shelters" ADD CONSTRAINT "shelters_age_range" CHECK ("min_age" IS NULL OR "max_age" IS NULL OR "min_age" <= "max_age");
ALTER TABLE "shelter_stays" ADD CONSTRAINT "shelter_stays_discharge_after_admission" CHECK ("discharged_at" IS NULL OR "discharged_at" >= "admitted_at");
