-- CreateEnum
CREATE TYPE "RepatriationSide" AS ENUM ('SENDING', 'RECEIVING');

-- CreateTable
CREATE TABLE "repatriation_messages" (
    "id" UUID NOT NULL,
    "repatriation_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "text_encrypted" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "repatriation_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "repatriation_tasks" (
    "id" UUID NOT NULL,
    "repatriation_id" UUID NOT NULL,
    "status" "RepatriationStatus" NOT NULL,
    "title" TEXT NOT NULL,
    "assignee_side" "RepatriationSide" NOT NULL,
    "due_on" DATE,
    "done_on" DATE,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "repatriation_tasks_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "repatriation_messages_repatriation_id_created_at_idx" ON "repatriation_messages"("repatriation_id", "created_at");

-- CreateIndex
CREATE INDEX "repatriation_tasks_repatriation_id_status_idx" ON "repatriation_tasks"("repatriation_id", "status");

-- CreateIndex
CREATE INDEX "repatriation_tasks_due_on_idx" ON "repatriation_tasks"("due_on");

-- AddForeignKey
ALTER TABLE "repatriation_messages" ADD CONSTRAINT "repatriation_messages_repatriation_id_fkey" FOREIGN KEY ("repatriation_id") REFERENCES "repatriations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "repatriation_tasks" ADD CONSTRAINT "repatriation_tasks_repatriation_id_fkey" FOREIGN KEY ("repatriation_id") REFERENCES "repatriations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
