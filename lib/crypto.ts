// Field-level encryption for personal data at rest (AES-256-GCM) and keyed look-up hashes
// (HMAC-SHA256) so an encrypted value can still be matched exactly (repeat callers, duplicate
// documents) without storing it in clear. Ciphertext format: `v1.<keyId>.<iv>.<tag>.<data>`
// (base64url parts); the key id lets a later rotation tell old ciphertexts from new ones.
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
  for (const entry of value.split(",").map((e) => e.trim()).filter(Boolean)) {
    const [id, key] = entry.split(":");
    if (!id || !key || Buffer.from(key, "base64").length !== 32) throw new Error("DATA_ENCRYPTION_OLD_KEYS: each entry must be <id>:<32 bytes base64>");
    keys.set(id, Buffer.from(key, "base64"));
  }
  return keys;
}

/** The key id a ciphertext was made with. */
export function keyIdOf(ciphertext: string): string | null {
  const [version, keyId] = ciphertext.split(".");
  return version === "v1" && keyId ? keyId : null;
}

export function encryptField(plaintext: string, keys: Keys = currentKeys()): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", keys.encryptionKey, iv);
  // The key id is bound as associated data, so a ciphertext cannot be relabelled to another key.
  cipher.setAAD(Buffer.from(keys.keyId));
  const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return ["v1", keys.keyId, iv.toString("base64url"), tag.toString("base64url"), data.toString("base64url")].join(".");
}

export function decryptField(ciphertext: string, keys: Keys = currentKeys()): string {
  const [version, keyId, iv, tag, data] = ciphertext.split(".");
  if (version !== "v1" || !keyId || !iv || !tag || data === undefined) throw new Error("Malformed ciphertext");
  const key = keyId === keys.keyId ? keys.encryptionKey : keys.oldKeys?.get(keyId);
  if (!key) throw new Error(`Ciphertext uses key ${keyId}, which is not loaded`);
  const decipher = crypto.createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(keyId));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}

export function lookupHash(value: string, keys: Keys = currentKeys()): string {
  return crypto.createHmac("sha256", keys.hashKey).update(value, "utf8").digest("hex");
}

/** SHA-256 of a high-entropy secret (API tokens): no key needed, since the secret cannot be guessed. */
export function sha256Hex(value: string): string {
  return crypto.createHash("sha256").update(value, "utf8").digest("hex");
}
