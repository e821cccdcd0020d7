-- CreateEnum
CREATE TYPE "GrantSource" AS ENUM ('REFERRAL', 'REPATRIATION', 'PLACEMENT_REQUEST');

-- AlterEnum
ALTER TYPE "PlacementStatus" ADD VALUE 'EXPIRED';

-- AlterTable
ALTER TABLE "access_grants" ADD COLUMN     "revoke_reason" TEXT,
ADD COLUMN     "source_id" UUID,
ADD COLUMN     "source_type" "GrantSource";

-- CreateIndex
CREATE INDEX "access_grants_source_type_source_id_idx" ON "access_grants"("source_type", "source_id");

-- CreateIndex
CREATE INDEX "placement_requests_victim_id_idx" ON "placement_requests"("victim_id");

-- AddForeignKey
ALTER TABLE "placement_requests" ADD CONSTRAINT "placement_requests_victim_id_fkey" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Each existing grant points at what opened it (#14.3): the referral, repatriation or placement
-- request that holds its id.
UPDATE "access_grants" g SET "source_type" = 'REFERRAL', "source_id" = r."id" FROM "referrals" r WHERE r."grant_id" = g."id";
UPDATE "access_grants" g SET "source_type" = 'REPATRIATION', "source_id" = r."id" FROM "repatriations" r WHERE r."grant_id" = g."id";
UPDATE "access_grants" g SET "source_type" = 'PLACEMENT_REQUEST', "source_id" = p."id" FROM "placement_requests" p WHERE p."grant_id" = g."id";

-- A placement's grant lasts as long as the hold, or the stay it turned into (#14.3). Grants of
-- accepted requests end with their hold (a lapsed one at once); grants whose stay has ended,
-- and grants of requests that ended some other way, end now with their reason. (The requests'
-- own status moves to EXPIRED the first time the app evaluates the holds: a new enum value cannot
-- be used in the transaction that adds it.)
UPDATE "access_grants" g SET "expires_at" = p."hold_until"
  FROM "placement_requests" p
  WHERE g."source_type" = 'PLACEMENT_REQUEST' AND g."source_id" = p."id" AND p."status" = 'ACCEPTED' AND g."revoked_at" IS NULL;
UPDATE "access_grants" g SET "revoked_at" = now(), "revoke_reason" = 'placement.discharged'
  FROM "placement_requests" p
  WHERE g."source_type" = 'PLACEMENT_REQUEST' AND g."source_id" = p."id" AND p."status" = 'ADMITTED' AND g."revoked_at" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "shelter_stays" s WHERE s."placement_request_id" = p."id" AND s."discharged_at" IS NULL);
UPDATE "access_grants" g SET "revoked_at" = now(), "revoke_reason" = 'placement.ended'
  FROM "placement_requests" p
  WHERE g."source_type" = 'PLACEMENT_REQUEST' AND g."source_id" = p."id" AND p."status" IN ('DECLINED', 'CANCELLED') AND g."revoked_at" IS NULL;
