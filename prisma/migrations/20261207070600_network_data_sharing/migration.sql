-- An organisation's choice to add its anonymised figures and case-level data to the network's
-- pooled figures and export (issue 20, decision 0032): off until its administrator turns it on.
ALTER TABLE "organisations" ADD COLUMN "shares_anonymised_data" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "organisations" ADD COLUMN "shares_anonymised_data_since" TIMESTAMP(3);
