-- CreateTable
CREATE TABLE "call_perpetrators" (
    "call_id" UUID NOT NULL,
    "perpetrator_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "role" "PerpetratorRole",
    "linked_by_id" UUID NOT NULL,
    "linked_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "call_perpetrators_pkey" PRIMARY KEY ("call_id","perpetrator_id")
);

-- CreateIndex
CREATE INDEX "call_perpetrators_perpetrator_id_idx" ON "call_perpetrators"("perpetrator_id");

-- AddForeignKey
ALTER TABLE "call_perpetrators" ADD CONSTRAINT "call_perpetrators_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "hotline_calls"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "call_perpetrators" ADD CONSTRAINT "call_perpetrators_perpetrator_id_fkey" FOREIGN KEY ("perpetrator_id") REFERENCES "perpetrators"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "call_perpetrators" ADD CONSTRAINT "call_perpetrators_linked_by_id_fkey" FOREIGN KEY ("linked_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Row-level security (decision 0009): the organisation's own, as its calls and records are.
ALTER TABLE call_perpetrators ENABLE ROW LEVEL SECURITY;
CREATE POLICY call_perpetrators_own ON call_perpetrators
  USING (organisation_id = (SELECT tumar_org())) WITH CHECK (organisation_id = (SELECT tumar_org()));
