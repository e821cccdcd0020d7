import { describe, expect, it } from "vitest";
import type { SqlQuery, SqlResultSet } from "@prisma/driver-adapter-utils";
import { readsNoRow, readUnlessNoRow } from "./no-row-reads";

// Statements Prisma sent for the victim record page (the benchmark's recording).
const users = `SELECT "public"."users"."id", "public"."users"."name" FROM "public"."users" WHERE "public"."users"."id" IN (NULL) OFFSET $1`;
const hearings = `SELECT "public"."proceeding_hearings"."id", "public"."proceeding_hearings"."kind"::text, "public"."proceeding_hearings"."proceeding_id" FROM "public"."proceeding_hearings" WHERE "public"."proceeding_hearings"."proceeding_id" IN (NULL) ORDER BY "public"."proceeding_hearings"."held_on" ASC, "public"."proceeding_hearings"."id" DESC OFFSET $1`;
const claimPeople = `SELECT "public"."labour_claim_people"."claim_id", "public"."labour_claim_people"."roles"::text[] FROM "public"."labour_claim_people" WHERE (1=1 AND "public"."labour_claim_people"."claim_id" IN (NULL)) ORDER BY "public"."labour_claim_people"."claim_id" ASC OFFSET $1`;

describe("relation reads that no row can match", () => {
  it("are Prisma's relation reads whose only condition is `IN (NULL)`", () => {
    for (const sql of [users, hearings, claimPeople]) expect(readsNoRow(sql), sql).toBe(true);
  });

  it("are nothing else: keys to look up, another condition, NOT IN, a join, an aggregate, a write", () => {
    for (const sql of [
      users.replace("IN (NULL)", "IN ($2)"),
      users.replace("IN (NULL)", "IN (NULL,$2)"),
      users.replace(
        `WHERE "public"."users"."id" IN (NULL)`,
        `WHERE ("public"."users"."id" IN (NULL) OR "public"."users"."active" = $2)`,
      ),
      users.replace(`"public"."users"."id" IN (NULL)`, `"public"."users"."id" NOT IN (NULL)`),
      users.replace(" OFFSET $1", ` AND "public"."users"."active" = $2 OFFSET $1`),
      users.replace(
        `FROM "public"."users"`,
        `FROM "public"."users" LEFT JOIN "public"."memberships" AS "j0" ON ("j0"."user_id") = ("public"."users"."id")`,
      ),
      `SELECT COUNT(*) FROM "public"."users" WHERE "public"."users"."id" IN (NULL) OFFSET $1`,
      `DELETE FROM "public"."users" WHERE "public"."users"."id" IN (NULL)`,
      `/* tumar-org:x */ ${users}`,
    ])
      expect(readsNoRow(sql), sql).toBe(false);
  });

  it("run once for their columns, then are answered with no rows in the same columns without being sent", async () => {
    const sent: string[] = [];
    const read = async (query: SqlQuery): Promise<SqlResultSet> => {
      sent.push(query.sql);
      return { columnNames: ["id", "name"], columnTypes: [7, 7] as SqlResultSet["columnTypes"], rows: [] };
    };
    const query = (sql: string): SqlQuery => ({ sql, args: [0], argTypes: [] as SqlQuery["argTypes"] });
    const first = await readUnlessNoRow(query(users), read);
    const second = await readUnlessNoRow(query(users), read);
    expect(sent).toEqual([users]);
    expect(second).toEqual(first);
    expect(second.rows).toEqual([]);
    // Any other statement is always sent.
    const other = users.replace("IN (NULL)", "IN ($2)");
    await readUnlessNoRow(query(other), read);
    await readUnlessNoRow(query(other), read);
    expect(sent).toEqual([users, other, other]);
  });
});
