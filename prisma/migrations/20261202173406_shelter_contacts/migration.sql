-- #14.14 (b): a shelter's address and phone move out of the shelter directory into a table of their
-- own that only the shelter's organisation can read or write (decision 0013). The directory stays
-- readable by every organisation (finding a free bed is the feature); until now the encrypted
-- address and phone came along with it to any organisation's role.

-- CreateTable
CREATE TABLE "shelter_contacts" (
    "id" UUID NOT NULL,
    "shelter_id" UUID NOT NULL,
    "address_encrypted" TEXT,
    "phone_encrypted" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "shelter_contacts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "shelter_contacts_shelter_id_key" ON "shelter_contacts"("shelter_id");

-- AddForeignKey
ALTER TABLE "shelter_contacts" ADD CONSTRAINT "shelter_contacts_shelter_id_fkey" FOREIGN KEY ("shelter_id") REFERENCES "shelters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The existing values move as they are (ciphertexts are copied, not decrypted: the migration has no key).
INSERT INTO shelter_contacts (id, shelter_id, address_encrypted, phone_encrypted, created_at, updated_at)
SELECT gen_random_uuid(), id, address_encrypted, phone_encrypted, created_at, now()
FROM shelters WHERE address_encrypted IS NOT NULL OR phone_encrypted IS NOT NULL;

-- AlterTable
ALTER TABLE "shelters" DROP COLUMN "address_encrypted",
DROP COLUMN "phone_encrypted";

-- Owner only, for reading and writing alike: no directory opening here.
ALTER TABLE shelter_contacts ENABLE ROW LEVEL SECURITY;
CREATE POLICY shelter_contacts_own ON shelter_contacts USING (tumar_own_shelter(shelter_id)) WITH CHECK (tumar_own_shelter(shelter_id));
