// Key rotation on a throw-away database of its own (rotating the shared test database would move
// other tests' rows to a key they do not hold): every *_encrypted column is found, values move to
// the new key in batches, an interrupted run resumes, and an edit made meanwhile is kept.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { encryptField, fieldContext, FieldBindingError, keyIdOf, openField, type Keys } from "@/lib/crypto";
import { applyMigrations } from "@/scripts/db/migrate";
import { countByKey, listEncryptedColumns, rotateKeys } from "./rotate";

const oldKeys: Keys = { keyId: "old1", encryptionKey: crypto.randomBytes(32), hashKey: crypto.randomBytes(32) };
const newKeys: Keys = {
  keyId: "new2",
  encryptionKey: crypto.randomBytes(32),
  hashKey: oldKeys.hashKey,
  oldKeys: new Map([["old1", oldKeys.encryptionKey]]),
};
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
    for (const expected of [
      "victims.narrative_encrypted",
      "hotline_calls.summary_encrypted",
      "shelter_contacts.address_encrypted",
      "repatriation_messages.text_encrypted",
      "users.totp_secret_encrypted",
    ]) {
      expect(columns).toContain(expected);
    }
    const secrets = Array.from({ length: 1200 }, (_, i) => ({ id: crypto.randomUUID(), secret: `seed-${i}-Дилноза` }));
    const totpOf = (id: string) => fieldContext("users", "totp_secret_encrypted", id);
    await pool.query(
      `INSERT INTO users (id, name, email, password_hash, totp_secret_encrypted, updated_at)
       SELECT id, 'Rotation ' || i, 'rotation-' || i || '@test.tumar', 'x', s, now() FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS t(id, s, i)`,
      [secrets.map((s) => s.id), secrets.map((s) => encryptField(s.secret, totpOf(s.id), oldKeys))],
    );
    const first = await rotateKeys(pool, newKeys, { batchSize: 500, maxBatches: 1 });
    expect(first).toEqual({ rotated: 500, complete: false, unreadable: 0 });

    // The app, running with the new key, edits a row the rotation has not reached yet.
    const { rows } = await pool.query<{ id: string }>(
      `SELECT id FROM users WHERE totp_secret_encrypted LIKE 'v2.old1.%' ORDER BY id DESC LIMIT 1`,
    );
    await pool.query("UPDATE users SET totp_secret_encrypted = $1 WHERE id = $2", [
      encryptField("edited meanwhile", totpOf(rows[0]!.id), newKeys),
      rows[0]!.id,
    ]);

    const rest = await rotateKeys(pool, newKeys, { batchSize: 500 });
    expect(rest).toEqual({ rotated: 699, complete: true, unreadable: 0 });
    expect((await countByKey(pool)).filter((c) => c.table === "users")).toEqual([
      { table: "users", column: "totp_secret_encrypted", keyId: "new2", count: 1200 },
    ]);
    const all = await pool.query<{ id: string; totp_secret_encrypted: string }>(
      "SELECT id::text AS id, totp_secret_encrypted FROM users",
    );
    // After rotation every value is still bound to its own row (it opens there, with the new key alone).
    const plain = all.rows.map((r) =>
      openField(r.totp_secret_encrypted, totpOf(r.id), { ...newKeys, oldKeys: undefined }),
    );
    expect(plain).toContain("edited meanwhile");
    expect(plain.filter((p) => p.startsWith("seed-"))).toHaveLength(1199);
    expect(all.rows.every((r) => r.totp_secret_encrypted.startsWith("v2.new2."))).toBe(true);
    const [a, b] = all.rows;
    expect(() => openField(a!.totp_secret_encrypted, totpOf(b!.id), newKeys)).toThrow(FieldBindingError);
    // Nothing left: a second run does nothing.
    expect(await rotateKeys(pool, newKeys)).toEqual({ rotated: 0, complete: true, unreadable: 0 });
  }, 60_000);

  it("#14.14 (c) rewrites values written before the binding (v1) as bound ones, and leaves a copied value unreadable", async () => {
    const legacy = (plaintext: string, keys: Keys) => {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv("aes-256-gcm", keys.encryptionKey, iv);
      cipher.setAAD(Buffer.from(keys.keyId));
      const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return [
        "v1",
        keys.keyId,
        iv.toString("base64url"),
        cipher.getAuthTag().toString("base64url"),
        data.toString("base64url"),
      ].join(".");
    };
    const [v1Current, v1Old, victim, copy] = [
      crypto.randomUUID(),
      crypto.randomUUID(),
      crypto.randomUUID(),
      crypto.randomUUID(),
    ];
    const totpOf = (id: string) => fieldContext("users", "totp_secret_encrypted", id);
    const bound = encryptField("the victim's own", totpOf(victim), oldKeys);
    await pool.query(
      `INSERT INTO users (id, name, email, password_hash, totp_secret_encrypted, updated_at)
       SELECT id, 'Binding ' || i, 'binding-' || i || '@test.tumar', 'x', s, now() FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS t(id, s, i)`,
      [
        [v1Current, v1Old, victim, copy],
        [legacy("written under the current key", newKeys), legacy("written under the old key", oldKeys), bound, bound],
      ],
    );
    const result = await rotateKeys(pool, newKeys, { batchSize: 2 });
    expect(result).toEqual({ rotated: 3, complete: true, unreadable: 1 });
    const value = async (id: string) =>
      (await pool.query<{ v: string }>("SELECT totp_secret_encrypted AS v FROM users WHERE id = $1", [id])).rows[0]!.v;
    expect(openField(await value(v1Current), totpOf(v1Current), newKeys)).toBe("written under the current key");
    expect(openField(await value(v1Old), totpOf(v1Old), { ...newKeys, oldKeys: undefined })).toBe(
      "written under the old key",
    );
    expect(openField(await value(victim), totpOf(victim), { ...newKeys, oldKeys: undefined })).toBe("the victim's own");
    expect((await value(v1Current)).startsWith("v2.new2.")).toBe(true);
    // The copy is not re-encrypted where it was pasted, so it stays unreadable there.
    expect(await value(copy)).toBe(bound);
    expect(() => openField(bound, totpOf(copy), newKeys)).toThrow(FieldBindingError);
    expect(keyIdOf(await value(copy))).toBe("old1");
  }, 60_000);
});
