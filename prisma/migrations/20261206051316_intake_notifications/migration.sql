-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'CASE_OPENED_FROM_CALL';

-- AlterTable
ALTER TABLE "notifications" ADD COLUMN     "victim_id" UUID,
ALTER COLUMN "repatriation_id" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "notifications_victim_id_idx" ON "notifications"("victim_id");

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_victim_id_fkey" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A notice is about exactly one case: a repatriation, or a person's record (the intake queue).
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_one_case" CHECK (num_nonnulls("repatriation_id", "victim_id") = 1);
