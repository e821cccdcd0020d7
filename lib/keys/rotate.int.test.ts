// Key rotation on a throw-away database of its own (rotating the shared test database would move
// other tests' rows to a key they do not hold): every *_encrypted column is found, values move to
// the new key in batches, an interrupted run resumes, and an edit made meanwhile is kept.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { decryptField, encryptField, keyIdOf, type Keys } from "@/lib/crypto";
import { applyMigrations } from "@/scripts/db/migrate";
import { countByKey, listEncryptedColumns, rotateKeys } from "./rotate";

const oldKeys: Keys = { keyId: "old1", encryptionKey: crypto.randomBytes(32), hashKey: crypto.randomBytes(32) };
const newKeys: Keys = { keyId: "new2", encryptionKey: crypto.randomBytes(32), hashKey: oldKeys.hashKey, oldKeys: new Map([["old1", oldKeys.encryptionKey]]) };
// Rotation is an operator's job: it runs as the tables' owner.
const ownerUrl = process.env.MAINTENANCE_DATABASE_URL!;
const database = `rotation_${crypto.randomUUID().slice(0, 8)}`;
let pool: pg.Pool;

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: ownerUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = new URL(ownerUrl);
  url.pathname = `/${database}`;
  await applyMigrations(url.toString());
  pool = new pg.Pool({ connectionString: url.toString(), max: 3 });
}, 60_000);

afterAll(async () => {
  await pool?.end();
  const admin = new pg.Client({ connectionString: ownerUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
});

describe("key rotation", () => {
  it("finds every encrypted column, moves them in resumable batches, and keeps edits made meanwhile", async () => {
    const columns = (await listEncryptedColumns(pool)).map((c) => `${c.table}.${c.column}`);
    for (const expected of ["victims.narrative_encrypted", "hotline_calls.summary_encrypted", "shelter_contacts.address_encrypted", "repatriation_messages.text_encrypted", "users.totp_secret_encrypted"]) {
      expect(columns).toContain(expected);
    }
    const secrets = Array.from({ length: 1200 }, (_, i) => `seed-${i}-Дилноза`);
    await pool.query(
      `INSERT INTO users (id, name, email, password_hash, totp_secret_encrypted, updated_at)
       SELECT gen_random_uuid(), 'Rotation ' || i, 'rotation-' || i || '@test.tumar', 'x', s, now() FROM unnest($1::text[]) WITH ORDINALITY AS t(s, i)`,
      [secrets.map((s) => encryptField(s, oldKeys))],
    );
    const first = await rotateKeys(pool, newKeys, { batchSize: 500, maxBatches: 1 });
    expect(first).toEqual({ rotated: 500, complete: false });

    // The app, running with the new key, edits a row the rotation has not reached yet.
    const { rows } = await pool.query<{ id: string }>(`SELECT id FROM users WHERE totp_secret_encrypted LIKE 'v1.old1.%' LIMIT 1`);
    await pool.query("UPDATE users SET totp_secret_encrypted = $1 WHERE id = $2", [encryptField("edited meanwhile", newKeys), rows[0]!.id]);

    const rest = await rotateKeys(pool, newKeys, { batchSize: 500 });
    expect(rest).toEqual({ rotated: 699, complete: true });
    expect((await countByKey(pool)).filter((c) => c.table === "users")).toEqual([{ table: "users", column: "totp_secret_encrypted", keyId: "new2", count: 1200 }]);
    const all = await pool.query<{ id: string; totp_secret_encrypted: string }>("SELECT id, totp_secret_encrypted FROM users");
    const plain = all.rows.map((r) => decryptField(r.totp_secret_encrypted, { ...newKeys, oldKeys: undefined }));
    expect(plain).toContain("edited meanwhile");
    expect(plain.filter((p) => p.startsWith("seed-"))).toHaveLength(1199);
    expect(all.rows.every((r) => keyIdOf(r.totp_secret_encrypted) === "new2")).toBe(true);
    // Nothing left: a second run does nothing.
    expect(await rotateKeys(pool, newKeys)).toEqual({ rotated: 0, complete: true });
  }, 60_000);
});
