-- The row-level policies read the organisation once per statement, not once per row (issue 22).
--
-- tumar_shared(), tumar_own_shelter(), tumar_shared_field(), tumar_perpetrator_shared() and
-- tumar_labour_claim_shared() called tumar_org() inside, once for every row a policy checks;
-- tumar_org() reads the organisation from the statement's text (decision 0035), so each call
-- copied the text of the statement.
-- The policies now pass `(SELECT tumar_org())`, which PostgreSQL evaluates once per statement (an
-- init plan), into overloads that take the organisation as an argument.
--
-- The overloads are SECURITY DEFINER: run as the tables' owner, their reads of access_grants,
-- shelters and labour_claim_people are not themselves filtered by those tables' policies, whose
-- own `(SELECT tumar_org())` would otherwise be evaluated again on every call, i.e. per row. They
-- filter by the organisation passed, which every policy passes as tumar_org(): what each policy
-- allows is unchanged. Called directly, with another organisation's id, one answers whether that
-- organisation holds a grant or a shelter: nothing the app's role cannot already learn, since it
-- sets the organisation of its own statements (row-level security guards against the app's
-- mistakes, not against its role). Tables are named with their schema, so that no object made in
-- another schema (pg_temp) can stand in for them; no search_path is set, as a SET clause would cost
-- a save and restore of settings on every call.
--
-- Measured on the scaled network (100,000 people, one organisation with 364 people shared with
-- it), over several runs: reading those 364 took 35-70 ms of policy checks, now 6-15 ms;
-- counting every person the organisation may see, 1.1-2.8 s, now 0.6-0.8 s. (Written inline in
-- the policy, the grant's check would be faster still, but PostgreSQL refuses it: the grants'
-- insert policy reads people, and policies that read each other's tables inline are refused as
-- recursive.)

-- The one-argument functions stay for the check that still calls them (the grants' insert policy:
-- one new row at a time); they answer the same.

CREATE FUNCTION tumar_shared(p_type "RecordType", p_id uuid, p_org uuid) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER AS $$
  SELECT EXISTS (
    SELECT 1 FROM public.access_grants g
    WHERE g.record_type = p_type AND g.record_id = p_id AND g.grantee_organisation_id = p_org
      AND g.revoked_at IS NULL AND (g.expires_at IS NULL OR g.expires_at > now())
  )
$$;

CREATE FUNCTION tumar_own_shelter(p_shelter uuid, p_org uuid) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER AS $$
  SELECT EXISTS (SELECT 1 FROM public.shelters s WHERE s.id = p_shelter AND s.organisation_id = p_org)
$$;

CREATE FUNCTION tumar_shared_field(p_victim uuid, p_field text, p_org uuid) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER AS $$
  SELECT EXISTS (
    SELECT 1 FROM public.access_grants g
    WHERE g.record_type = 'VICTIM' AND g.record_id = p_victim AND g.grantee_organisation_id = p_org
      AND g.revoked_at IS NULL AND (g.expires_at IS NULL OR g.expires_at > now())
      AND p_field = ANY (g.fields)
  )
$$;

CREATE FUNCTION tumar_perpetrator_shared(p_id uuid, p_identifiers boolean, p_org uuid) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER AS $$
  SELECT EXISTS (
    SELECT 1 FROM public.access_grants g JOIN public.access_grants parent ON parent.id = g.parent_grant_id
    WHERE g.record_type::text = 'PERPETRATOR' AND g.record_id = p_id AND g.grantee_organisation_id = p_org
      AND g.revoked_at IS NULL AND (g.expires_at IS NULL OR g.expires_at > now())
      AND parent.revoked_at IS NULL AND (parent.expires_at IS NULL OR parent.expires_at > now())
      AND (NOT p_identifiers OR g.scope = 'FULL')
  )
$$;

CREATE FUNCTION tumar_labour_claim_shared(p_claim uuid, p_org uuid) RETURNS boolean LANGUAGE plpgsql STABLE PARALLEL SAFE SECURITY DEFINER AS $$
BEGIN
  -- plpgsql, as the one-argument function is: the policies of labour_claims and
  -- labour_claim_people each read the other, and must not expand inline.
  RETURN EXISTS (SELECT 1 FROM public.labour_claim_people p
    WHERE p.claim_id = p_claim AND public.tumar_shared_field(p.victim_id, 'labourClaims', p_org));
END
$$;

-- People: own, or shared with us by a live grant.
ALTER POLICY victims_read ON victims USING (
  organisation_id = (SELECT tumar_org()) OR tumar_shared('VICTIM', id, (SELECT tumar_org()))
);

