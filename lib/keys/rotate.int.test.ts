// Key rotation on a throw-away database of its own (rotating the shared test database would move
// other tests' rows to a key they do not hold): every *_encrypted column is found, values move to
// the new key in batches, an interrupted run resumes, and an edit made meanwhile is kept.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import {
  encryptBytes,
  encryptField,
  fieldContext,
  FieldBindingError,
  keyIdOf,
  openBytes,
  openField,
  type Keys,
} from "@/lib/crypto";
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

  it("moves files (sealed bytes) to the new key too, and counts them by key", async () => {
    const columns = await listEncryptedColumns(pool);
    expect(columns).toContainEqual({
      table: "attachment_blobs",
      column: "content_encrypted",
      idType: "uuid",
      kind: "bytes",
    });
    const uploader = crypto.randomUUID();
    await pool.query(
      `INSERT INTO users (id, name, email, password_hash, updated_at) VALUES ($1, 'Uploader', $2, 'x', now())`,
      [uploader, `uploader-${uploader}@test.tumar`],
    );
    const organisation = crypto.randomUUID();
    const files = Array.from({ length: 11 }, (_, i) => ({
      id: crypto.randomUUID(),
      content: Buffer.concat([Buffer.from(`%PDF-1.4 scan ${i} `), crypto.randomBytes(64 * 1024)]),
    }));
    const blobOf = (id: string) => fieldContext("attachment_blobs", "content_encrypted", id);
    for (const f of files) {
      await pool.query(
        `INSERT INTO attachments (id, organisation_id, parent_type, parent_id, file_name_encrypted, content_type, size_bytes, uploaded_by_id)
         VALUES ($1, $2, 'LABOUR_CLAIM', $3, $4, 'application/pdf', $5, $6)`,
        [
          f.id,
          organisation,
          crypto.randomUUID(),
          encryptField("scan.pdf", fieldContext("attachments", "file_name_encrypted", f.id), oldKeys),
          f.content.length,
          uploader,
        ],
      );
      await pool.query(`INSERT INTO attachment_blobs (id, organisation_id, content_encrypted) VALUES ($1, $2, $3)`, [
        f.id,
        organisation,
        encryptBytes(f.content, blobOf(f.id), oldKeys),
      ]);
    }
    expect((await countByKey(pool)).filter((c) => c.table === "attachment_blobs")).toEqual([
      { table: "attachment_blobs", column: "content_encrypted", keyId: "old1", count: 11 },
    ]);
    const result = await rotateKeys(pool, newKeys, { batchSize: 500 });
    expect(result.complete).toBe(true);
    expect((await countByKey(pool)).filter((c) => c.table.startsWith("attachment"))).toEqual([
      { table: "attachment_blobs", column: "content_encrypted", keyId: "new2", count: 11 },
      { table: "attachments", column: "file_name_encrypted", keyId: "new2", count: 11 },
    ]);
    for (const f of files) {
      const { rows } = await pool.query<{ v: Buffer }>(
        "SELECT content_encrypted AS v FROM attachment_blobs WHERE id = $1",
        [f.id],
      );
      expect(openBytes(rows[0]!.v, blobOf(f.id), { ...newKeys, oldKeys: undefined }).equals(f.content)).toBe(true);
    }
  }, 60_000);
});
