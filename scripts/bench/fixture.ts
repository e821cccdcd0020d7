// What the benchmark opens, chosen from the scaled database as its owner: the busiest hotline (the
// organisation with the most calls) and its staff, a person of theirs, a shelter with its board,
// the organisation receiving the most repatriations, a cursor deep in the hotline's list, and the
// year in which that organisation's situations are most numerous (for its figures).
import type pg from "pg";
import { encodeCursor } from "../../lib/keyset";
import { scaleEmail } from "../seed-scale/network";

export interface BenchFixture {
  hotline: { code: string; calls: number };
  emails: Record<
    "coordinator" | "operator" | "caseWorker" | "orgAdmin" | "analyst" | "shelterCoordinator" | "receivingCoordinator",
    string
  >;
  victimId: string;
  /** One person's name in its Latin and its Cyrillic spelling, to search for. */
  names: { latin: string; cyrillic: string };
  shelterId: string;
  deepCursor: string;
  /** The busiest hotline's year with the most situations (as the figures place them). */
  situationsYear: number;
  size: {
    calls: number;
    victims: number;
    stays: number;
    repatriations: number;
    situations: number;
    auditEvents: number;
  };
}

const firstOf = (role: string, code: string) => scaleEmail(role, 1, code);

export async function loadFixture(owner: pg.Pool): Promise<BenchFixture> {
  const one = async <T>(sql: string, params: unknown[] = []) => {
    const { rows } = await owner.query(sql, params);
    if (!rows[0]) throw new Error(`The scaled database has no row for: ${sql}`);
    return rows[0] as T;
  };
  const busiest = await one<{ id: string; code: string; calls: number }>(
    `SELECT o.id, o.code, c.n::int AS calls FROM (SELECT organisation_id, count(*) AS n FROM hotline_calls GROUP BY 1) c
     JOIN organisations o ON o.id = c.organisation_id WHERE o.code LIKE 'Z%' ORDER BY c.n DESC LIMIT 1`,
  );
  const person = await one<{ id: string; latin: string; cyrillic: string }>(
    `SELECT id, given_name_latin || ' ' || family_name_latin AS latin, given_name || ' ' || family_name AS cyrillic FROM victims
     WHERE organisation_id = $1 AND status = 'ACTIVE' AND given_name_latin <> '' ORDER BY case_number DESC LIMIT 1`,
    [busiest.id],
  );
  const shelter = await one<{ id: string; code: string }>(
    `SELECT s.id, o.code FROM shelters s JOIN organisations o ON o.id = s.organisation_id
     WHERE o.code LIKE 'Z%' ORDER BY s.capacity DESC, s.id LIMIT 1`,
  );
  const receiving = await one<{ code: string }>(
    `SELECT o.code FROM repatriations r JOIN organisations o ON o.id = r.receiving_organisation_id
     GROUP BY o.code ORDER BY count(*) DESC LIMIT 1`,
  );
  const deep = await one<{ at: Date; id: string }>(
    "SELECT received_at AS at, id FROM hotline_calls WHERE organisation_id = $1 ORDER BY received_at DESC, id DESC OFFSET $2 LIMIT 1",
    [busiest.id, Math.floor(busiest.calls * 0.8)],
  );
  // Any year when the organisation has none (a database seeded without situations): the page still renders.
  const situations = await one<{ year: number }>(
    `SELECT coalesce(
       (SELECT extract(year FROM coalesce(started_on, created_at))::int FROM situations
         WHERE organisation_id = $1 GROUP BY 1 ORDER BY count(*) DESC, 1 DESC LIMIT 1),
       extract(year FROM now())::int) AS year`,
    [busiest.id],
  );
  const size = await one<BenchFixture["size"]>(
    `SELECT (SELECT count(*)::int FROM hotline_calls) AS calls, (SELECT count(*)::int FROM victims) AS victims,
            (SELECT count(*)::int FROM shelter_stays) AS stays, (SELECT count(*)::int FROM repatriations) AS repatriations,
            (SELECT count(*)::int FROM situations) AS situations, (SELECT count(*)::int FROM audit_events) AS "auditEvents"`,
  );
  return {
    hotline: { code: busiest.code, calls: busiest.calls },
    emails: {
      coordinator: firstOf("coordinator", busiest.code),
      operator: firstOf("hotline_operator", busiest.code),
      caseWorker: firstOf("case_worker", busiest.code),
      orgAdmin: firstOf("org_admin", busiest.code),
      analyst: firstOf("analyst", busiest.code),
      shelterCoordinator: firstOf("coordinator", shelter.code),
      receivingCoordinator: firstOf("coordinator", receiving.code),
    },
    victimId: person.id,
    names: { latin: person.latin, cyrillic: person.cyrillic },
    shelterId: shelter.id,
    deepCursor: encodeCursor(deep),
    situationsYear: situations.year,
    size,
  };
}
