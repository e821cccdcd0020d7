// The audit trail on real PostgreSQL: written without waiting for other writers, chained by the
// database's chainer under concurrency, insert-only but for the one link, and a verification that
// names the first altered or removed event.
import { describe, expect, it } from "vitest";
import pg from "pg";
import { db } from "@/tests/support/prisma";
import { env } from "@/lib/env";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { appendAudit } from "./mutations";
import { linkWaitingAuditEvents } from "./chainer";
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
  it("links every event of an organisation, also when twenty are written at once and three chainers run", async () => {
    const org = await createOrganisation("audit");
    const scope = scopeOf(await createUser({ organisationId: org.id, role: "COORDINATOR" }), "COORDINATOR", org.id);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.$transaction((tx) => appendAudit(tx, scope, { action: "test.concurrent", details: { i } })),
      ),
    );
    // Written unlinked: linking is the chainer's, off the write path.
    expect((await chainOf(org.id)).every((e) => e.chainSeq === null && e.hash === null)).toBe(true);
    await Promise.all([0, 1, 2].map(() => withClient((client) => linkWaitingAuditEvents(client))));
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

  it("lets a save of an organisation go on while another one's transaction is still open", async () => {
    const org = await createOrganisation("audit");
    const insert = (client: pg.Client, action: string) =>
      client.query("INSERT INTO audit_events (organisation_id, action, updated_at) VALUES ($1, $2, now())", [
        org.id,
        action,
      ]);
    await withClient(async (first) => {
      await first.query("BEGIN");
      await insert(first, "test.first_still_open");
      // Under the old per-chain lock this waited for `first` to commit and hit the timeout.
      await withClient(async (second) => {
        await second.query("SET statement_timeout = '2s'");
        await insert(second, "test.second");
      });
      // The chainer, on its own connection, sees the committed one only.
      expect(await withClient((client) => linkWaitingAuditEvents(client))).toBeGreaterThanOrEqual(1);
      await first.query("COMMIT");
    });
    await withClient((client) => linkWaitingAuditEvents(client));
    const chain = await db.auditEvent.findMany({
      where: { organisationId: org.id },
      orderBy: { chainSeq: "asc" },
      select: { action: true, chainSeq: true },
    });
    // The second committed first and was linked first; the first follows once it committed.
    expect(chain).toEqual([
      { action: "test.second", chainSeq: 1n },
      { action: "test.first_still_open", chainSeq: 2n },
    ]);
    const report = await withClient((client) => verifyAuditChains(client));
    expect(report.broken.filter((b) => b.organisationId === org.id)).toEqual([]);
  });

  it("links an event once, by the chainer only: a link sent with the insert is dropped, a relink refused", async () => {
    const org = await createOrganisation("audit");
    await withClient((client) =>
      client.query(
        "INSERT INTO audit_events (organisation_id, action, chain_seq, prev_hash, hash, updated_at) VALUES ($1, 'test.forged', 7, 'x', 'y', now())",
        [org.id],
      ),
    );
    const [waiting] = await chainOf(org.id);
    expect(waiting).toMatchObject({ chainSeq: null, prevHash: null, hash: null });
    await withClient(async (client) => {
      // The app's role may call the chainer but not the step that writes a link.
      await expect(
        client.query("SELECT audit_link_event(e, 0, NULL) FROM audit_events e WHERE id = $1", [waiting!.id]),
      ).rejects.toThrow(/permission denied/);
    });
    await withClient(async (client) => {
      // The owner, linking by hand: a link whose hash does not match, or that changes the event, is refused.
      await expect(
        client.query("UPDATE audit_events SET chain_seq = 1, hash = repeat('0', 64) WHERE id = $1", [waiting!.id]),
      ).rejects.toThrow(/insert-only/);
      await expect(
        client.query(
          // A hash that does match the rewritten event: only "nothing else changed" refuses it.
          `UPDATE audit_events SET chain_seq = 1, action = 'test.rewritten',
             hash = audit_event_hash(jsonb_populate_record(NULL::audit_events, to_jsonb(audit_events) || '{"action": "test.rewritten", "chain_seq": 1}'))
           WHERE id = $1`,
          [waiting!.id],
        ),
      ).rejects.toThrow(/insert-only/);
    }, asOwner);
    await withClient((client) => linkWaitingAuditEvents(client));
    const [linked] = await chainOf(org.id);
    expect(linked!.chainSeq).toBe(1n);
    await withClient(async (client) => {
      await expect(client.query("UPDATE audit_events SET chain_seq = 2 WHERE id = $1", [linked!.id])).rejects.toThrow(
        /insert-only/,
      );
    }, asOwner);
    expect((await chainOf(org.id))[0]).toEqual(linked);
  });

  it("refuses to change or remove an event: the app's role has no right to, and the owner meets the guard", async () => {
    const org = await createOrganisation("audit");
    const scope = scopeOf(await createUser({ organisationId: org.id, role: "COORDINATOR" }), "COORDINATOR", org.id);
    await db.$transaction((tx) => appendAudit(tx, scope, { action: "test.immutable" }));
    await withClient((client) => linkWaitingAuditEvents(client));
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
    await withClient((client) => linkWaitingAuditEvents(client));
    const chain = await chainOf(org.id);
    // Someone with the table owner's rights switches the guard off to rewrite history.
    const tamper = (sql: string, id: bigint) =>
      withClient(async (client) => {
        await client.query("BEGIN");
        await client.query("ALTER TABLE audit_events DISABLE TRIGGER USER");
        await client.query(sql, [id]);
        await client.query("ALTER TABLE audit_events ENABLE TRIGGER USER");
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
