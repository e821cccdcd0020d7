// Bulk rows for benchmarks, written by the owner with set-based SQL (fast, no Prisma): hotline
// calls spread back in time with a mix of topics, and people. Placeholder text, no real names.
import type pg from "pg";

export async function addCalls(owner: pg.Client, organisationId: string, operatorId: string, count: number) {
  await owner.query(
    `INSERT INTO hotline_calls (id, organisation_id, operator_id, received_at, call_type, topics, urgency, channel, updated_at)
     SELECT gen_random_uuid(), $1, $2, now() - (i * interval '17 minutes'), 'DATA',
       ARRAY[(ARRAY['JOB_OFFER_CHECK','WAGE_THEFT','LABOUR_EXPLOITATION','SEXUAL_EXPLOITATION'])[1 + i % 4]]::"CallTopic"[],
       (ARRAY['NON_CRITICAL','URGENT'])[1 + i % 2]::"Urgency", 'PHONE', now()
     FROM generate_series(1, $3) i`,
    [organisationId, operatorId, count],
  );
}

export async function addVictims(owner: pg.Client, organisationId: string, createdById: string, count: number) {
  await owner.query(
    `INSERT INTO victims (id, organisation_id, case_number, identified_on, identified_by, given_name, family_name, created_by_id, created_at, updated_at)
     SELECT gen_random_uuid(), $1::uuid, 'BENCH-' || left($1::uuid::text, 8) || '-' || i, current_date, 'HOTLINE', 'Name' || i, 'Family' || i, $2,
       now() - (i * interval '1 hour'), now()
     FROM generate_series(1, $3) i`,
    [organisationId, createdById, count],
  );
}
