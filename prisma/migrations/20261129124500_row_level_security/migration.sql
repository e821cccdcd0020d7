-- Row-level security: the database itself keeps each organisation's case data to that
-- organisation and to those it shared records with (decision 0009).
--
-- The app connects as `tumar_app`, a role that owns nothing, is not a superuser and cannot bypass
-- row-level security. Every request's queries run in a transaction that first sets
-- `tumar.organisation_id` (lib/db/scoped-adapter.ts); without it the tables below return no
-- rows and accept no writes. The migration role owns the tables and so is not subject to these
-- policies: migrations, the demo seed and the operator commands (retention, key rotation, audit
-- verification, backups) use it, never the app.
--
-- The login (password) of tumar_app is set outside migrations: scripts/db/app-role.ts for the
-- embedded database, the operator's provisioning in production (docs/operations.md).

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tumar_app') THEN
    CREATE ROLE tumar_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO tumar_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO tumar_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO tumar_app;
-- Tables made by later migrations (run as the same owner) are granted the same way.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO tumar_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO tumar_app;
-- The migration history is not the app's business; the audit trail is append-only for it (the
-- triggers of the audit-chain migration refuse changes from the owner too).
REVOKE ALL ON TABLE _prisma_migrations FROM tumar_app;
REVOKE UPDATE, DELETE, TRUNCATE ON TABLE audit_events FROM tumar_app;

-- The organisation the current transaction acts for; null when none was set. Policies compare
-- with `(SELECT tumar_org())`: a sub-select is evaluated once per statement, where a bare call of a
-- STABLE function is evaluated for every row (measured: twice the time of a 20,000-row scan).
CREATE FUNCTION tumar_org() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT nullif(current_setting('tumar.organisation_id', true), '')::uuid
$$;

-- Is a record of this type shared with the current organisation by a live access grant?
CREATE FUNCTION tumar_shared(p_type "RecordType", p_id uuid) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT EXISTS (
    SELECT 1 FROM access_grants g
    WHERE g.record_type = p_type AND g.record_id = p_id AND g.grantee_organisation_id = tumar_org()
      AND g.revoked_at IS NULL AND (g.expires_at IS NULL OR g.expires_at > now())
  )
$$;

-- ---------------------------------------------------------------------------------------------
-- People: the record, its search keys and everything hanging off it. Readable by the owner and by
-- grantees; only the owner writes the record itself. Child rows follow the record's visibility
-- (the sub-select on victims is itself filtered by the victims policy).
ALTER TABLE victims ENABLE ROW LEVEL SECURITY;
CREATE POLICY victims_read ON victims FOR SELECT USING (organisation_id = (SELECT tumar_org()) OR tumar_shared('VICTIM', id));
CREATE POLICY victims_insert ON victims FOR INSERT WITH CHECK (organisation_id = (SELECT tumar_org()));
CREATE POLICY victims_update ON victims FOR UPDATE USING (organisation_id = (SELECT tumar_org())) WITH CHECK (organisation_id = (SELECT tumar_org()));
CREATE POLICY victims_delete ON victims FOR DELETE USING (organisation_id = (SELECT tumar_org()));

ALTER TABLE victim_search_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY victim_search_keys_own ON victim_search_keys USING (organisation_id = (SELECT tumar_org())) WITH CHECK (organisation_id = (SELECT tumar_org()));

ALTER TABLE trafficking_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY trafficking_events_visible ON trafficking_events USING (EXISTS (SELECT 1 FROM victims v WHERE v.id = victim_id));
ALTER TABLE victim_consents ENABLE ROW LEVEL SECURITY;
CREATE POLICY victim_consents_visible ON victim_consents USING (EXISTS (SELECT 1 FROM victims v WHERE v.id = victim_id));
-- A consent to share with an organisation is readable by that organisation (dates and kind only),
-- so a referral's receiver can check it before accepting, while the person is not yet shared.
CREATE POLICY victim_consents_naming_me ON victim_consents FOR SELECT USING (grantee_organisation_id = (SELECT tumar_org()));
ALTER TABLE support_plan_items ENABLE ROW LEVEL SECURITY;
CREATE POLICY support_plan_items_visible ON support_plan_items USING (EXISTS (SELECT 1 FROM victims v WHERE v.id = victim_id));
ALTER TABLE case_notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_notes_visible ON case_notes USING (EXISTS (SELECT 1 FROM victims v WHERE v.id = victim_id));

ALTER TABLE break_glass_accesses ENABLE ROW LEVEL SECURITY;
CREATE POLICY break_glass_accesses_own ON break_glass_accesses USING (organisation_id = (SELECT tumar_org())) WITH CHECK (organisation_id = (SELECT tumar_org()));
ALTER TABLE case_number_counters ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_number_counters_own ON case_number_counters USING (organisation_id = (SELECT tumar_org())) WITH CHECK (organisation_id = (SELECT tumar_org()));

