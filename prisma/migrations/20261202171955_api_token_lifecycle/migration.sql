-- #14.1: API tokens end with the user's sessions, always expire, and keep the session they came from.

-- The longest life an organisation allows its members' tokens (default 90 days, at most 365).
ALTER TABLE "organisations" ADD COLUMN     "api_token_max_days" INTEGER NOT NULL DEFAULT 90;
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_api_token_max_days_range" CHECK ("api_token_max_days" BETWEEN 1 AND 365);

-- AlterTable
ALTER TABLE "api_tokens" ADD COLUMN     "created_from_session_id" UUID,
ADD COLUMN     "revoke_reason" TEXT;

-- No token without an expiry: a token made before this had none; it gets the default life from now.
UPDATE "api_tokens" SET "expires_at" = now() + interval '90 days' WHERE "expires_at" IS NULL;
ALTER TABLE "api_tokens" ALTER COLUMN "expires_at" SET NOT NULL;
-- Whatever the organisation's setting, no token lives longer than 365 days (a day's slack for clocks).
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_bounded_life" CHECK ("expires_at" <= "created_at" + interval '366 days') NOT VALID;

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_created_from_session_id_fkey" FOREIGN KEY ("created_from_session_id") REFERENCES "sessions"("id") ON DELETE SET NULL ON UPDATE CASCADE;
