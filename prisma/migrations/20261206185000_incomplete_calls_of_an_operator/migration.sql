-- The home page tells an operator how many of their calls are still incomplete. The calls of one
-- operator were found through (organisation_id, operator_id, received_at) and each one's status
-- read from its table page: 45 ms for an operator of the busiest hotline (10,000 calls), on every
-- visit to the home page (npm run bench, home page: operator). With the status in the index, the
-- count reads only the index entries of the operator's incomplete calls. Partial on voided_at
-- (a constant test the planner can prove); not on the status, which Prisma sends as a cast
-- parameter that a partial index's predicate cannot be proved against.
CREATE INDEX hotline_calls_operator_status_idx ON hotline_calls (organisation_id, operator_id, status)
  WHERE voided_at IS NULL;
