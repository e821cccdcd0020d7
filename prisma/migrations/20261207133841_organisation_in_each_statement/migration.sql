-- The organisation a statement acts for travels with the statement (decision 0035, issue 22).
--
-- Outside a transaction the app's scoped client starts each statement with a comment naming its
-- organisation (`/* tumar-org:<uuid> */ SELECT …`, lib/rls/org-scoped-adapter.ts). tumar_org() now
-- reads it from the text of the statement being run (current_query(): the top-level statement,
-- also inside functions and triggers it calls, and in parallel workers). A statement without it
-- falls back to the `tumar.organisation_id` setting, which transactions set for themselves
-- (`set_config(…, true)`) as before.
--
-- Why not a session setting kept per connection: a connection pooler in transaction mode
-- (PgBouncer) hands each statement outside a transaction to whichever server connection is free,
-- so a session setting made by one statement can be met by another client's next statement. A
-- comment in the statement cannot be separated from it, and a statement needs no set-up round
-- trip at all. The comment comes first and wins over a setting, so a setting left on a server
-- connection by someone else cannot change what a marked statement sees. Only the start of the
-- text counts: values are parameters, never part of the text, and nothing a user types can come
-- before the comment.
--
-- Read without a regular expression, from the text's first 52 characters: a policy can call this
-- once per row (inside tumar_shared() and the like), and a pattern over a whole statement of
-- several kilobytes costs more than the rest of the check (measured: the bed board's statements
-- took 200 ms this way against 105 ms for a plain setting, 120 ms as written here).
CREATE OR REPLACE FUNCTION tumar_org() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(
    (SELECT substr(head, 14, 36) FROM (SELECT left(current_query(), 52) AS head) AS statement
      WHERE left(head, 13) = '/* tumar-org:' AND substr(head, 50, 3) = ' */'),
    nullif(current_setting('tumar.organisation_id', true), '')
  )::uuid
$$;
