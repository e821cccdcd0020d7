// The audit trail on real PostgreSQL: chained by the database under concurrency, insert-only,
// and a verification that names the first altered or removed event.
import { describe, expect, it } from "vitest";
import pg from "pg";
import { db } from "@/tests/support/prisma";
import { env } from "@/lib/env";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { appendAudit } from "./mutations";
import { verifyAuditChains } from "./verify";

// The app's role (DATABASE_URL) and the table owner (what a migration or an intruder with the
// owner's password would use).
const asApp = env().DATABASE_URL;
const asOwner = process.env.MAINTENANCE_DATABASE_URL!;

async function withClient<T>(run: (client: pg.Client) => Promise<T>, url = asApp): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function chainOf(organisationId: string) {
  return db.auditEvent.findMany({
    where: { organisationId },
    orderBy: { chainSeq: "asc" },
    select: { id: true, chainSeq: true, prevHash: true, hash: true },
  });
}

describe("audit hash chain", () => {
  it("links every event of an organisation, also when twenty are written at once", async () => {
    const org = await createOrganisation("audit");
    const scope = scopeOf(await createUser({ organisationId: org.id, role: "COORDINATOR" }), "COORDINATOR", org.id);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.$transaction((tx) => appendAudit(tx, scope, { action: "test.concurrent", details: { i } })),
      ),
    );
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

  it("refuses to change or remove an event: the app's role has no right to, and the owner meets the guard", async () => {
    const org = await createOrganisation("audit");
    const scope = scopeOf(await createUser({ organisationId: org.id, role: "COORDINATOR" }), "COORDINATOR", org.id);
    await db.$transaction((tx) => appendAudit(tx, scope, { action: "test.immutable" }));
    const [event] = await chainOf(org.id);
    await withClient(async (client) => {
      await expect(
        client.query("UPDATE audit_events SET action = 'test.rewritten' WHERE id = $1", [event!.id]),
      ).rejects.toThrow(/permission denied/);
      await expect(client.query("DELETE FROM audit_events WHERE id = $1", [event!.id])).rejects.toThrow(
        /permission denied/,
      );
      await expect(client.query("TRUNCATE audit_events")).rejects.toThrow(/permission denied/);
    });
    await withClient(async (client) => {
      await expect(
        client.query("UPDATE audit_events SET action = 'test.rewritten' WHERE id = $1", [event!.id]),
      ).rejects.toThrow(/insert-only/);
      await expect(client.query("DELETE FROM audit_events WHERE id = $1", [event!.id])).rejects.toThrow(/insert-only/);
    }, asOwner);
    expect((await chainOf(org.id))[0]).toEqual(event);
  });

  it("names the first altered event, and the gap a removed one leaves", async () => {
    const org = await createOrganisation("audit");
    const scope = scopeOf(await createUser({ organisationId: org.id, role: "COORDINATOR" }), "COORDINATOR", org.id);
    for (let i = 0; i < 5; i++)
      await db.$transaction((tx) => appendAudit(tx, scope, { action: "test.sequence", details: { i } }));
    const chain = await chainOf(org.id);
    // Someone with the table owner's rights switches the guard off to rewrite history.
    const tamper = (sql: string, id: bigint) =>
      withClient(async (client) => {
        await client.query("BEGIN");
        await client.query("ALTER TABLE audit_events DISABLE TRIGGER audit_events_insert_only");
        await client.query(sql, [id]);
        await client.query("ALTER TABLE audit_events ENABLE TRIGGER audit_events_insert_only");
        await client.query("COMMIT");
      }, asOwner);
    const brokenFor = async () =>
      (await withClient((client) => verifyAuditChains(client))).broken.filter((b) => b.organisationId === org.id);

    await tamper("DELETE FROM audit_events WHERE id = $1", chain[3]!.id);
    expect(await brokenFor()).toEqual([
      { organisationId: org.id, eventId: String(chain[4]!.id), chainSeq: "5", problem: "gap" },
    ]);
    await tamper(`UPDATE audit_events SET details = '{"i": 99}' WHERE id = $1`, chain[1]!.id);
    expect(await brokenFor()).toEqual([
      { organisationId: org.id, eventId: String(chain[1]!.id), chainSeq: "2", problem: "altered" },
    ]);
  });
});
