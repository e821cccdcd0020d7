// Row-level security on real PostgreSQL, through the app's own role: the database, not only the
// code above it, keeps each organisation's case data to itself and to those it shares with.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { db as unscoped, dbFor, UNSCOPED_MODELS } from "@/lib/db";
import { db as owner } from "@/tests/support/prisma";
import { callInput, createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { registerVictim } from "@/lib/victims/mutations";
import { registerVictimSchema } from "@/lib/victims/schema";
import { createAccessGrant, revokeAccessGrant } from "@/lib/access/mutations";
import { createHotlineCall } from "@/lib/hotline/mutations";
import type { OrgScope } from "@/lib/roles/scope";

async function twoOrganisations() {
  const a = await createOrganisation("rls-a");
  const b = await createOrganisation("rls-b");
  const aScope = scopeOf(
    await createUser({ organisationId: a.id, role: "COORDINATOR" }),
    "COORDINATOR",
    a.id,
  ) as OrgScope;
  const bScope = scopeOf(
    await createUser({ organisationId: b.id, role: "COORDINATOR" }),
    "COORDINATOR",
    b.id,
  ) as OrgScope;
  const { id: victimId } = await registerVictim(
    aScope,
    registerVictimSchema.parse({
      givenName: "Гульнора",
      familyName: "Рахимова",
      sex: "FEMALE",
      estimatedAge: 31,
      citizenships: ["UZ"],
      identifiedOn: "2026-05-01",
      identifiedBy: "NGO_OUTREACH",
    }),
  );
  const call = await createHotlineCall(aScope, callInput(), { source: "intake", defaultCountry: "UZ" });
  return { a, b, aScope, bScope, victimId, callId: call.id };
}

// Tables that carry an organisation or a case link but are deliberately outside the policies:
// memberships (read at sign-in, before any organisation is chosen) and the audit trail (ids only,
// insert-only for the app; read by ORG_ADMINs through lib/audit's scoped filter).
const OUTSIDE_POLICIES = ["audit_events", "memberships"];

describe("row-level security", () => {
  it("runs the app as a role that is no superuser, cannot bypass the policies and owns no table", async () => {
    const [role] = await unscoped.$queryRaw<{ name: string; superuser: boolean; bypass: boolean; owned: number }[]>`
      SELECT current_user AS name, r.rolsuper AS superuser, r.rolbypassrls AS bypass,
        (SELECT count(*)::int FROM pg_tables t WHERE t.schemaname = 'public' AND t.tableowner = current_user) AS owned
      FROM pg_roles r WHERE r.rolname = current_user`;
    expect(role).toEqual({ name: "tumar_app", superuser: false, bypass: false, owned: 0 });
  });

  it("covers every table that holds an organisation's or a case's rows", async () => {
    const tables = await owner.$queryRaw<{ name: string; rls: boolean }[]>`
      SELECT c.relname AS name, c.relrowsecurity AS rls
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND EXISTS (
        SELECT 1 FROM information_schema.columns col
        WHERE col.table_schema = 'public' AND col.table_name = c.relname
          AND (col.column_name LIKE '%organisation_id' OR col.column_name IN ('victim_id', 'repatriation_id', 'shelter_id', 'stay_id')))`;
    expect(tables.length).toBeGreaterThan(20);
    expect(
      tables
        .filter((t) => !t.rls)
        .map((t) => t.name)
        .sort(),
    ).toEqual(OUTSIDE_POLICIES);
  });

  it("reads the organisation once per statement in every policy that checks rows (not once per row)", async () => {
    // tumar_org() reads the statement's text: called per row it cost 34 ms on 364 shared people
    // (migration 20261207210000). A policy passes `(SELECT tumar_org())`, evaluated once.
    const policies = await owner.$queryRaw<{ name: string; text: string }[]>`
      SELECT tablename || '.' || policyname AS name, coalesce(qual, '') || ' ' || coalesce(with_check, '') AS text
      FROM pg_policies WHERE schemaname = 'public'`;
    expect(policies.length).toBeGreaterThan(40);
    const perRow = policies.filter(({ name, text }) => {
      const once = text.replaceAll("( SELECT tumar_org() AS tumar_org)", "ORG");
      // A new grant is one row: its check may use the functions that read the organisation themselves.
      if (name === "access_grants.access_grants_insert") return false;
      return /tumar_org\(\)|tumar_shared\([^,()]+,[^,()]+\)|tumar_own_shelter\([^,()]+\)|tumar_(shared_field|perpetrator_shared)\([^,()]+,[^,()]+\)|tumar_labour_claim_shared\([^,()]+\)/.test(
        once,
      );
    });
    expect(perRow.map((p) => p.name)).toEqual([]);
  });

  it("lets exactly the tables without policies skip the organisation's transaction", async () => {
    const tables = await owner.$queryRaw<{ name: string }[]>`
      SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT c.relrowsecurity AND c.relname <> '_prisma_migrations'`;
    // Prisma model names map to snake_case plural table names (@@map in prisma/models).
    const tableOf = (model: string) =>
      model
        .replace(/([a-z])([A-Z])/g, "$1_$2")
        .toLowerCase()
        .replace(/y$/, "ie") + "s";
    expect([...UNSCOPED_MODELS].map(tableOf).sort()).toEqual(tables.map((t) => t.name).sort());
  });

  it("finds nothing and writes nothing for a query that forgot its scope", async () => {
    const { a, victimId, callId } = await twoOrganisations();
    expect(await owner.victim.count({ where: { id: victimId } })).toBe(1);
    expect(await unscoped.victim.count({ where: { id: victimId } })).toBe(0);
    expect(await unscoped.hotlineCall.findFirst({ where: { id: callId } })).toBeNull();
    expect(await unscoped.$queryRaw`SELECT id FROM victims WHERE organisation_id = ${a.id}::uuid`).toEqual([]);
    expect(
      await unscoped.$queryRaw`SELECT victim_id FROM victim_search_keys WHERE organisation_id = ${a.id}::uuid`,
    ).toEqual([]);
    await expect(
      unscoped.caseNote.create({
        data: {
          victimId,
          authorId: (await owner.user.findFirstOrThrow({ where: { memberships: { some: { organisationId: a.id } } } }))
            .id,
          textEncrypted: "x",
          occurredOn: new Date(),
        },
      }),
    ).rejects.toThrow(/row-level security/);
    expect(await unscoped.victim.updateMany({ where: { id: victimId }, data: { status: "CLOSED" } })).toEqual({
      count: 0,
    });
    expect((await owner.victim.findFirstOrThrow({ where: { id: victimId } })).status).not.toBe("CLOSED");
  });

  it("hides one organisation's rows from another even when it asks by id or writes its id", async () => {
    const { a, bScope, victimId, callId } = await twoOrganisations();
    const b = dbFor(bScope);
    expect(await b.victim.findFirst({ where: { id: victimId } })).toBeNull();
    expect(await b.hotlineCall.findFirst({ where: { id: callId } })).toBeNull();
    expect(await b.$queryRaw`SELECT count(*)::int AS n FROM victims WHERE organisation_id = ${a.id}::uuid`).toEqual([
      { n: 0 },
    ]);
    expect(await b.victim.deleteMany({ where: { id: victimId } })).toEqual({ count: 0 });
    await expect(b.caseNumberCounter.create({ data: { organisationId: a.id, year: 1999, last: 1 } })).rejects.toThrow(
      /row-level security/,
    );
    expect(await owner.victim.count({ where: { id: victimId } })).toBe(1);
  });

  it("lets the owner-run name search find only the caller's own organisation's keys, whatever it is asked", async () => {
    const { a, aScope, bScope, victimId } = await twoOrganisations();
    const search = (scope: OrgScope) =>
      dbFor(scope).$queryRaw<
        { victim_id: string }[]
      >`SELECT victim_id FROM search_victim_keys(${["gulnora"]}::text[], ${[]}::text[], ${[a.id]}::uuid[], ${[victimId]}::uuid[], 10)`;
    expect((await search(aScope)).map((r) => r.victim_id)).toEqual([victimId]);
    // Organisation B names A and the record in the narrowing parameters: the function keeps to B's keys.
    expect(await search(bScope)).toEqual([]);
    // Without an organisation set (the unscoped client) it finds nothing at all.
    expect(
      await unscoped.$queryRaw`SELECT victim_id FROM search_victim_keys(${["gulnora"]}::text[], ${[]}::text[], ${[a.id]}::uuid[], ${[victimId]}::uuid[], 10)`,
    ).toEqual([]);
  });

  it("opens a record to the grantee while a grant lives, and closes it when revoked", async () => {
    const { a, aScope, bScope, victimId, callId } = await twoOrganisations();
    await owner.callPerson.create({ data: { callId, victimId, how: "LINKED", linkedById: aScope.userId } });
    const grant = await createAccessGrant(
      aScope,
      { type: "VICTIM", id: victimId, ownerOrganisationId: a.id },
      { granteeOrganisationId: bScope.organisationId, scope: "MINIMAL", fields: [], reason: "test" },
    );
    const b = dbFor(bScope);
    expect(await b.victim.count({ where: { id: victimId } })).toBe(1);
    // A call linked to the person stays with the organisation that took it.
    expect(await b.hotlineCall.count({ where: { id: callId } })).toBe(0);
    expect(await b.callPerson.count({ where: { victimId } })).toBe(0);
    // Reading is shared; writing stays the owner's.
    expect(await b.victim.updateMany({ where: { id: victimId }, data: { status: "CLOSED" } })).toEqual({ count: 0 });
    await revokeAccessGrant(aScope, grant.id);
    expect(await b.victim.count({ where: { id: victimId } })).toBe(0);
    expect(await b.hotlineCall.count({ where: { id: callId } })).toBe(0);
  });

  it("keeps interleaved requests of two organisations apart, in and out of transactions", async () => {
    const first = await twoOrganisations();
    const second = await twoOrganisations();
    const scopes = [first.aScope, first.bScope, second.aScope, second.bScope];
    const seen = await Promise.all(
      Array.from({ length: 60 }, async (_, i) => {
        const scope = scopes[i % scopes.length]!;
        const client = dbFor(scope);
        const rows =
          i % 3 === 0
            ? await client.$transaction(async (tx) => [
                ...(await tx.victim.findMany({ select: { organisationId: true } })),
                ...(await tx.hotlineCall.findMany({ select: { organisationId: true } })),
              ])
            : [
                ...(await client.victim.findMany({ select: { organisationId: true } })),
                ...(await client.hotlineCall.findMany({ select: { organisationId: true } })),
              ];
        return { organisationId: scope.organisationId, owners: new Set(rows.map((r) => r.organisationId)) };
      }),
    );
    for (const { organisationId, owners } of seen) expect([...owners].filter((o) => o !== organisationId)).toEqual([]);
    expect(seen.filter((s) => s.owners.size > 0).length).toBeGreaterThanOrEqual(30);
  });

  // Decision 0035: the organisation travels in each statement; nothing a connection served before
  // may carry over to the next query on it, of another organisation, of none, or in a transaction.
  it("a connection that served one organisation serves the next query of another, of none, or a transaction, without its rows", async () => {
    const { a, aScope, bScope, victimId } = await twoOrganisations();
    for (let round = 0; round < 5; round++) {
      // One after another, so the pool hands back the connection the last query released.
      expect(await dbFor(aScope).victim.count({ where: { id: victimId } })).toBe(1);
      expect(await unscoped.victim.count({ where: { id: victimId } })).toBe(0);
      expect(await dbFor(aScope).victim.count({ where: { id: victimId } })).toBe(1);
      expect(await dbFor(bScope).victim.count({ where: { id: victimId } })).toBe(0);
      expect(await dbFor(aScope).victim.count({ where: { id: victimId } })).toBe(1);
      expect(await unscoped.$transaction(async (tx) => tx.victim.count({ where: { organisationId: a.id } }))).toBe(0);
      expect(await dbFor(aScope).victim.count({ where: { id: victimId } })).toBe(1);
      expect(
        await unscoped.$transaction(async (tx) => tx.victim.count({ where: { organisationId: a.id } }), {
          isolationLevel: "Serializable",
        }),
      ).toBe(0);
      expect(await dbFor(aScope).victim.count({ where: { id: victimId } })).toBe(1);
      expect(
        await dbFor(bScope).$transaction(async (tx) => tx.victim.count({ where: { id: victimId } }), {
          isolationLevel: "Serializable",
        }),
      ).toBe(0);
      expect(await dbFor(aScope).$transaction(async (tx) => tx.victim.count({ where: { id: victimId } }))).toBe(1);
      // After a transaction the connection's own setting is back, and still checked per query.
      expect(await dbFor(bScope).victim.count({ where: { id: victimId } })).toBe(0);
      expect(await unscoped.$queryRaw`SELECT id FROM victims WHERE id = ${victimId}::uuid`).toEqual([]);
    }
  });

  // The scoped client begins its transactions in the organisation's context (lib/db.ts,
  // withScopedBegin), so the BEGIN carries the organisation; the callback itself stays outside it.
  it("a scoped transaction sees its organisation's rows, while an unscoped query inside its callback still sees none", async () => {
    const { a, aScope, bScope, victimId } = await twoOrganisations();
    const [inside, unscopedInside, setting] = await dbFor(aScope).$transaction(async (tx) => [
      await tx.victim.count({ where: { id: victimId } }),
      await unscoped.victim.count({ where: { organisationId: a.id } }),
      await tx.$queryRaw<{ org: string }[]>`SELECT current_setting('tumar.organisation_id', true) AS org`,
    ]);
    expect(inside).toBe(1);
    expect(unscopedInside).toBe(0);
    expect(setting).toEqual([{ org: a.id }]);
    expect(await dbFor(bScope).$transaction(async (tx) => tx.victim.count({ where: { id: victimId } }))).toBe(0);
    // The batch form too.
    expect(await dbFor(aScope).$transaction([dbFor(aScope).victim.count({ where: { id: victimId } })])).toEqual([1]);
    expect(await dbFor(bScope).$transaction([dbFor(bScope).victim.count({ where: { id: victimId } })])).toEqual([0]);
  });

  it("a failed query does not leave a connection's organisation behind for the next caller", async () => {
    const { a, aScope, victimId } = await twoOrganisations();
    await expect(dbFor(aScope).$queryRaw`SELECT 1/0`).rejects.toThrow();
    expect(await unscoped.victim.count({ where: { organisationId: a.id } })).toBe(0);
    await expect(dbFor(aScope).$transaction(async (tx) => tx.$queryRaw`SELECT 1/0`)).rejects.toThrow();
    expect(await unscoped.victim.count({ where: { organisationId: a.id } })).toBe(0);
    expect(await dbFor(aScope).victim.count({ where: { id: victimId } })).toBe(1);
  });

  // What a pooler in transaction mode does: one server connection serves statements of different
  // clients, and a session setting someone left on it stays. A marked statement sees its own
  // organisation whatever the connection carries; only its start counts.
  it("a statement marked with its organisation sees that one's rows on any connection, whatever setting it carries", async () => {
    const { a, b, victimId } = await twoOrganisations();
    const client = new pg.Client({ connectionString: env().DATABASE_URL });
    await client.connect();
    try {
      const count = async (sql: string) => Number((await client.query<{ n: string }>(sql, [victimId])).rows[0]!.n);
      const select = "SELECT count(*) AS n FROM victims WHERE id = $1";
      await client.query("SELECT set_config('tumar.organisation_id', $1, false)", [a.id]);
      expect(await count(select)).toBe(1); // the setting, where no statement names one
      expect(await count(`/* tumar-org:${b.id} */ ${select}`)).toBe(0);
      await client.query("SELECT set_config('tumar.organisation_id', $1, false)", [b.id]);
      expect(await count(`/* tumar-org:${a.id} */ ${select}`)).toBe(1);
      // A comment anywhere but at the start names nothing.
      expect(await count(`${select} /* tumar-org:${a.id} */`)).toBe(0);
      expect(await count(` /* tumar-org:${a.id} */ ${select}`)).toBe(0);
      await client.query("SELECT set_config('tumar.organisation_id', '', false)");
      expect(await count(select)).toBe(0);
    } finally {
      await client.end();
    }
  });
});