-- The shelters' directory and beds: any organisation of the network.
ALTER POLICY shelters_directory ON shelters USING ((SELECT tumar_org()) IS NOT NULL);
ALTER POLICY shelter_beds_read ON shelter_beds USING ((SELECT tumar_org()) IS NOT NULL);

-- Shelters' rows: the shelter is ours.
ALTER POLICY shelter_beds_insert ON shelter_beds WITH CHECK (tumar_own_shelter(shelter_id, (SELECT tumar_org())));
ALTER POLICY shelter_beds_update ON shelter_beds
  USING (tumar_own_shelter(shelter_id, (SELECT tumar_org())))
  WITH CHECK (tumar_own_shelter(shelter_id, (SELECT tumar_org())));
ALTER POLICY shelter_beds_delete ON shelter_beds USING (tumar_own_shelter(shelter_id, (SELECT tumar_org())));
ALTER POLICY shelter_assignments_own ON shelter_assignments
  USING (tumar_own_shelter(shelter_id, (SELECT tumar_org())))
  WITH CHECK (tumar_own_shelter(shelter_id, (SELECT tumar_org())));
ALTER POLICY shelter_stays_read ON shelter_stays USING (
  tumar_own_shelter(shelter_id, (SELECT tumar_org()))
  OR EXISTS (SELECT 1 FROM victims v WHERE v.id = shelter_stays.victim_id)
);
ALTER POLICY shelter_stays_insert ON shelter_stays WITH CHECK (tumar_own_shelter(shelter_id, (SELECT tumar_org())));
ALTER POLICY shelter_stays_update ON shelter_stays
  USING (tumar_own_shelter(shelter_id, (SELECT tumar_org())))
  WITH CHECK (tumar_own_shelter(shelter_id, (SELECT tumar_org())));
ALTER POLICY shelter_stays_delete ON shelter_stays USING (tumar_own_shelter(shelter_id, (SELECT tumar_org())));
ALTER POLICY placement_requests_read ON placement_requests USING (
  from_organisation_id = (SELECT tumar_org()) OR tumar_own_shelter(shelter_id, (SELECT tumar_org()))
);
ALTER POLICY placement_requests_update ON placement_requests
  USING (from_organisation_id = (SELECT tumar_org()) OR tumar_own_shelter(shelter_id, (SELECT tumar_org())))
  WITH CHECK (from_organisation_id = (SELECT tumar_org()) OR tumar_own_shelter(shelter_id, (SELECT tumar_org())));
ALTER POLICY shelter_contacts_own ON shelter_contacts
  USING (tumar_own_shelter(shelter_id, (SELECT tumar_org())))
  WITH CHECK (tumar_own_shelter(shelter_id, (SELECT tumar_org())));

-- Perpetrators shared through a situation's grant.
ALTER POLICY perpetrators_shared ON perpetrators USING (tumar_perpetrator_shared(id, false, (SELECT tumar_org())));
ALTER POLICY perpetrator_identifiers_shared ON perpetrator_identifiers
  USING (tumar_perpetrator_shared(perpetrator_id, true, (SELECT tumar_org())));

-- A person's parts shared field by field.
ALTER POLICY labour_claims_read ON labour_claims USING (
  organisation_id = (SELECT tumar_org()) OR tumar_labour_claim_shared(id, (SELECT tumar_org()))
);
ALTER POLICY person_documents_read ON person_documents USING (
  organisation_id = (SELECT tumar_org()) OR tumar_shared_field(victim_id, 'documents', (SELECT tumar_org()))
);
ALTER POLICY legal_statuses_read ON legal_statuses USING (
  organisation_id = (SELECT tumar_org()) OR tumar_shared_field(victim_id, 'legalStatus', (SELECT tumar_org()))
);
ALTER POLICY legal_proceedings_read ON legal_proceedings USING (
  organisation_id = (SELECT tumar_org()) OR tumar_shared_field(victim_id, 'proceedings', (SELECT tumar_org()))
);
ALTER POLICY labour_claim_people_read ON labour_claim_people USING (
  organisation_id = (SELECT tumar_org()) OR tumar_shared_field(victim_id, 'labourClaims', (SELECT tumar_org()))
);
ALTER POLICY attachments_read ON attachments USING (
  organisation_id = (SELECT tumar_org())
  OR (victim_id IS NOT NULL AND (
    EXISTS (SELECT 1 FROM victims v WHERE v.id = attachments.victim_id AND v.organisation_id = (SELECT tumar_org()))
    OR tumar_shared_field(victim_id, 'documents', (SELECT tumar_org()))
  ))
);
