-- A call may be about many people (a brigade of twelve), and a person may be linked to many calls:
-- the single hotline_calls.victim_id ("one case per call") becomes the join table call_people.
-- Existing links move over as OPENED, linked by whoever registered the person, when they did.

-- CreateEnum
CREATE TYPE "CallPersonLink" AS ENUM ('OPENED', 'LINKED');

-- CreateTable
CREATE TABLE "call_people" (
    "call_id" UUID NOT NULL,
    "victim_id" UUID NOT NULL,
    "how" "CallPersonLink" NOT NULL,
    "linked_by_id" UUID NOT NULL,
    "linked_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "call_people_pkey" PRIMARY KEY ("call_id","victim_id")
);

-- CreateIndex
CREATE INDEX "call_people_victim_id_idx" ON "call_people"("victim_id");

-- AddForeignKey
ALTER TABLE "call_people" ADD CONSTRAINT "call_people_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "hotline_calls"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "call_people" ADD CONSTRAINT "call_people_victim_id_fkey" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "call_people" ADD CONSTRAINT "call_people_linked_by_id_fkey" FOREIGN KEY ("linked_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The links there are now (migrations run as the table owner, so row-level security does not hide any).
INSERT INTO call_people (call_id, victim_id, how, linked_by_id, linked_at)
SELECT c.id, c.victim_id, 'OPENED', v.created_by_id, v.created_at
FROM hotline_calls c JOIN victims v ON v.id = c.victim_id;

-- DropForeignKey
ALTER TABLE "hotline_calls" DROP CONSTRAINT "hotline_calls_victim_id_fkey";

-- DropIndex
DROP INDEX "hotline_calls_victim_id_idx";

-- The figures' covering index carried victim_id for a policy arm that has since gone; dropping the
-- column drops the index, so it is made again without it.
DROP INDEX hotline_calls_figures_idx;

-- AlterTable
ALTER TABLE "hotline_calls" DROP COLUMN "victim_id";

CREATE INDEX hotline_calls_figures_idx ON hotline_calls (organisation_id, received_at) INCLUDE (urgency, voided_at, topics);

-- Row-level security (decision 0009): a call's people are visible with the call (its organisation's
-- only); the people themselves are still read through the victims table's own policy.
ALTER TABLE call_people ENABLE ROW LEVEL SECURITY;
CREATE POLICY call_people_visible ON call_people
  USING (EXISTS (SELECT 1 FROM hotline_calls c WHERE c.id = call_id));
