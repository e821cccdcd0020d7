// Field-level encryption for personal data at rest (AES-256-GCM) and keyed look-up hashes
// (HMAC-SHA256) so an encrypted value can still be matched exactly (repeat callers, duplicate
// documents) without storing it in clear. Ciphertext format: `v2.<keyId>.<iv>.<tag>.<data>`
// (base64url parts); the key id lets a later rotation tell old ciphertexts from new ones.
// A v2 ciphertext is bound (GCM associated data) to its key id and to where it is stored,
// `table.column:rowId`: copied to another person's row, another column or another table,
// it does not decrypt. v1 ciphertexts (written before the binding) are bound to the key id only;
// they are still read, and `npm run keys:rotate` rewrites them as v2 (docs/security.md).
import crypto from "node:crypto";
import { env } from "@/lib/env";

export interface Keys {
  /** The key new ciphertexts are made with. */
  keyId: string;
  encryptionKey: Buffer;
  hashKey: Buffer;
  /** Retired keys still readable during a rotation (DATA_ENCRYPTION_OLD_KEYS), by id. */
  oldKeys?: ReadonlyMap<string, Buffer>;
}

let loaded: Keys | null = null;

export function currentKeys(): Keys {
  if (loaded) return loaded;
  const e = env();
  loaded = {
    keyId: e.DATA_ENCRYPTION_KEY_ID,
    encryptionKey: Buffer.from(e.DATA_ENCRYPTION_KEY, "base64"),
    hashKey: Buffer.from(e.DATA_HASH_KEY, "base64"),
    oldKeys: parseOldKeys(e.DATA_ENCRYPTION_OLD_KEYS ?? ""),
  };
  return loaded;
}

/** `k1:<base64>,k0:<base64>` -> id -> key. */
export function parseOldKeys(value: string): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  for (const entry of value
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [id, key] = entry.split(":");
    if (!id || !key || Buffer.from(key, "base64").length !== 32)
      throw new Error("DATA_ENCRYPTION_OLD_KEYS: each entry must be <id>:<32 bytes base64>");
    keys.set(id, Buffer.from(key, "base64"));
  }
  return keys;
}

/** The key id a ciphertext was made with. */
export function keyIdOf(ciphertext: string): string | null {
  const [version, keyId] = ciphertext.split(".");
  return (version === "v1" || version === "v2") && keyId ? keyId : null;
}

/**
 * Where a ciphertext is stored: the table and column (database names) and the row's id. It is
 * the same string that `npm run keys:rotate` derives from the catalogue, so every writer must
 * use the real names.
 */
export function fieldContext(table: string, column: string, rowId: string): string {
  return `${table}.${column}:${rowId}`;
}

/** A ciphertext that does not open here: tampered with, or copied from elsewhere. */
export class FieldBindingError extends Error {
  constructor(readonly context: string) {
    super(`Ciphertext does not belong to ${context.split(":")[0]} (tampered with or copied)`);
    this.name = "FieldBindingError";
  }
}

/** What a page shows instead of a value that fails to decrypt (see decryptField). */
export const UNREADABLE_FIELD = "[unreadable]";

const associatedData = (version: string, keyId: string, context: string) =>
  Buffer.from(version === "v1" ? keyId : `${keyId}\u0000${context}`);

export function encryptField(plaintext: string, context: string, keys: Keys = currentKeys()): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", keys.encryptionKey, iv);
  // The key id and the place are bound as associated data: a ciphertext can be neither relabelled
  // to another key nor moved to another row or column.
  cipher.setAAD(associatedData("v2", keys.keyId, context));
  const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return ["v2", keys.keyId, iv.toString("base64url"), tag.toString("base64url"), data.toString("base64url")].join(".");
}

/** Decrypts, or throws: FieldBindingError when the ciphertext does not belong to `context`. */
export function openField(ciphertext: string, context: string, keys: Keys = currentKeys()): string {
  const [version, keyId, iv, tag, data] = ciphertext.split(".");
  if ((version !== "v1" && version !== "v2") || !keyId || !iv || !tag || data === undefined)
    throw new FieldBindingError(context);
  const key = keyId === keys.keyId ? keys.encryptionKey : keys.oldKeys?.get(keyId);
  // A missing key is the operator's mistake, not the data's: it fails loudly, everywhere.
  if (!key) throw new Error(`Ciphertext uses key ${keyId}, which is not loaded`);
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAAD(associatedData(version, keyId, context));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new FieldBindingError(context);
  }
}

