-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "RecordType" AS ENUM ('ORGANISATION', 'MEMBERSHIP', 'VICTIM', 'REPATRIATION', 'HOTLINE_CALL', 'SHELTER_STAY');

-- CreateEnum
CREATE TYPE "GrantScope" AS ENUM ('MINIMAL', 'FULL');

-- CreateEnum
CREATE TYPE "CallChannel" AS ENUM ('PHONE', 'SMS', 'WHATSAPP', 'TELEGRAM', 'IMO', 'VIBER', 'WEBCHAT', 'EMAIL', 'WALK_IN', 'OTHER');

-- CreateEnum
CREATE TYPE "CallType" AS ENUM ('DATA', 'SILENT', 'HANG_UP', 'WRONG_NUMBER', 'ABUSIVE', 'TEST', 'THANKS');

-- CreateEnum
CREATE TYPE "CallStatus" AS ENUM ('INCOMPLETE', 'COMPLETE');

-- CreateEnum
CREATE TYPE "CallerRelationship" AS ENUM ('VICTIM_SELF', 'FAMILY_MEMBER', 'FRIEND_OR_NEIGHBOUR', 'WITNESS', 'PROSPECTIVE_MIGRANT', 'EMPLOYER', 'PROFESSIONAL', 'ANONYMOUS');

