-- CreateEnum
CREATE TYPE "Authority" AS ENUM ('POLICE', 'PROSECUTOR', 'LABOUR_INSPECTION', 'MIGRATION_SERVICE', 'CHILD_PROTECTION', 'CONSULATE', 'OTHER');

-- CreateEnum
CREATE TYPE "AuthorityReportBasis" AS ENUM ('CONSENT', 'CHILD_AT_RISK', 'IMMINENT_DANGER');

-- AlterEnum
ALTER TYPE "ConsentKind" ADD VALUE 'AUTHORITY_REPORT';

-- CreateTable
CREATE TABLE "person_perpetrators" (
    "victim_id" UUID NOT NULL,
    "perpetrator_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "role" "PerpetratorRole",
    "guardian" BOOLEAN NOT NULL DEFAULT false,
    "linked_by_id" UUID NOT NULL,
    "linked_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "person_perpetrators_pkey" PRIMARY KEY ("victim_id","perpetrator_id")
);

-- CreateTable
CREATE TABLE "authority_reports" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "victim_id" UUID NOT NULL,
    "authority" "Authority" NOT NULL,
    "country_code" TEXT NOT NULL,
    "reported_on" DATE NOT NULL,
    "basis" "AuthorityReportBasis" NOT NULL,
    "consent_id" UUID,
    "override_reason_encrypted" TEXT,
    "decided_by_id" UUID,
    "recorded_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "authority_reports_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "person_perpetrators_perpetrator_id_idx" ON "person_perpetrators"("perpetrator_id");

-- CreateIndex
CREATE INDEX "authority_reports_victim_id_reported_on_idx" ON "authority_reports"("victim_id", "reported_on");

-- CreateIndex
CREATE INDEX "authority_reports_organisation_id_reported_on_idx" ON "authority_reports"("organisation_id", "reported_on");

-- AddForeignKey
ALTER TABLE "person_perpetrators" ADD CONSTRAINT "person_perpetrators_victim_id_fkey" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person_perpetrators" ADD CONSTRAINT "person_perpetrators_perpetrator_id_fkey" FOREIGN KEY ("perpetrator_id") REFERENCES "perpetrators"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person_perpetrators" ADD CONSTRAINT "person_perpetrators_linked_by_id_fkey" FOREIGN KEY ("linked_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "authority_reports" ADD CONSTRAINT "authority_reports_victim_id_fkey" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "authority_reports" ADD CONSTRAINT "authority_reports_consent_id_fkey" FOREIGN KEY ("consent_id") REFERENCES "victim_consents"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "authority_reports" ADD CONSTRAINT "authority_reports_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "authority_reports" ADD CONSTRAINT "authority_reports_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A report rests on a consent, or on a coordinator's decision with its reason: never on neither.
ALTER TABLE authority_reports ADD CONSTRAINT authority_reports_basis_check CHECK (
  (basis = 'CONSENT' AND consent_id IS NOT NULL)
  OR (basis <> 'CONSENT' AND override_reason_encrypted IS NOT NULL AND decided_by_id IS NOT NULL)
);

-- Row-level security (decision 0009): both are the organisation's own, never a partner's, whatever
-- is shared of the person.
ALTER TABLE person_perpetrators ENABLE ROW LEVEL SECURITY;
CREATE POLICY person_perpetrators_own ON person_perpetrators
  USING (organisation_id = (SELECT tumar_org())) WITH CHECK (organisation_id = (SELECT tumar_org()));
ALTER TABLE authority_reports ENABLE ROW LEVEL SECURITY;
CREATE POLICY authority_reports_own ON authority_reports
  USING (organisation_id = (SELECT tumar_org())) WITH CHECK (organisation_id = (SELECT tumar_org()));
