// Field-level encryption for personal data at rest (AES-256-GCM) and keyed look-up hashes
// (HMAC-SHA256) so an encrypted value can still be matched exactly (repeat callers, duplicate
// documents) without storing it in clear. Ciphertext format: `v1.<keyId>.<iv>.<tag>.<data>`
// (base64url parts); the key id lets a later rotation tell old ciphertexts from new ones.
import crypto from "node:crypto";
import { env } from "@/lib/env";

interface Keys {
  keyId: string;
  encryptionKey: Buffer;
  hashKey: Buffer;
}

function currentKeys(): Keys {
  const e = env();
  return {
    keyId: e.DATA_ENCRYPTION_KEY_ID,
    encryptionKey: Buffer.from(e.DATA_ENCRYPTION_KEY, "base64"),
    hashKey: Buffer.from(e.DATA_HASH_KEY, "base64"),
  };
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
  if (keyId !== keys.keyId) throw new Error(`Ciphertext uses key ${keyId}, which is not loaded`);
  const decipher = crypto.createDecipheriv("aes-256-gcm", keys.encryptionKey, Buffer.from(iv, "base64url"));
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