-- Referrals and grants involve two organisations: both see and act on them.
ALTER TABLE referrals ENABLE ROW LEVEL SECURITY;
CREATE POLICY referrals_parties ON referrals
  USING (from_organisation_id = (SELECT tumar_org()) OR to_organisation_id = (SELECT tumar_org()))
  WITH CHECK (from_organisation_id = (SELECT tumar_org()) OR to_organisation_id = (SELECT tumar_org()));
ALTER TABLE access_grants ENABLE ROW LEVEL SECURITY;
CREATE POLICY access_grants_parties ON access_grants
  USING (owner_organisation_id = (SELECT tumar_org()) OR grantee_organisation_id = (SELECT tumar_org()))
  WITH CHECK (owner_organisation_id = (SELECT tumar_org()) OR grantee_organisation_id = (SELECT tumar_org()));

-- ---------------------------------------------------------------------------------------------
-- Hotline calls belong to the organisation that took them; a call linked to a person's record is
-- also readable where that record is shared (lib/hotline/policy.ts then hides the number).
ALTER TABLE hotline_calls ENABLE ROW LEVEL SECURITY;
-- (No `victim_id IS NOT NULL` arm: an indexable second arm invites a BitmapOr plan that loses the
-- ordered index scan of the list pages; tumar_shared() is false for a null id anyway.)
CREATE POLICY hotline_calls_read ON hotline_calls FOR SELECT
  USING (organisation_id = (SELECT tumar_org()) OR tumar_shared('VICTIM', victim_id));
CREATE POLICY hotline_calls_insert ON hotline_calls FOR INSERT WITH CHECK (organisation_id = (SELECT tumar_org()));
CREATE POLICY hotline_calls_update ON hotline_calls FOR UPDATE USING (organisation_id = (SELECT tumar_org())) WITH CHECK (organisation_id = (SELECT tumar_org()));
CREATE POLICY hotline_calls_delete ON hotline_calls FOR DELETE USING (organisation_id = (SELECT tumar_org()));
ALTER TABLE hotline_call_drafts ENABLE ROW LEVEL SECURITY;
CREATE POLICY hotline_call_drafts_own ON hotline_call_drafts USING (organisation_id = (SELECT tumar_org())) WITH CHECK (organisation_id = (SELECT tumar_org()));

-- ---------------------------------------------------------------------------------------------
-- Shelters: the directory (name, city, population, beds) is the network's by design, so that
-- anyone may look for a free bed; its address and phone are encrypted and only the owner's staff
-- get them decrypted. Only the owner changes a shelter. Who stays there is the owner's, or
-- visible with the person's record (a placement shares it with the placing organisation).
ALTER TABLE shelters ENABLE ROW LEVEL SECURITY;
CREATE POLICY shelters_directory ON shelters FOR SELECT USING (tumar_org() IS NOT NULL);
CREATE POLICY shelters_insert ON shelters FOR INSERT WITH CHECK (organisation_id = (SELECT tumar_org()));
CREATE POLICY shelters_update ON shelters FOR UPDATE USING (organisation_id = (SELECT tumar_org())) WITH CHECK (organisation_id = (SELECT tumar_org()));
CREATE POLICY shelters_delete ON shelters FOR DELETE USING (organisation_id = (SELECT tumar_org()));

-- A shelter's rows that only its owner may see or change.
CREATE FUNCTION tumar_own_shelter(p_shelter uuid) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT EXISTS (SELECT 1 FROM shelters s WHERE s.id = p_shelter AND s.organisation_id = tumar_org())
$$;

ALTER TABLE shelter_beds ENABLE ROW LEVEL SECURITY;
CREATE POLICY shelter_beds_read ON shelter_beds FOR SELECT USING (tumar_org() IS NOT NULL);
CREATE POLICY shelter_beds_insert ON shelter_beds FOR INSERT WITH CHECK (tumar_own_shelter(shelter_id));
CREATE POLICY shelter_beds_update ON shelter_beds FOR UPDATE USING (tumar_own_shelter(shelter_id)) WITH CHECK (tumar_own_shelter(shelter_id));
CREATE POLICY shelter_beds_delete ON shelter_beds FOR DELETE USING (tumar_own_shelter(shelter_id));
ALTER TABLE shelter_assignments ENABLE ROW LEVEL SECURITY;
CREATE POLICY shelter_assignments_own ON shelter_assignments USING (tumar_own_shelter(shelter_id)) WITH CHECK (tumar_own_shelter(shelter_id));

ALTER TABLE shelter_stays ENABLE ROW LEVEL SECURITY;
CREATE POLICY shelter_stays_read ON shelter_stays FOR SELECT USING (tumar_own_shelter(shelter_id) OR EXISTS (SELECT 1 FROM victims v WHERE v.id = victim_id));
CREATE POLICY shelter_stays_insert ON shelter_stays FOR INSERT WITH CHECK (tumar_own_shelter(shelter_id));
CREATE POLICY shelter_stays_update ON shelter_stays FOR UPDATE USING (tumar_own_shelter(shelter_id)) WITH CHECK (tumar_own_shelter(shelter_id));
CREATE POLICY shelter_stays_delete ON shelter_stays FOR DELETE USING (tumar_own_shelter(shelter_id));
ALTER TABLE stay_services ENABLE ROW LEVEL SECURITY;
CREATE POLICY stay_services_visible ON stay_services USING (EXISTS (SELECT 1 FROM shelter_stays s WHERE s.id = stay_id));
ALTER TABLE stay_incidents ENABLE ROW LEVEL SECURITY;
CREATE POLICY stay_incidents_visible ON stay_incidents USING (EXISTS (SELECT 1 FROM shelter_stays s WHERE s.id = stay_id));

