-- AlterTable
ALTER TABLE "victims" ADD COLUMN     "restricted" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "break_glass_accesses" (
    "id" UUID NOT NULL,
    "victim_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "reason_encrypted" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "break_glass_accesses_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "break_glass_accesses_user_id_expires_at_idx" ON "break_glass_accesses"("user_id", "expires_at");

-- CreateIndex
CREATE INDEX "break_glass_accesses_organisation_id_created_at_idx" ON "break_glass_accesses"("organisation_id", "created_at" DESC);

-- AddForeignKey
ALTER TABLE "break_glass_accesses" ADD CONSTRAINT "break_glass_accesses_victim_id_fkey" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "break_glass_accesses" ADD CONSTRAINT "break_glass_accesses_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