/**
 * Decrypts for display. A value that does not belong where it is found (copied from another
 * person's row, or altered) reads as UNREADABLE_FIELD, never as the other place's data, and the
 * page still renders; a warning names only the table and column, no personal data.
 */
export function decryptField(ciphertext: string, context: string, keys: Keys = currentKeys()): string {
  try {
    return openField(ciphertext, context, keys);
  } catch (error) {
    if (!(error instanceof FieldBindingError)) throw error;
    warnUnreadable(context);
    return UNREADABLE_FIELD;
  }
}

/** decryptField for a JSON value: `fallback` where the value does not decrypt here. */
export function decryptJsonField<T>(ciphertext: string, context: string, fallback: T, keys: Keys = currentKeys()): T {
  const plaintext = decryptField(ciphertext, context, keys);
  return plaintext === UNREADABLE_FIELD ? fallback : (JSON.parse(plaintext) as T);
}

function warnUnreadable(context: string) {
  const field = context.split(":")[0];
  // Loaded lazily: the logger reads the whole environment, which unit tests and scripts may lack.
  import("@/lib/log")
    .then(({ logger }) => logger.warn({ field }, "encrypted field does not decrypt where it is stored"))
    .catch(() => console.warn(`encrypted field ${field} does not decrypt where it is stored`));
}

export function lookupHash(value: string, keys: Keys = currentKeys()): string {
  return crypto.createHmac("sha256", keys.hashKey).update(value, "utf8").digest("hex");
}

/** SHA-256 of a high-entropy secret (API tokens): no key needed, since the secret cannot be guessed. */
export function sha256Hex(value: string): string {
  return crypto.createHash("sha256").update(value, "utf8").digest("hex");
}

// Files (attachments) are sealed the same way, as bytes: `v2.<keyId>.` in ASCII, then the 12-byte
// IV, the 16-byte tag and the ciphertext, raw (base64 would make a 20 MB file 27 MB). The header
// lets key rotation and its counts read the key id as they do for text fields.
const BYTES_IV = 12;
const BYTES_TAG = 16;

export function encryptBytes(plaintext: Uint8Array, context: string, keys: Keys = currentKeys()): Buffer {
  const iv = crypto.randomBytes(BYTES_IV);
  const cipher = crypto.createCipheriv("aes-256-gcm", keys.encryptionKey, iv);
  cipher.setAAD(associatedData("v2", keys.keyId, context));
  const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from(`v2.${keys.keyId}.`, "ascii"), iv, cipher.getAuthTag(), data]);
}

/** The key id of sealed bytes, read from their header. */
export function bytesKeyIdOf(sealed: Uint8Array): string | null {
  const head = Buffer.from(sealed.subarray(0, 64)).toString("latin1");
  const match = /^v2\.([A-Za-z0-9_-]+)\./.exec(head);
  return match ? match[1]! : null;
}

/** Opens sealed bytes, or throws FieldBindingError when they do not belong to `context`. */
export function openBytes(sealed: Uint8Array, context: string, keys: Keys = currentKeys()): Buffer {
  const keyId = bytesKeyIdOf(sealed);
  if (!keyId) throw new FieldBindingError(context);
  const key = keyId === keys.keyId ? keys.encryptionKey : keys.oldKeys?.get(keyId);
  if (!key) throw new Error(`Ciphertext uses key ${keyId}, which is not loaded`);
  const start = `v2.${keyId}.`.length;
  if (sealed.length < start + BYTES_IV + BYTES_TAG) throw new FieldBindingError(context);
  const buffer = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", key, buffer.subarray(start, start + BYTES_IV));
    decipher.setAAD(associatedData("v2", keyId, context));
    decipher.setAuthTag(buffer.subarray(start + BYTES_IV, start + BYTES_IV + BYTES_TAG));
    return Buffer.concat([decipher.update(buffer.subarray(start + BYTES_IV + BYTES_TAG)), decipher.final()]);
  } catch {
    throw new FieldBindingError(context);
  }
}
