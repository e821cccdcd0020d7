-- Hotline calls stay with the organisation that took them (issue 14, finding 2). Until now a call
-- linked to a person's record was also readable wherever that person was shared, so a partner
-- read the call's summary and the caller's region whatever fields its grant named. A partner now
-- sees what its grant names on the person's record, never the call.
DROP POLICY hotline_calls_read ON hotline_calls;
CREATE POLICY hotline_calls_read ON hotline_calls FOR SELECT USING (organisation_id = (SELECT tumar_org()));
