// Key rotation for attachments kept in the object store (decision 0029): the same move as
// lib/keys/rotate.ts makes for columns, for objects. Each object's header (`v2.<keyId>.`, read
// with a ranged request) says whether it is under the current key; one that is not is read,
// opened where it belongs (`attachment_blobs.content_encrypted:<attachment id>`, the binding every
// file has wherever it is kept), sealed under the current key and written back under its key.
// Resumable: a second run finds only what the first did not finish.
import type pg from "pg";
import { bytesKeyIdOf, encryptBytes, fieldContext, FieldBindingError, openBytes, type Keys } from "@/lib/crypto";
import type { ObjectStore } from "@/lib/attachments/object-store";

/** Enough of an object to read its header's key id. */
const HEADER_BYTES = 48;

interface StoredObject {
  id: string;
  storage_key: string;
}

async function storedObjects(client: Pick<pg.Pool, "query">): Promise<StoredObject[]> {
  const { rows } = await client.query<StoredObject>(
    "SELECT id::text AS id, storage_key FROM attachments WHERE storage = 'OBJECT_STORE' ORDER BY id",
  );
  return rows;
}

/** Objects per key id, as `npm run keys:rotate -- --check` prints them. */
export async function countObjectsByKey(client: Pick<pg.Pool, "query">, store: ObjectStore) {
  const counts = new Map<string, number>();
  for (const object of await storedObjects(client)) {
    const keyId = bytesKeyIdOf(await store.head(object.storage_key, HEADER_BYTES)) ?? "unknown";
    counts.set(keyId, (counts.get(keyId) ?? 0) + 1);
  }
  return [...counts].map(([keyId, count]) => ({ keyId, count }));
}

export async function rotateObjects(
  client: Pick<pg.Pool, "query">,
  store: ObjectStore,
  keys: Keys,
  onProgress?: (rotated: number) => void,
): Promise<{ rotated: number; unreadable: number }> {
  let rotated = 0;
  let unreadable = 0;
  for (const object of await storedObjects(client)) {
    if (bytesKeyIdOf(await store.head(object.storage_key, HEADER_BYTES)) === keys.keyId) continue;
    const context = fieldContext("attachment_blobs", "content_encrypted", object.id);
    let fresh: Buffer;
    try {
      fresh = encryptBytes(openBytes(await store.get(object.storage_key), context, keys), context, keys);
    } catch (error) {
      if (!(error instanceof FieldBindingError)) throw error;
      unreadable++;
      continue;
    }
    await store.put(object.storage_key, fresh);
    rotated++;
    onProgress?.(rotated);
  }
  return { rotated, unreadable };
}
