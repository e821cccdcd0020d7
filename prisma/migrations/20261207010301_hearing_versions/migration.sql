-- AlterTable
ALTER TABLE "proceeding_hearings" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
