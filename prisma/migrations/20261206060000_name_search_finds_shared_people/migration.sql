-- Name search found only the organisation's own people: the function's first condition kept
-- every key to the caller's organisation, so a person shared with it by a live grant (a referral,
-- a repatriation) whose names the grant shows could be opened from the list but never found by
-- name. Shared people count now, each one only while a live grant names the caller's
-- organisation (checked here as well as by the caller: the function runs as its owner, outside
-- row-level security, so it must not trust the ids it is handed).
CREATE OR REPLACE FUNCTION search_victim_keys(p_words text[], p_initials text[], p_organisation_ids uuid[], p_extra_ids uuid[], p_limit integer)
RETURNS TABLE (victim_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
SET pg_trgm.word_similarity_threshold = 0.45
AS $$
  SELECT k.victim_id FROM victim_search_keys k
  WHERE (
      (k.organisation_id = tumar_org() AND k.organisation_id = ANY (p_organisation_ids))
      OR (k.victim_id = ANY (p_extra_ids) AND tumar_shared('VICTIM', k.victim_id))
    )
    AND (cardinality(p_words) = 0 OR p_words[1] <% k.key)
    AND NOT EXISTS (SELECT 1 FROM unnest(p_words) w WHERE NOT (w <% k.key))
    AND NOT EXISTS (SELECT 1 FROM unnest(p_initials) i WHERE k.key !~ ('(^| )' || i))
  ORDER BY (SELECT coalesce(sum(word_similarity(w, k.key)), 0) FROM unnest(p_words) w) DESC, k.victim_id
  LIMIT least(greatest(p_limit, 0), 1000)
$$;
