-- CreateEnum
CREATE TYPE "PerpetratorKind" AS ENUM ('PERSON', 'ORGANISATION');

-- CreateEnum
CREATE TYPE "PerpetratorRole" AS ENUM ('RECRUITER', 'BROKER', 'TRANSPORTER', 'EXPLOITER', 'DOCUMENT_FORGER', 'CORRUPT_OFFICIAL', 'OTHER');

-- CreateEnum
CREATE TYPE "PerpetratorRelation" AS ENUM ('FAMILY', 'INTIMATE_PARTNER', 'FRIEND', 'NEIGHBOUR', 'FORMER_VICTIM', 'EMPLOYER', 'STRANGER', 'OFFICIAL', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "PerpetratorSource" AS ENUM ('VICTIM', 'THIRD_PARTY', 'STAFF', 'POLICE', 'COURT');

-- CreateEnum
CREATE TYPE "PerpetratorConfidence" AS ENUM ('ALLEGED', 'PROBABLE', 'CONFIRMED');

-- CreateEnum
CREATE TYPE "PerpetratorIdentifierKind" AS ENUM ('PHONE', 'DOCUMENT', 'COMPANY_REGISTRATION', 'VEHICLE_PLATE', 'ADDRESS', 'ONLINE_ACCOUNT');

-- CreateTable
CREATE TABLE "perpetrators" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "kind" "PerpetratorKind" NOT NULL DEFAULT 'PERSON',
    "roles" "PerpetratorRole"[] DEFAULT ARRAY[]::"PerpetratorRole"[],
    "relation" "PerpetratorRelation",
    "nationality" TEXT,
    "active_in" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "name_encrypted" TEXT NOT NULL,
    "aliases_encrypted" TEXT,
    "name_hash" TEXT NOT NULL,
    "name_keys" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "notes_encrypted" TEXT,
    "source" "PerpetratorSource" NOT NULL,
    "confidence" "PerpetratorConfidence" NOT NULL DEFAULT 'ALLEGED',
    "created_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "perpetrators_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "perpetrator_identifiers" (
    "id" UUID NOT NULL,
    "perpetrator_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "kind" "PerpetratorIdentifierKind" NOT NULL,
    "value_encrypted" TEXT NOT NULL,
    "value_hash" TEXT NOT NULL,

    CONSTRAINT "perpetrator_identifiers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "situation_perpetrators" (
    "situation_id" UUID NOT NULL,
    "perpetrator_id" UUID NOT NULL,
    "role" "PerpetratorRole",
    "linked_by_id" UUID NOT NULL,
    "linked_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "situation_perpetrators_pkey" PRIMARY KEY ("situation_id","perpetrator_id")
);

-- CreateIndex
CREATE INDEX "perpetrators_organisation_id_created_at_id_idx" ON "perpetrators"("organisation_id", "created_at" DESC, "id");

-- CreateIndex
CREATE INDEX "perpetrators_name_hash_idx" ON "perpetrators"("name_hash");

-- CreateIndex
CREATE INDEX "perpetrators_created_by_id_idx" ON "perpetrators"("created_by_id");

-- CreateIndex
CREATE INDEX "perpetrator_identifiers_value_hash_idx" ON "perpetrator_identifiers"("value_hash");

-- CreateIndex
CREATE INDEX "perpetrator_identifiers_perpetrator_id_idx" ON "perpetrator_identifiers"("perpetrator_id");

-- CreateIndex
CREATE INDEX "situation_perpetrators_perpetrator_id_idx" ON "situation_perpetrators"("perpetrator_id");

-- AddForeignKey
ALTER TABLE "perpetrators" ADD CONSTRAINT "perpetrators_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "perpetrators" ADD CONSTRAINT "perpetrators_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "perpetrator_identifiers" ADD CONSTRAINT "perpetrator_identifiers_perpetrator_id_fkey" FOREIGN KEY ("perpetrator_id") REFERENCES "perpetrators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "situation_perpetrators" ADD CONSTRAINT "situation_perpetrators_situation_id_fkey" FOREIGN KEY ("situation_id") REFERENCES "situations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "situation_perpetrators" ADD CONSTRAINT "situation_perpetrators_perpetrator_id_fkey" FOREIGN KEY ("perpetrator_id") REFERENCES "perpetrators"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "situation_perpetrators" ADD CONSTRAINT "situation_perpetrators_linked_by_id_fkey" FOREIGN KEY ("linked_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Row-level security (decision 0009): a perpetrator record is its organisation's alone; its
-- identifiers are kept with the organisation's id so that the policy needs no join. A situation's
-- perpetrators are visible with the situation.
ALTER TABLE perpetrators ENABLE ROW LEVEL SECURITY;
CREATE POLICY perpetrators_own ON perpetrators
  USING (organisation_id = (SELECT tumar_org())) WITH CHECK (organisation_id = (SELECT tumar_org()));
ALTER TABLE perpetrator_identifiers ENABLE ROW LEVEL SECURITY;
CREATE POLICY perpetrator_identifiers_own ON perpetrator_identifiers
  USING (organisation_id = (SELECT tumar_org())) WITH CHECK (organisation_id = (SELECT tumar_org()));
ALTER TABLE situation_perpetrators ENABLE ROW LEVEL SECURITY;
CREATE POLICY situation_perpetrators_visible ON situation_perpetrators
  USING (EXISTS (SELECT 1 FROM situations s WHERE s.id = situation_id));

-- "Seen before" across the network: how many other organisations recorded a perpetrator with one of
-- these identifier hashes or this name hash. A number only: never which organisations, never what
-- they recorded (lib/perpetrators/data.ts; each call is audited and rate-limited there).
CREATE FUNCTION perpetrator_network_matches(p_identifier_hashes text[], p_name_hash text)
RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
  SELECT count(DISTINCT organisation_id)::integer FROM (
    SELECT i.organisation_id FROM perpetrator_identifiers i
      WHERE cardinality(p_identifier_hashes) > 0 AND i.value_hash = ANY (p_identifier_hashes)
    UNION ALL
    SELECT p.organisation_id FROM perpetrators p
      WHERE p_name_hash IS NOT NULL AND p.name_hash = p_name_hash
  ) found
  WHERE organisation_id IS DISTINCT FROM tumar_org();
$$;
REVOKE ALL ON FUNCTION perpetrator_network_matches(text[], text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION perpetrator_network_matches(text[], text) TO tumar_app;
