-- AlterTable
ALTER TABLE "hotline_calls" ADD COLUMN     "anonymised_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "organisations" ADD COLUMN     "retention_call_days" INTEGER,
ADD COLUMN     "retention_closed_case_days" INTEGER;

-- AlterTable
ALTER TABLE "victims" ADD COLUMN     "anonymised_at" TIMESTAMP(3);

-- A retention period is at least 30 days and at most 50 years.
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_retention_call_days_range" CHECK (retention_call_days IS NULL OR retention_call_days BETWEEN 30 AND 18250);
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_retention_closed_case_days_range" CHECK (retention_closed_case_days IS NULL OR retention_closed_case_days BETWEEN 30 AND 18250);
