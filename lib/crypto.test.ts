import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  decryptField,
  encryptField,
  fieldContext,
  FieldBindingError,
  keyIdOf,
  lookupHash,
  openField,
  UNREADABLE_FIELD,
} from "./crypto";

const keys = { keyId: "k1", encryptionKey: crypto.randomBytes(32), hashKey: crypto.randomBytes(32) };
const phoneOfA = fieldContext("victims", "phone_encrypted", "7f1c2a9e-0000-4000-8000-00000000000a");
const phoneOfB = fieldContext("victims", "phone_encrypted", "7f1c2a9e-0000-4000-8000-00000000000b");

/** A ciphertext of the first format (before ciphertexts were bound to their place), bound to its key id only. */
function legacyCiphertext(plaintext: string) {
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
}

describe("field encryption", () => {
  it("round-trips Cyrillic and Latin text and never repeats a ciphertext", () => {
    const text = "Дилноза Каримова / Dilnoza Karimova +998 90 123 45 67";
    const a = encryptField(text, phoneOfA, keys);
    const b = encryptField(text, phoneOfA, keys);
    expect(a).not.toBe(b);
    expect(a).not.toContain("Dilnoza");
    expect(decryptField(a, phoneOfA, keys)).toBe(text);
  });

  it("detects tampering", () => {
    const parts = encryptField("secret address", phoneOfA, keys).split(".");
    const data = Buffer.from(parts[4]!, "base64url");
    data[0] = data[0]! ^ 1;
    parts[4] = data.toString("base64url");
    expect(() => openField(parts.join("."), phoneOfA, keys)).toThrow(FieldBindingError);
  });

  it("refuses a ciphertext made under another key", () => {
    const other = { ...keys, keyId: "k2", encryptionKey: crypto.randomBytes(32) };
    expect(() => decryptField(encryptField("x", phoneOfA, other), phoneOfA, keys)).toThrow(/k2/);
  });

  it("#14.14 (c) binds a ciphertext to its table, column and row: a copy elsewhere does not decrypt", () => {
    const ciphertext = encryptField("+998 90 123 45 67", phoneOfA, keys);
    // Another person's row, another column of the same row, another table.
    for (const elsewhere of [
      phoneOfB,
      fieldContext("victims", "address_encrypted", "7f1c2a9e-0000-4000-8000-00000000000a"),
      fieldContext("hotline_calls", "caller_phone_encrypted", "7f1c2a9e-0000-4000-8000-00000000000a"),
    ]) {
      expect(() => openField(ciphertext, elsewhere, keys)).toThrow(FieldBindingError);
      // What the app shows there: a marker, never the other place's data, and no crash.
      expect(decryptField(ciphertext, elsewhere, keys)).toBe(UNREADABLE_FIELD);
    }
    expect(openField(ciphertext, phoneOfA, keys)).toBe("+998 90 123 45 67");
  });

  it("#14.14 (c) still reads a ciphertext written before the binding (format v1), wherever it is", () => {
    const old = legacyCiphertext("Street 5, Almaty");
    expect(keyIdOf(old)).toBe("k1");
    expect(decryptField(old, phoneOfA, keys)).toBe("Street 5, Almaty");
    const fresh = encryptField("Street 5, Almaty", phoneOfA, keys);
    expect(fresh.startsWith("v2.k1.")).toBe(true);
    expect(keyIdOf(fresh)).toBe("k1");
  });

  it("gives stable keyed look-up hashes that depend on the key", () => {
    expect(lookupHash("+998901234567", keys)).toBe(lookupHash("+998901234567", keys));
    expect(lookupHash("+998901234567", keys)).not.toBe(
      lookupHash("+998901234567", { ...keys, hashKey: crypto.randomBytes(32) }),
    );
  });
});

describe("sealed bytes (attachments)", () => {
  const fileOfA = fieldContext("attachment_blobs", "content_encrypted", "7f1c2a9e-0000-4000-8000-00000000000a");
  const fileOfB = fieldContext("attachment_blobs", "content_encrypted", "7f1c2a9e-0000-4000-8000-00000000000b");
  const content = Buffer.from("%PDF-1.7 signed consent of Дилноза Каримова");

  it("round-trips, never holds the content in clear, and names its key in the header", async () => {
    const { encryptBytes, openBytes, bytesKeyIdOf } = await import("./crypto");
    const sealed = encryptBytes(content, fileOfA, keys);
    expect(sealed.includes(Buffer.from("Каримова"))).toBe(false);
    expect(sealed.includes(Buffer.from("%PDF"))).toBe(false);
    expect(bytesKeyIdOf(sealed)).toBe("k1");
    expect(openBytes(sealed, fileOfA, keys).equals(content)).toBe(true);
  });

  it("does not open on another row, altered, or under a key that is not loaded", async () => {
    const { encryptBytes, openBytes } = await import("./crypto");
    const sealed = encryptBytes(content, fileOfA, keys);
    expect(() => openBytes(sealed, fileOfB, keys)).toThrow(FieldBindingError);
    const altered = Buffer.from(sealed);
    altered[altered.length - 1] = altered[altered.length - 1]! ^ 1;
    expect(() => openBytes(altered, fileOfA, keys)).toThrow(FieldBindingError);
    expect(() => openBytes(Buffer.from("garbage"), fileOfA, keys)).toThrow(FieldBindingError);
    const other = { ...keys, keyId: "k9", encryptionKey: crypto.randomBytes(32) };
    expect(() => openBytes(encryptBytes(content, fileOfA, other), fileOfA, keys)).toThrow(/not loaded/);
    // A retired key still opens during a rotation.
    const rotated = { ...other, oldKeys: new Map([["k1", keys.encryptionKey]]) };
    expect(openBytes(sealed, fileOfA, rotated).equals(content)).toBe(true);
  });
});
