// Attachments in an S3-compatible object store (STORAGE_URL, decision 0029), against a small
// signature-checking S3 server (tests/support/fake-object-store.ts): the store holds sealed bytes
// under random keys and no row of content; downloads read them back; removal, by the app or by any
// statement that deletes the row, removes the object once the row is gone; a failed row removes
// its object; key rotation re-seals objects. Everywhere else the suite runs the default store.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const STORE = vi.hoisted(() => {
  const config = {
    // A port of its own per run, in a range the other servers of the suite do not use.
    port: 41_000 + Math.floor(Math.random() * 8_000),
    bucket: "tumar-files",
    accessKeyId: "tumar-test",
    secretAccessKey: "not-the-data-key",
    region: "eu-central-1",
  };
  // Read once by lib/env.ts when the first module asks for the environment.
  process.env.STORAGE_URL = `http://127.0.0.1:${config.port}/${config.bucket}`;
  process.env.STORAGE_ACCESS_KEY_ID = config.accessKeyId;
  process.env.STORAGE_SECRET_ACCESS_KEY = config.secretAccessKey;
  process.env.STORAGE_REGION = config.region;
  return config;
});

import crypto from "node:crypto";
import { db } from "@/tests/support/prisma";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { startFakeObjectStore, type FakeObjectStore } from "@/tests/support/fake-object-store";
import { registerVictimSchema } from "@/lib/victims/schema";
import { registerVictim } from "@/lib/victims/mutations";
import { currentKeys, openBytes, fieldContext, bytesKeyIdOf } from "@/lib/crypto";
import { createAttachment, deleteAttachment } from "./mutations";
import { openAttachment } from "./data";
import { connectObjectStore, ObjectStoreError, objectStore } from "./object-store";
import { sweepRemovedObjects, sweepRemovedObjectsEverywhere } from "./object-sweep";
import { countObjectsByKey, rotateObjects } from "@/lib/keys/rotate-objects";