ALTER TABLE placement_requests ENABLE ROW LEVEL SECURITY;
CREATE POLICY placement_requests_parties ON placement_requests
  USING (from_organisation_id = (SELECT tumar_org()) OR tumar_own_shelter(shelter_id))
  WITH CHECK (from_organisation_id = (SELECT tumar_org()) OR tumar_own_shelter(shelter_id));

-- ---------------------------------------------------------------------------------------------
-- Repatriations: both sides, and what hangs off a case.
ALTER TABLE repatriations ENABLE ROW LEVEL SECURITY;
CREATE POLICY repatriations_sides ON repatriations
  USING (sending_organisation_id = (SELECT tumar_org()) OR receiving_organisation_id = (SELECT tumar_org()))
  WITH CHECK (sending_organisation_id = (SELECT tumar_org()) OR receiving_organisation_id = (SELECT tumar_org()));
ALTER TABLE repatriation_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY repatriation_events_visible ON repatriation_events USING (EXISTS (SELECT 1 FROM repatriations r WHERE r.id = repatriation_id));
ALTER TABLE repatriation_messages ENABLE ROW LEVEL SECURITY;
CREATE POLICY repatriation_messages_visible ON repatriation_messages USING (EXISTS (SELECT 1 FROM repatriations r WHERE r.id = repatriation_id));
ALTER TABLE repatriation_tasks ENABLE ROW LEVEL SECURITY;
CREATE POLICY repatriation_tasks_visible ON repatriation_tasks USING (EXISTS (SELECT 1 FROM repatriations r WHERE r.id = repatriation_id));
-- A member reads their organisation's notifications; either side of a case may ring the other's.
ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
CREATE POLICY notifications_own ON notifications USING (organisation_id = (SELECT tumar_org())) WITH CHECK (organisation_id = (SELECT tumar_org()));
CREATE POLICY notifications_to_other_side ON notifications FOR INSERT WITH CHECK (EXISTS (
  SELECT 1 FROM repatriations r WHERE r.id = repatriation_id AND organisation_id IN (r.sending_organisation_id, r.receiving_organisation_id)
));

-- ---------------------------------------------------------------------------------------------
-- The two questions the network may ask across organisations, answered by functions that run
-- as the table owner and return no more than the question needs.

-- Is this person perhaps registered already, anywhere? Ids and owning organisations of records
-- with the same document-number hash, or with the same birth date and every query word and
-- initial in their folded name key (the caller then shows only the organisation's name).
CREATE FUNCTION network_duplicate_candidates(p_document_hash text, p_words text[], p_initials text[], p_birth_date date)
RETURNS TABLE (victim_id uuid, organisation_id uuid, reason text)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
SET pg_trgm.word_similarity_threshold = 0.45
AS $$
  (SELECT v.id, v.organisation_id, 'document' FROM victims v
    WHERE p_document_hash IS NOT NULL AND v.document_number_hash = p_document_hash
    LIMIT 20)
  UNION ALL
  (SELECT v.id, v.organisation_id, 'name_and_birth_date' FROM victim_search_keys k JOIN victims v ON v.id = k.victim_id
    WHERE p_birth_date IS NOT NULL AND v.birth_date = p_birth_date
      AND cardinality(p_words) + cardinality(p_initials) > 0
      AND (cardinality(p_words) = 0 OR p_words[1] <% k.key)
      AND NOT EXISTS (SELECT 1 FROM unnest(p_words) w WHERE NOT (w <% k.key))
      AND NOT EXISTS (SELECT 1 FROM unnest(p_initials) i WHERE k.key !~ ('(^| )' || i))
    LIMIT 50)
$$;

-- Beds in use per shelter (occupied, held by an accepted placement request), for the network's
-- availability list: counts only, never who.
CREATE FUNCTION shelter_beds_in_use(p_shelter_ids uuid[])
RETURNS TABLE (shelter_id uuid, occupied bigint, held bigint)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
  SELECT s.id,
    (SELECT count(*) FROM shelter_stays st WHERE st.shelter_id = s.id AND st.discharged_at IS NULL),
    (SELECT count(*) FROM placement_requests p WHERE p.shelter_id = s.id AND p.status = 'ACCEPTED' AND p.hold_until > now())
  FROM shelters s WHERE s.id = ANY (p_shelter_ids)
$$;

REVOKE ALL ON FUNCTION network_duplicate_candidates(text, text[], text[], date) FROM PUBLIC;
REVOKE ALL ON FUNCTION shelter_beds_in_use(uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION network_duplicate_candidates(text, text[], text[], date) TO tumar_app;
GRANT EXECUTE ON FUNCTION shelter_beds_in_use(uuid[]) TO tumar_app;
