-- CreateTable
CREATE TABLE "storage_deletions" (
    "storage_key" TEXT NOT NULL,
    "organisation_id" UUID NOT NULL,
    "requested_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "storage_deletions_pkey" PRIMARY KEY ("storage_key")
);

-- CreateIndex
CREATE INDEX "storage_deletions_organisation_id_requested_at_idx" ON "storage_deletions"("organisation_id", "requested_at");

-- Row-level security (decision 0009): an organisation sweeps the objects of its own files.
ALTER TABLE storage_deletions ENABLE ROW LEVEL SECURITY;
CREATE POLICY storage_deletions_own ON storage_deletions
  USING (organisation_id = (SELECT tumar_org())) WITH CHECK (organisation_id = (SELECT tumar_org()));

-- Whatever removes an attachment kept in the object store (the app, retention, a cascade from a
-- removed record) leaves its object's key here in the same transaction, so no object outlives
-- its row unnoticed (decision 0029). Definer's rights: the deleting role need not insert here itself.
CREATE FUNCTION tumar_attachment_object_gone() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
BEGIN
  IF OLD.storage = 'OBJECT_STORE' AND OLD.storage_key IS NOT NULL THEN
    INSERT INTO storage_deletions (storage_key, organisation_id)
    VALUES (OLD.storage_key, OLD.organisation_id)
    ON CONFLICT (storage_key) DO NOTHING;
  END IF;
  RETURN OLD;
END
$$;
REVOKE ALL ON FUNCTION tumar_attachment_object_gone() FROM PUBLIC;
CREATE TRIGGER attachments_object_gone AFTER DELETE ON attachments
  FOR EACH ROW EXECUTE FUNCTION tumar_attachment_object_gone();

-- An attachment in the object store has its key; one in the database has none.
ALTER TABLE attachments ADD CONSTRAINT attachments_storage_key_present
  CHECK ((storage = 'OBJECT_STORE') = (storage_key IS NOT NULL));
