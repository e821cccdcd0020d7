-- AlterTable
ALTER TABLE "perpetrators" ADD COLUMN     "anonymised_at" TIMESTAMP(3);
