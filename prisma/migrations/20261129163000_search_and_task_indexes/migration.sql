-- Name search through the trigram index. Row-level security lets PostgreSQL use an operator inside
-- an index scan only when the operator is LEAKPROOF, and pg_trgm's `<%` is not: under the app's
-- role the search read and scored every search key of the organisation (20 ms at 3,000 people,
-- growing with them). This function runs as the owner, so the GIN index finds the candidates, and
-- applies the table's policy itself (an organisation sees its own keys only: the same rows the
-- policy lets tumar_app read), returning ids only. The caller narrows further and loads the
-- records under row-level security as before.
CREATE FUNCTION search_victim_keys(p_words text[], p_initials text[], p_organisation_ids uuid[], p_extra_ids uuid[], p_limit integer)
RETURNS TABLE (victim_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp
SET pg_trgm.word_similarity_threshold = 0.45
AS $$
  SELECT k.victim_id FROM victim_search_keys k
  WHERE k.organisation_id = tumar_org()
    AND (k.organisation_id = ANY (p_organisation_ids) OR k.victim_id = ANY (p_extra_ids))
    AND (cardinality(p_words) = 0 OR p_words[1] <% k.key)
    AND NOT EXISTS (SELECT 1 FROM unnest(p_words) w WHERE NOT (w <% k.key))
    AND NOT EXISTS (SELECT 1 FROM unnest(p_initials) i WHERE k.key !~ ('(^| )' || i))
  ORDER BY (SELECT coalesce(sum(word_similarity(w, k.key)), 0) FROM unnest(p_words) w) DESC, k.victim_id
  LIMIT least(greatest(p_limit, 0), 1000)
$$;
REVOKE ALL ON FUNCTION search_victim_keys(text[], text[], uuid[], uuid[], integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION search_victim_keys(text[], text[], uuid[], uuid[], integer) TO tumar_app;

-- Overdue repatriation tasks (the bell, the board's badges) are the open ones past their date:
-- a few thousand in the network against 150,000 tasks, most of them done. The index on due_on
-- alone made every count read all tasks due before today.
CREATE INDEX repatriation_tasks_open_due_on_idx ON repatriation_tasks (due_on, repatriation_id) WHERE done_on IS NULL;
