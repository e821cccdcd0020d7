-- CreateEnum
CREATE TYPE "ContactRequestStatus" AS ENUM ('PENDING', 'ANSWERED', 'DECLINED');

-- CreateTable
CREATE TABLE "perpetrator_contact_requests" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "perpetrator_id" UUID NOT NULL,
    "asked_by_id" UUID NOT NULL,
    "message_encrypted" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "perpetrator_contact_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "perpetrator_contact_recipients" (
    "id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "from_organisation_id" UUID NOT NULL,
    "matched_perpetrator_id" UUID NOT NULL,
    "status" "ContactRequestStatus" NOT NULL DEFAULT 'PENDING',
    "answer_encrypted" TEXT,
    "answered_by_id" UUID,
    "answered_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "perpetrator_contact_recipients_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "perpetrator_contact_requests_organisation_id_created_at_idx" ON "perpetrator_contact_requests"("organisation_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "perpetrator_contact_requests_perpetrator_id_idx" ON "perpetrator_contact_requests"("perpetrator_id");

-- CreateIndex
CREATE INDEX "perpetrator_contact_recipients_organisation_id_status_creat_idx" ON "perpetrator_contact_recipients"("organisation_id", "status", "created_at" DESC);

-- CreateIndex
CREATE INDEX "perpetrator_contact_recipients_matched_perpetrator_id_idx" ON "perpetrator_contact_recipients"("matched_perpetrator_id");

-- CreateIndex
CREATE UNIQUE INDEX "perpetrator_contact_recipients_request_id_organisation_id_key" ON "perpetrator_contact_recipients"("request_id", "organisation_id");

-- AddForeignKey
ALTER TABLE "perpetrator_contact_requests" ADD CONSTRAINT "perpetrator_contact_requests_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "perpetrator_contact_requests" ADD CONSTRAINT "perpetrator_contact_requests_perpetrator_id_fkey" FOREIGN KEY ("perpetrator_id") REFERENCES "perpetrators"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "perpetrator_contact_requests" ADD CONSTRAINT "perpetrator_contact_requests_asked_by_id_fkey" FOREIGN KEY ("asked_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "perpetrator_contact_recipients" ADD CONSTRAINT "perpetrator_contact_recipients_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "perpetrator_contact_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "perpetrator_contact_recipients" ADD CONSTRAINT "perpetrator_contact_recipients_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "perpetrator_contact_recipients" ADD CONSTRAINT "perpetrator_contact_recipients_matched_perpetrator_id_fkey" FOREIGN KEY ("matched_perpetrator_id") REFERENCES "perpetrators"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "perpetrator_contact_recipients" ADD CONSTRAINT "perpetrator_contact_recipients_answered_by_id_fkey" FOREIGN KEY ("answered_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Row-level security (decision 0009). A request is seen by its organisation and by the
-- organisations it reached; a recipient row by the organisation asked, and by the asker only once
-- that organisation has answered (so the asker never learns who was asked and kept silent).
ALTER TABLE perpetrator_contact_recipients ENABLE ROW LEVEL SECURITY;
CREATE POLICY perpetrator_contact_recipients_read ON perpetrator_contact_recipients FOR SELECT
  USING (organisation_id = (SELECT tumar_org())
         OR (from_organisation_id = (SELECT tumar_org()) AND status = 'ANSWERED'));
CREATE POLICY perpetrator_contact_recipients_answer ON perpetrator_contact_recipients FOR UPDATE
  USING (organisation_id = (SELECT tumar_org())) WITH CHECK (organisation_id = (SELECT tumar_org()));
ALTER TABLE perpetrator_contact_requests ENABLE ROW LEVEL SECURITY;
CREATE POLICY perpetrator_contact_requests_read ON perpetrator_contact_requests FOR SELECT
  USING (organisation_id = (SELECT tumar_org())
         OR EXISTS (SELECT 1 FROM perpetrator_contact_recipients r
                    WHERE r.request_id = perpetrator_contact_requests.id AND r.organisation_id = (SELECT tumar_org())));
CREATE POLICY perpetrator_contact_requests_insert ON perpetrator_contact_requests FOR INSERT
  WITH CHECK (organisation_id = (SELECT tumar_org()));

-- Sends a request to every other organisation that recorded a perpetrator matching the asker's
-- record (an identifier's keyed hash, or the folded name's), one row per organisation with its
-- earliest matching record. Runs as the owner, since the asker may not read other organisations'
-- records; it only answers how many were asked. The request must be the caller's organisation's.
CREATE FUNCTION perpetrator_contact_request_send(p_request_id uuid)
RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
DECLARE
  v_org uuid := tumar_org();
  v_perpetrator uuid;
  v_sent integer;
BEGIN
  SELECT perpetrator_id INTO v_perpetrator FROM perpetrator_contact_requests
    WHERE id = p_request_id AND organisation_id = v_org;
  IF v_perpetrator IS NULL THEN
    RETURN 0;
  END IF;
  INSERT INTO perpetrator_contact_recipients (id, request_id, organisation_id, from_organisation_id, matched_perpetrator_id)
  SELECT gen_random_uuid(), p_request_id, m.organisation_id, v_org, m.perpetrator_id
  FROM (
    SELECT DISTINCT ON (p.organisation_id) p.organisation_id, p.id AS perpetrator_id
    FROM perpetrators p
    WHERE p.organisation_id <> v_org
      AND (p.name_hash = (SELECT name_hash FROM perpetrators WHERE id = v_perpetrator)
           OR EXISTS (SELECT 1 FROM perpetrator_identifiers i
                      JOIN perpetrator_identifiers mine ON mine.value_hash = i.value_hash
                      WHERE i.perpetrator_id = p.id AND mine.perpetrator_id = v_perpetrator))
    ORDER BY p.organisation_id, p.created_at, p.id
  ) m
  ON CONFLICT (request_id, organisation_id) DO NOTHING;
  GET DIAGNOSTICS v_sent = ROW_COUNT;
  RETURN v_sent;
END;
$$;
REVOKE ALL ON FUNCTION perpetrator_contact_request_send(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION perpetrator_contact_request_send(uuid) TO tumar_app;
