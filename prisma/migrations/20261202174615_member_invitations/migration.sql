-- AlterEnum
ALTER TYPE "RecordType" ADD VALUE 'INVITATION';

-- CreateTable
CREATE TABLE "invitations" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "token_hash" TEXT NOT NULL,
    "invited_by_id" UUID NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "accepted_at" TIMESTAMP(3),
    "membership_id" UUID,
    "revoked_at" TIMESTAMP(3),
    "revoked_by_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "invitations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "invitations_token_hash_key" ON "invitations"("token_hash");

-- CreateIndex
CREATE INDEX "invitations_organisation_id_created_at_idx" ON "invitations"("organisation_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "invitations_organisation_id_email_idx" ON "invitations"("organisation_id", "email");

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_id_fkey" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Row-level security (decision 0009). An organisation's invitations are its own. The invitee has
-- no session: a transaction that names the token's hash in tumar.invitation_token sees that one
-- row (knowing the hash takes the token, which only the link carries), and may only mark it used.
ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
CREATE POLICY invitations_own ON invitations USING (organisation_id = (SELECT tumar_org())) WITH CHECK (organisation_id = (SELECT tumar_org()));
CREATE POLICY invitations_by_token_read ON invitations FOR SELECT USING (token_hash = current_setting('tumar.invitation_token', true));
CREATE POLICY invitations_by_token_accept ON invitations FOR UPDATE
  USING (token_hash = current_setting('tumar.invitation_token', true))
  WITH CHECK (token_hash = current_setting('tumar.invitation_token', true) AND accepted_at IS NOT NULL);
