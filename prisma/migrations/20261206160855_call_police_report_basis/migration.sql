-- "Referred to the police" on a call records its basis: consent, or a coordinator's decision.
-- AlterTable
ALTER TABLE "hotline_calls" ADD COLUMN     "authority_report_basis" "AuthorityReportBasis",
ADD COLUMN     "authority_report_decided_by_id" UUID,
ADD COLUMN     "authority_report_reason_encrypted" TEXT;

-- AddForeignKey
ALTER TABLE "hotline_calls" ADD CONSTRAINT "hotline_calls_authority_report_decided_by_id_fkey" FOREIGN KEY ("authority_report_decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A report without consent keeps its reason and who decided it (lib/hotline/mutations.ts).
ALTER TABLE hotline_calls ADD CONSTRAINT hotline_calls_authority_report_check CHECK (
  authority_report_basis IS NULL OR authority_report_basis = 'CONSENT'
  OR (authority_report_reason_encrypted IS NOT NULL AND authority_report_decided_by_id IS NOT NULL)
);