-- CreateEnum
CREATE TYPE "AgeGroup" AS ENUM ('AGE_0_11', 'AGE_12_17', 'AGE_18_24', 'AGE_25_34', 'AGE_35_49', 'AGE_50_PLUS', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "CallTopic" AS ENUM ('JOB_OFFER_CHECK', 'PRE_DEPARTURE_INFO', 'DOCUMENTS_AND_REGISTRATION', 'WAGE_THEFT', 'LABOUR_EXPLOITATION', 'SEXUAL_EXPLOITATION', 'FORCED_MARRIAGE', 'FORCED_BEGGING', 'MISSING_PERSON', 'SUSPECTED_TRAFFICKING', 'DEPORTATION_OR_DETENTION', 'DOMESTIC_VIOLENCE', 'HEALTH', 'REMITTANCES', 'OTHER');

-- CreateEnum
CREATE TYPE "Urgency" AS ENUM ('CRITICAL', 'URGENT', 'NON_CRITICAL');

-- CreateEnum
CREATE TYPE "CallAction" AS ENUM ('INFORMATION_GIVEN', 'REFERRED_TO_NGO', 'REFERRED_TO_POLICE', 'REFERRED_TO_EMBASSY_OR_IOM', 'CASE_OPENED', 'CALLBACK_SCHEDULED', 'NONE');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('NGO', 'IOM_OFFICE', 'GOVERNMENT', 'SHELTER_OPERATOR', 'OTHER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ORG_ADMIN', 'COORDINATOR', 'CASE_WORKER', 'HOTLINE_OPERATOR', 'SHELTER_STAFF', 'ANALYST');

-- CreateEnum
CREATE TYPE "NetworkRole" AS ENUM ('NETWORK_ADMIN');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('FEMALE', 'MALE', 'TRANSGENDER_FEMALE', 'TRANSGENDER_MALE', 'NON_CONFORMING', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "VictimStatus" AS ENUM ('ACTIVE', 'FOLLOW_UP', 'CLOSED', 'CLOSED_REFERRED');

-- CreateEnum
CREATE TYPE "IdentifiedBy" AS ENUM ('HOTLINE', 'NGO_OUTREACH', 'POLICE', 'BORDER_GUARD', 'IOM', 'EMBASSY', 'SELF_REFERRAL', 'OTHER');

-- CreateTable
CREATE TABLE "access_grants" (
    "id" UUID NOT NULL,
    "record_type" "RecordType" NOT NULL,
    "record_id" UUID NOT NULL,
    "owner_organisation_id" UUID NOT NULL,
    "grantee_organisation_id" UUID NOT NULL,
    "scope" "GrantScope" NOT NULL,
    "fields" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "reason" TEXT NOT NULL,
    "granted_by_id" UUID NOT NULL,
    "expires_at" TIMESTAMP(3),
    "revoked_at" TIMESTAMP(3),
    "revoked_by_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "access_grants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_user_id" UUID,
    "organisation_id" UUID,
    "action" TEXT NOT NULL,
    "record_type" "RecordType",
    "record_id" TEXT,
    "request_id" TEXT,
    "details" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "hotline_calls" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "operator_id" UUID NOT NULL,
    "status" "CallStatus" NOT NULL DEFAULT 'COMPLETE',
    "received_at" TIMESTAMP(3) NOT NULL,
    "duration_seconds" INTEGER,
    "channel" "CallChannel" NOT NULL DEFAULT 'PHONE',
    "language" TEXT,
    "call_type" "CallType" NOT NULL,
    "caller_relationship" "CallerRelationship",
    "caller_country" CHAR(2),
    "caller_region" TEXT,
    "caller_phone_encrypted" TEXT,
    "caller_phone_hash" TEXT,
    "callback_consent" BOOLEAN NOT NULL DEFAULT false,
    "person_sex" "Sex",
    "person_age_group" "AgeGroup",
    "person_citizenship" CHAR(2),
    "person_country_now" CHAR(2),
    "topics" "CallTopic"[] DEFAULT ARRAY[]::"CallTopic"[],
    "urgency" "Urgency",
    "summary_encrypted" TEXT,
    "summary_tokens" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "actions" "CallAction"[] DEFAULT ARRAY[]::"CallAction"[],
    "callback_due_at" TIMESTAMP(3),
    "callback_completed_at" TIMESTAMP(3),
    "follow_up_of_id" UUID,
    "victim_id" UUID,
    "voided_at" TIMESTAMP(3),
    "void_reason" TEXT,
    "voided_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "hotline_calls_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "hotline_call_drafts" (
    "user_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "payload_encrypted" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "hotline_call_drafts_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "countries" (
    "code" CHAR(2) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "countries_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "organisations" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "time_zone" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "organisations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "network_role" "NetworkRole",
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "memberships" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "memberships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "last_used_at" TIMESTAMP(3),
    "expires_at" TIMESTAMP(3),
    "revoked_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "victims" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "case_number" TEXT NOT NULL,
    "status" "VictimStatus" NOT NULL DEFAULT 'ACTIVE',
    "identified_on" DATE NOT NULL,
    "identified_by" "IdentifiedBy" NOT NULL,
    "given_name" TEXT NOT NULL,
    "family_name" TEXT NOT NULL DEFAULT '',
    "sex" "Sex" NOT NULL DEFAULT 'UNKNOWN',
    "birth_date" DATE,
    "estimated_age" INTEGER,
    "citizenships" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_by_id" UUID NOT NULL,
    "assigned_to_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "victims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_number_counters" (
    "organisation_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "case_number_counters_pkey" PRIMARY KEY ("organisation_id","year")
);

-- CreateIndex
CREATE INDEX "access_grants_grantee_organisation_id_record_type_record_id_idx" ON "access_grants"("grantee_organisation_id", "record_type", "record_id");

-- CreateIndex
CREATE INDEX "access_grants_record_type_record_id_idx" ON "access_grants"("record_type", "record_id");

-- CreateIndex
CREATE INDEX "audit_events_organisation_id_at_idx" ON "audit_events"("organisation_id", "at");

-- CreateIndex
CREATE INDEX "audit_events_actor_user_id_at_idx" ON "audit_events"("actor_user_id", "at");

-- CreateIndex
CREATE INDEX "audit_events_record_type_record_id_idx" ON "audit_events"("record_type", "record_id");

-- CreateIndex
CREATE INDEX "hotline_calls_organisation_id_received_at_id_idx" ON "hotline_calls"("organisation_id", "received_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "hotline_calls_organisation_id_caller_phone_hash_received_at_idx" ON "hotline_calls"("organisation_id", "caller_phone_hash", "received_at" DESC);

-- CreateIndex
CREATE INDEX "hotline_calls_organisation_id_callback_due_at_idx" ON "hotline_calls"("organisation_id", "callback_due_at");

-- CreateIndex
CREATE INDEX "hotline_calls_organisation_id_operator_id_received_at_idx" ON "hotline_calls"("organisation_id", "operator_id", "received_at" DESC);

-- CreateIndex
CREATE INDEX "hotline_calls_victim_id_idx" ON "hotline_calls"("victim_id");

-- CreateIndex
CREATE INDEX "hotline_calls_summary_tokens_idx" ON "hotline_calls" USING GIN ("summary_tokens");

-- CreateIndex
CREATE INDEX "hotline_calls_topics_idx" ON "hotline_calls" USING GIN ("topics");

-- CreateIndex
CREATE UNIQUE INDEX "organisations_code_key" ON "organisations"("code");

-- CreateIndex
CREATE INDEX "organisations_country_code_idx" ON "organisations"("country_code");

-- CreateIndex
CREATE INDEX "organisations_created_at_id_idx" ON "organisations"("created_at", "id");

-- CreateIndex
CREATE UNIQUE INDEX "organisations_name_country_code_key" ON "organisations"("name", "country_code");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "memberships_organisation_id_role_idx" ON "memberships"("organisation_id", "role");

-- CreateIndex
CREATE INDEX "memberships_organisation_id_created_at_id_idx" ON "memberships"("organisation_id", "created_at", "id");

-- CreateIndex
CREATE UNIQUE INDEX "memberships_user_id_organisation_id_key" ON "memberships"("user_id", "organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "api_tokens_user_id_created_at_idx" ON "api_tokens"("user_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "victims_case_number_key" ON "victims"("case_number");

-- CreateIndex
CREATE INDEX "victims_organisation_id_created_at_id_idx" ON "victims"("organisation_id", "created_at" DESC, "id");

-- CreateIndex
CREATE INDEX "victims_assigned_to_id_idx" ON "victims"("assigned_to_id");

-- CreateIndex
CREATE INDEX "victims_created_by_id_idx" ON "victims"("created_by_id");

-- AddForeignKey
ALTER TABLE "access_grants" ADD CONSTRAINT "access_grants_owner_organisation_id_fkey" FOREIGN KEY ("owner_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "access_grants" ADD CONSTRAINT "access_grants_grantee_organisation_id_fkey" FOREIGN KEY ("grantee_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "access_grants" ADD CONSTRAINT "access_grants_granted_by_id_fkey" FOREIGN KEY ("granted_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "access_grants" ADD CONSTRAINT "access_grants_revoked_by_id_fkey" FOREIGN KEY ("revoked_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_user_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hotline_calls" ADD CONSTRAINT "hotline_calls_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hotline_calls" ADD CONSTRAINT "hotline_calls_operator_id_fkey" FOREIGN KEY ("operator_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hotline_calls" ADD CONSTRAINT "hotline_calls_voided_by_id_fkey" FOREIGN KEY ("voided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hotline_calls" ADD CONSTRAINT "hotline_calls_victim_id_fkey" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hotline_calls" ADD CONSTRAINT "hotline_calls_follow_up_of_id_fkey" FOREIGN KEY ("follow_up_of_id") REFERENCES "hotline_calls"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hotline_call_drafts" ADD CONSTRAINT "hotline_call_drafts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hotline_call_drafts" ADD CONSTRAINT "hotline_call_drafts_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "countries"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "victims" ADD CONSTRAINT "victims_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "victims" ADD CONSTRAINT "victims_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "victims" ADD CONSTRAINT "victims_assigned_to_id_fkey" FOREIGN KEY ("assigned_to_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_number_counters" ADD CONSTRAINT "case_number_counters_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Reference data: ISO 3166-1 alpha-2 country codes.
INSERT INTO "countries" ("code", "updated_at") VALUES
  ('AD', CURRENT_TIMESTAMP),
  ('AE', CURRENT_TIMESTAMP),
  ('AF', CURRENT_TIMESTAMP),
  ('AG', CURRENT_TIMESTAMP),
  ('AI', CURRENT_TIMESTAMP),
  ('AL', CURRENT_TIMESTAMP),
  ('AM', CURRENT_TIMESTAMP),
  ('AO', CURRENT_TIMESTAMP),
  ('AQ', CURRENT_TIMESTAMP),
  ('AR', CURRENT_TIMESTAMP),
  ('AS', CURRENT_TIMESTAMP),
  ('AT', CURRENT_TIMESTAMP),
  ('AU', CURRENT_TIMESTAMP),
  ('AW', CURRENT_TIMESTAMP),
  ('AX', CURRENT_TIMESTAMP),
  ('AZ', CURRENT_TIMESTAMP),
  ('BA', CURRENT_TIMESTAMP),
  ('BB', CURRENT_TIMESTAMP),
  ('BD', CURRENT_TIMESTAMP),
  ('BE', CURRENT_TIMESTAMP),
  ('BF', CURRENT_TIMESTAMP),
  ('BG', CURRENT_TIMESTAMP),
  ('BH', CURRENT_TIMESTAMP),
  ('BI', CURRENT_TIMESTAMP),
  ('BJ', CURRENT_TIMESTAMP),
  ('BL', CURRENT_TIMESTAMP),
  ('BM', CURRENT_TIMESTAMP),
  ('BN', CURRENT_TIMESTAMP),
  ('BO', CURRENT_TIMESTAMP),
  ('BQ', CURRENT_TIMESTAMP),
  ('BR', CURRENT_TIMESTAMP),
  ('BS', CURRENT_TIMESTAMP),
  ('BT', CURRENT_TIMESTAMP),
  ('BV', CURRENT_TIMESTAMP),
  ('BW', CURRENT_TIMESTAMP),
  ('BY', CURRENT_TIMESTAMP),
  ('BZ', CURRENT_TIMESTAMP),
  ('CA', CURRENT_TIMESTAMP),
  ('CC', CURRENT_TIMESTAMP),
  ('CD', CURRENT_TIMESTAMP),
  ('CF', CURRENT_TIMESTAMP),
  ('CG', CURRENT_TIMESTAMP),
  ('CH', CURRENT_TIMESTAMP),
  ('CI', CURRENT_TIMESTAMP),
  ('CK', CURRENT_TIMESTAMP),
  ('CL', CURRENT_TIMESTAMP),
  ('CM', CURRENT_TIMESTAMP),
  ('CN', CURRENT_TIMESTAMP),
  ('CO', CURRENT_TIMESTAMP),
  ('CR', CURRENT_TIMESTAMP),
  ('CU', CURRENT_TIMESTAMP),
  ('CV', CURRENT_TIMESTAMP),
  ('CW', CURRENT_TIMESTAMP),
  ('CX', CURRENT_TIMESTAMP),
  ('CY', CURRENT_TIMESTAMP),
  ('CZ', CURRENT_TIMESTAMP),
  ('DE', CURRENT_TIMESTAMP),
  ('DJ', CURRENT_TIMESTAMP),
  ('DK', CURRENT_TIMESTAMP),
  ('DM', CURRENT_TIMESTAMP),
  ('DO', CURRENT_TIMESTAMP),
  ('DZ', CURRENT_TIMESTAMP),
  ('EC', CURRENT_TIMESTAMP),
  ('EE', CURRENT_TIMESTAMP),
  ('EG', CURRENT_TIMESTAMP),
  ('EH', CURRENT_TIMESTAMP),
  ('ER', CURRENT_TIMESTAMP),
  ('ES', CURRENT_TIMESTAMP),
  ('ET', CURRENT_TIMESTAMP),
  ('FI', CURRENT_TIMESTAMP),
  ('FJ', CURRENT_TIMESTAMP),
  ('FK', CURRENT_TIMESTAMP),
  ('FM', CURRENT_TIMESTAMP),
  ('FO', CURRENT_TIMESTAMP),
  ('FR', CURRENT_TIMESTAMP),
  ('GA', CURRENT_TIMESTAMP),
  ('GB', CURRENT_TIMESTAMP),
  ('GD', CURRENT_TIMESTAMP),
  ('GE', CURRENT_TIMESTAMP),
  ('GF', CURRENT_TIMESTAMP),
  ('GG', CURRENT_TIMESTAMP),
  ('GH', CURRENT_TIMESTAMP),
  ('GI', CURRENT_TIMESTAMP),
  ('GL', CURRENT_TIMESTAMP),
  ('GM', CURRENT_TIMESTAMP),
  ('GN', CURRENT_TIMESTAMP),
  ('GP', CURRENT_TIMESTAMP),
  ('GQ', CURRENT_TIMESTAMP),
  ('GR', CURRENT_TIMESTAMP),
  ('GS', CURRENT_TIMESTAMP),
  ('GT', CURRENT_TIMESTAMP),
  ('GU', CURRENT_TIMESTAMP),
  ('GW', CURRENT_TIMESTAMP),
  ('GY', CURRENT_TIMESTAMP),
  ('HK', CURRENT_TIMESTAMP),
  ('HM', CURRENT_TIMESTAMP),
  ('HN', CURRENT_TIMESTAMP),
  ('HR', CURRENT_TIMESTAMP),
  ('HT', CURRENT_TIMESTAMP),
  ('HU', CURRENT_TIMESTAMP),
  ('ID', CURRENT_TIMESTAMP),
  ('IE', CURRENT_TIMESTAMP),
  ('IL', CURRENT_TIMESTAMP),
  ('IM', CURRENT_TIMESTAMP),
  ('IN', CURRENT_TIMESTAMP),
  ('IO', CURRENT_TIMESTAMP),
  ('IQ', CURRENT_TIMESTAMP),
  ('IR', CURRENT_TIMESTAMP),
  ('IS', CURRENT_TIMESTAMP),
  ('IT', CURRENT_TIMESTAMP),
  ('JE', CURRENT_TIMESTAMP),
  ('JM', CURRENT_TIMESTAMP),
  ('JO', CURRENT_TIMESTAMP),
  ('JP', CURRENT_TIMESTAMP),
  ('KE', CURRENT_TIMESTAMP),
  ('KG', CURRENT_TIMESTAMP),
  ('KH', CURRENT_TIMESTAMP),
  ('KI', CURRENT_TIMESTAMP),
  ('KM', CURRENT_TIMESTAMP),
  ('KN', CURRENT_TIMESTAMP),
  ('KP', CURRENT_TIMESTAMP),
  ('KR', CURRENT_TIMESTAMP),
  ('KW', CURRENT_TIMESTAMP),
  ('KY', CURRENT_TIMESTAMP),
  ('KZ', CURRENT_TIMESTAMP),
  ('LA', CURRENT_TIMESTAMP),
  ('LB', CURRENT_TIMESTAMP),
  ('LC', CURRENT_TIMESTAMP),
  ('LI', CURRENT_TIMESTAMP),
  ('LK', CURRENT_TIMESTAMP),
  ('LR', CURRENT_TIMESTAMP),
  ('LS', CURRENT_TIMESTAMP),
  ('LT', CURRENT_TIMESTAMP),
  ('LU', CURRENT_TIMESTAMP),
  ('LV', CURRENT_TIMESTAMP),
  ('LY', CURRENT_TIMESTAMP),
  ('MA', CURRENT_TIMESTAMP),
  ('MC', CURRENT_TIMESTAMP),
  ('MD', CURRENT_TIMESTAMP),
  ('ME', CURRENT_TIMESTAMP),
  ('MF', CURRENT_TIMESTAMP),
  ('MG', CURRENT_TIMESTAMP),
  ('MH', CURRENT_TIMESTAMP),
  ('MK', CURRENT_TIMESTAMP),
  ('ML', CURRENT_TIMESTAMP),
  ('MM', CURRENT_TIMESTAMP),
  ('MN', CURRENT_TIMESTAMP),
  ('MO', CURRENT_TIMESTAMP),
  ('MP', CURRENT_TIMESTAMP),
  ('MQ', CURRENT_TIMESTAMP),
  ('MR', CURRENT_TIMESTAMP),
  ('MS', CURRENT_TIMESTAMP),
  ('MT', CURRENT_TIMESTAMP),
  ('MU', CURRENT_TIMESTAMP),
  ('MV', CURRENT_TIMESTAMP),
  ('MW', CURRENT_TIMESTAMP),
  ('MX', CURRENT_TIMESTAMP),
  ('MY', CURRENT_TIMESTAMP),
  ('MZ', CURRENT_TIMESTAMP),
  ('NA', CURRENT_TIMESTAMP),
  ('NC', CURRENT_TIMESTAMP),
  ('NE', CURRENT_TIMESTAMP),
  ('NF', CURRENT_TIMESTAMP),
  ('NG', CURRENT_TIMESTAMP),
  ('NI', CURRENT_TIMESTAMP),
  ('NL', CURRENT_TIMESTAMP),
  ('NO', CURRENT_TIMESTAMP),
  ('NP', CURRENT_TIMESTAMP),
  ('NR', CURRENT_TIMESTAMP),
  ('NU', CURRENT_TIMESTAMP),
  ('NZ', CURRENT_TIMESTAMP),
  ('OM', CURRENT_TIMESTAMP),
  ('PA', CURRENT_TIMESTAMP),
  ('PE', CURRENT_TIMESTAMP),
  ('PF', CURRENT_TIMESTAMP),
  ('PG', CURRENT_TIMESTAMP),
  ('PH', CURRENT_TIMESTAMP),
  ('PK', CURRENT_TIMESTAMP),
  ('PL', CURRENT_TIMESTAMP),
  ('PM', CURRENT_TIMESTAMP),
  ('PN', CURRENT_TIMESTAMP),
  ('PR', CURRENT_TIMESTAMP),
  ('PS', CURRENT_TIMESTAMP),
  ('PT', CURRENT_TIMESTAMP),
  ('PW', CURRENT_TIMESTAMP),
  ('PY', CURRENT_TIMESTAMP),
  ('QA', CURRENT_TIMESTAMP),
  ('RE', CURRENT_TIMESTAMP),
  ('RO', CURRENT_TIMESTAMP),
  ('RS', CURRENT_TIMESTAMP),
  ('RU', CURRENT_TIMESTAMP),
  ('RW', CURRENT_TIMESTAMP),
  ('SA', CURRENT_TIMESTAMP),
  ('SB', CURRENT_TIMESTAMP),
  ('SC', CURRENT_TIMESTAMP),
  ('SD', CURRENT_TIMESTAMP),
  ('SE', CURRENT_TIMESTAMP),
  ('SG', CURRENT_TIMESTAMP),
  ('SH', CURRENT_TIMESTAMP),
  ('SI', CURRENT_TIMESTAMP),
  ('SJ', CURRENT_TIMESTAMP),
  ('SK', CURRENT_TIMESTAMP),
  ('SL', CURRENT_TIMESTAMP),
  ('SM', CURRENT_TIMESTAMP),
  ('SN', CURRENT_TIMESTAMP),
  ('SO', CURRENT_TIMESTAMP),
  ('SR', CURRENT_TIMESTAMP),
  ('SS', CURRENT_TIMESTAMP),
  ('ST', CURRENT_TIMESTAMP),
  ('SV', CURRENT_TIMESTAMP),
  ('SX', CURRENT_TIMESTAMP),
  ('SY', CURRENT_TIMESTAMP),
  ('SZ', CURRENT_TIMESTAMP),
  ('TC', CURRENT_TIMESTAMP),
  ('TD', CURRENT_TIMESTAMP),
  ('TF', CURRENT_TIMESTAMP),
  ('TG', CURRENT_TIMESTAMP),
  ('TH', CURRENT_TIMESTAMP),
  ('TJ', CURRENT_TIMESTAMP),
  ('TK', CURRENT_TIMESTAMP),
  ('TL', CURRENT_TIMESTAMP),
  ('TM', CURRENT_TIMESTAMP),
  ('TN', CURRENT_TIMESTAMP),
  ('TO', CURRENT_TIMESTAMP),
  ('TR', CURRENT_TIMESTAMP),
  ('TT', CURRENT_TIMESTAMP),
  ('TV', CURRENT_TIMESTAMP),
  ('TW', CURRENT_TIMESTAMP),
  ('TZ', CURRENT_TIMESTAMP),
  ('UA', CURRENT_TIMESTAMP),
  ('UG', CURRENT_TIMESTAMP),
  ('UM', CURRENT_TIMESTAMP),
  ('US', CURRENT_TIMESTAMP),
  ('UY', CURRENT_TIMESTAMP),
  ('UZ', CURRENT_TIMESTAMP),
  ('VA', CURRENT_TIMESTAMP),
  ('VC', CURRENT_TIMESTAMP),
  ('VE', CURRENT_TIMESTAMP),
  ('VG', CURRENT_TIMESTAMP),
  ('VI', CURRENT_TIMESTAMP),
  ('VN', CURRENT_TIMESTAMP),
  ('VU', CURRENT_TIMESTAMP),
  ('WF', CURRENT_TIMESTAMP),
  ('WS', CURRENT_TIMESTAMP),
  ('YE', CURRENT_TIMESTAMP),
  ('YT', CURRENT_TIMESTAMP),
  ('ZA', CURRENT_TIMESTAMP),
  ('ZM', CURRENT_TIMESTAMP),
  ('ZW', CURRENT_TIMESTAMP);