let fake: FakeObjectStore;
beforeAll(async () => {
  fake = await startFakeObjectStore(STORE);
});
afterAll(async () => {
  await fake.close();
});

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n1 0 obj << /Title (${text}) >> endobj\ntrailer << >>\n%%EOF\n`);

async function setup() {
  const org = await createOrganisation();
  const worker = scopeOf(await createUser({ organisationId: org.id, role: "CASE_WORKER" }), "CASE_WORKER", org.id);
  const { id: victimId } = await registerVictim(
    worker,
    registerVictimSchema.parse({
      givenName: "Гульнара",
      sex: "FEMALE",
      estimatedAge: 33,
      citizenships: ["TJ"],
      identifiedOn: "2026-05-01",
      identifiedBy: "HOTLINE",
    }),
  );
  return { org, worker, victimId };
}

const upload = (s: Awaited<ReturnType<typeof setup>>, text: string) =>
  createAttachment(
    s.worker,
    { parentType: "VICTIM", parentId: s.victimId },
    { name: "consent.pdf", content: pdf(text) },
  );

describe("attachments in an object store", () => {
  it("keeps sealed bytes under a random key in the store, no content in the database, and reads them back", async () => {
    const s = await setup();
    const marker = `signed-consent-${crypto.randomUUID()}`;
    const file = await upload(s, marker);
    const row = await db.attachment.findUniqueOrThrow({ where: { id: file.id } });
    expect(row.storage).toBe("OBJECT_STORE");
    expect(row.storageKey).toMatch(/^attachments\/[0-9a-f-]{36}$/);
    expect(row.storageKey).not.toContain(file.id);
    expect(await db.attachmentBlob.count({ where: { id: file.id } })).toBe(0);
    const object = fake.objects.get(row.storageKey!)!;
    expect(object.toString("latin1")).not.toContain(marker);
    expect(bytesKeyIdOf(object)).toBe(currentKeys().keyId);
    const opened = await openAttachment(s.worker, file.id);
    expect(opened.content.toString("latin1")).toContain(marker);
  });

  it("is refused by the store without its credentials", async () => {
    const stranger = connectObjectStore({
      url: fake.url,
      region: STORE.region,
      accessKeyId: STORE.accessKeyId,
      secretAccessKey: "guessed",
    });
    await expect(stranger.put("attachments/x", Buffer.from("x"))).rejects.toBeInstanceOf(ObjectStoreError);
    expect(fake.objects.has("attachments/x")).toBe(false);
  });

  it("removes the object with a wrong upload, and a store that is down only delays it", async () => {
    const s = await setup();
    const first = await upload(s, "first");
    const firstKey = (await db.attachment.findUniqueOrThrow({ where: { id: first.id } })).storageKey!;
    await deleteAttachment(s.worker, first.id);
    expect(fake.objects.has(firstKey)).toBe(false);
    expect(await db.storageDeletion.count({ where: { storageKey: firstKey } })).toBe(0);

    const second = await upload(s, "second");
    const secondKey = (await db.attachment.findUniqueOrThrow({ where: { id: second.id } })).storageKey!;
    fake.down = true;
    try {
      await deleteAttachment(s.worker, second.id);
    } finally {
      fake.down = false;
    }
    expect(await db.attachment.count({ where: { id: second.id } })).toBe(0);
    expect(fake.objects.has(secondKey)).toBe(true);
    expect(await db.storageDeletion.count({ where: { storageKey: secondKey } })).toBe(1);
    expect(await sweepRemovedObjects(s.org.id)).toBe(1);
    expect(fake.objects.has(secondKey)).toBe(false);
  });

  it("names the object for removal whatever deletes the row (retention's statement), and sweeps it", async () => {
    const s = await setup();
    const file = await upload(s, "kept-until-retention");
    const key = (await db.attachment.findUniqueOrThrow({ where: { id: file.id } })).storageKey!;
    // The statement retention runs for a person's files, here as the tables' owner.
    await db.attachment.deleteMany({ where: { victimId: s.victimId } });
    expect(fake.objects.has(key)).toBe(true);
    await sweepRemovedObjects(s.org.id);
    expect(fake.objects.has(key)).toBe(false);

    // After `npm run retention -- --apply`, every organisation's names are swept (a partner's upload
    // about the person is named under the partner).
    const partner = await setup();
    const partnerFile = await upload(partner, "a partner's upload");
    const partnerKey = (await db.attachment.findUniqueOrThrow({ where: { id: partnerFile.id } })).storageKey!;
    await db.attachment.deleteMany({ where: { id: partnerFile.id } });
    expect(await sweepRemovedObjectsEverywhere()).toBeGreaterThanOrEqual(1);
    expect(fake.objects.has(partnerKey)).toBe(false);
  });

  it("leaves no object behind when the row is refused", async () => {
    const s = await setup();
    const other = await setup();
    const before = fake.objects.size;
    await expect(
      createAttachment(
        s.worker,
        { parentType: "VICTIM", parentId: other.victimId },
        { name: "x.pdf", content: pdf("not yours") },
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(fake.objects.size).toBe(before);
  });

  it("re-seals objects under a new key on rotation, leaving those already under it", async () => {
    const s = await setup();
    const marker = `rotated-${crypto.randomUUID()}`;
    const file = await upload(s, marker);
    const key = (await db.attachment.findUniqueOrThrow({ where: { id: file.id } })).storageKey!;
    const old = currentKeys();
    const next = {
      ...old,
      keyId: `r${crypto.randomBytes(4).toString("hex")}`,
      encryptionKey: crypto.randomBytes(32),
      oldKeys: new Map([[old.keyId, old.encryptionKey]]),
    };
    const pool = { query: (sql: string) => db.$queryRawUnsafe(sql).then((rows) => ({ rows })) };
    const underOld = (await countObjectsByKey(pool as never, objectStore()!)).find((c) => c.keyId === old.keyId);
    expect(underOld?.count).toBeGreaterThanOrEqual(1);
    const first = await rotateObjects(pool as never, objectStore()!, next);
    expect(first.rotated).toBeGreaterThanOrEqual(1);
    const object = fake.objects.get(key)!;
    expect(bytesKeyIdOf(object)).toBe(next.keyId);
    const context = fieldContext("attachment_blobs", "content_encrypted", file.id);
    expect(openBytes(object, context, next).toString("latin1")).toContain(marker);
    // A second run finds nothing left under the old key (of this file: others may come and go).
    await rotateObjects(pool as never, objectStore()!, next);
    expect(fake.objects.get(key)).toBe(object);
    // `npm run keys:rotate -- --check` then counts nothing under the old key.
    const counts = await countObjectsByKey(pool as never, objectStore()!);
    expect(counts.find((c) => c.keyId === old.keyId)).toBeUndefined();
  });
});
