// The audit trail on real PostgreSQL: chained by the database under concurrency, insert-only,
// and a verification that names the first altered or removed event.
import { describe, expect, it } from "vitest";
import pg from "pg";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { appendAudit } from "./mutations";
import { verifyAuditChains } from "./verify";

async function withClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: env().DATABASE_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function chainOf(organisationId: string) {
  return db.auditEvent.findMany({ where: { organisationId }, orderBy: { chainSeq: "asc" }, select: { id: true, chainSeq: true, prevHash: true, hash: true } });
}

describe("audit hash chain", () => {
  it("links every event of an organisation, also when twenty are written at once", async () => {
    const org = await createOrganisation("audit");
    const scope = scopeOf(await createUser({ organisationId: org.id, role: "COORDINATOR" }), "COORDINATOR", org.id);
    await Promise.all(Array.from({ length: 20 }, (_, i) => db.$transaction((tx) => appendAudit(tx, scope, { action: "test.concurrent", details: { i } }))));
    const chain = await chainOf(org.id);
    expect(chain.length).toBeGreaterThanOrEqual(20);
    chain.forEach((event, index) => {
      expect(event.chainSeq).toBe(BigInt(index + 1));
      expect(event.prevHash).toBe(index === 0 ? null : chain[index - 1]!.hash);
      expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
    });
    const report = await withClient((client) => verifyAuditChains(client));
    expect(report.broken.filter((b) => b.organisationId === org.id)).toEqual([]);
  });

  it("refuses to change or remove an event", async () => {
    const org = await createOrganisation("audit");
    const scope = scopeOf(await createUser({ organisationId: org.id, role: "COORDINATOR" }), "COORDINATOR", org.id);
    await db.$transaction((tx) => appendAudit(tx, scope, { action: "test.immutable" }));
    const [event] = await chainOf(org.id);
    await withClient(async (client) => {
      await expect(client.query("UPDATE audit_events SET action = 'test.rewritten' WHERE id = $1", [event!.id])).rejects.toThrow(/insert-only/);
      await expect(client.query("DELETE FROM audit_events WHERE id = $1", [event!.id])).rejects.toThrow(/insert-only/);
    });
  });

  it("names the first altered event, and the gap a removed one leaves", async () => {
    const org = await createOrganisation("audit");
    const scope = scopeOf(await createUser({ organisationId: org.id, role: "COORDINATOR" }), "COORDINATOR", org.id);
    for (let i = 0; i < 5; i++) await db.$transaction((tx) => appendAudit(tx, scope, { action: "test.sequence", details: { i } }));
    const chain = await chainOf(org.id);
    // Someone with the table owner's rights switches the guard off to rewrite history.
    const tamper = (sql: string, id: bigint) =>
      withClient(async (client) => {
        await client.query("BEGIN");
        await client.query("ALTER TABLE audit_events DISABLE TRIGGER audit_events_insert_only");
        await client.query(sql, [id]);
        await client.query("ALTER TABLE audit_events ENABLE TRIGGER audit_events_insert_only");
        await client.query("COMMIT");
      });
    const brokenFor = async () => (await withClient((client) => verifyAuditChains(client))).broken.filter((b) => b.organisationId === org.id);

    await tamper("DELETE FROM audit_events WHERE id = $1", chain[3]!.id);
    expect(await brokenFor()).toEqual([{ organisationId: org.id, eventId: String(chain[4]!.id), chainSeq: "5", problem: "gap" }]);
    await tamper(`UPDATE audit_events SET details = '{"i": 99}' WHERE id = $1`, chain[1]!.id);
    expect(await brokenFor()).toEqual([{ organisationId: org.id, eventId: String(chain[1]!.id), chainSeq: "2", problem: "altered" }]);
  });
});
