-- CreateEnum
CREATE TYPE "RepatriationTaskKind" AS ENUM ('CHECKLIST', 'FOLLOW_UP');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('REPATRIATION_REQUESTED', 'REPATRIATION_STATUS', 'REPATRIATION_MESSAGE');

-- AlterTable
ALTER TABLE "repatriation_tasks" ADD COLUMN     "kind" "RepatriationTaskKind" NOT NULL DEFAULT 'CHECKLIST',
ADD COLUMN     "note_encrypted" TEXT,
ADD COLUMN     "template_key" TEXT;

-- CreateTable
CREATE TABLE "notifications" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "repatriation_id" UUID NOT NULL,
    "status" "RepatriationStatus",
    "read_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "notifications_user_id_organisation_id_read_at_created_at_idx" ON "notifications"("user_id", "organisation_id", "read_at", "created_at");

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_repatriation_id_fkey" FOREIGN KEY ("repatriation_id") REFERENCES "repatriations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A notification goes with its user.
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
