-- The hotline's month figures (calls per day and urgency, calls per topic) count one month of an
-- organisation's calls. Calls arrive interleaved with every other hotline's, so each of them sits
-- on its own table page: the busiest hotline's month (5,000 calls) read 5,000 pages, 25 ms on
-- every hotline list. This index carries what the figures and the row-level-security policy read
-- (urgency, voided_at, topics; victim_id for the policy's shared-person arm), so PostgreSQL counts
-- from the index alone (an index-only scan) once autovacuum has marked the pages visible.
CREATE INDEX hotline_calls_figures_idx ON hotline_calls (organisation_id, received_at) INCLUDE (urgency, voided_at, victim_id, topics);
