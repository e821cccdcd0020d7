import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptField, encryptField, lookupHash } from "./crypto";

const keys = { keyId: "k1", encryptionKey: crypto.randomBytes(32), hashKey: crypto.randomBytes(32) };

describe("field encryption", () => {
  it("round-trips Cyrillic and Latin text and never repeats a ciphertext", () => {
    const text = "Дилноза Каримова / Dilnoza Karimova +998 90 123 45 67";
    const a = encryptField(text, keys);
    const b = encryptField(text, keys);
    expect(a).not.toBe(b);
    expect(a).not.toContain("Dilnoza");
    expect(decryptField(a, keys)).toBe(text);
  });

  it("detects tampering", () => {
    const parts = encryptField("secret address", keys).split(".");
    const data = Buffer.from(parts[4]!, "base64url");
    data[0] = data[0]! ^ 1;
    parts[4] = data.toString("base64url");
    expect(() => decryptField(parts.join("."), keys)).toThrow();
  });

  it("refuses a ciphertext made under another key", () => {
    const other = { ...keys, keyId: "k2", encryptionKey: crypto.randomBytes(32) };
    expect(() => decryptField(encryptField("x", other), keys)).toThrow(/k2/);
  });

  it("gives stable keyed look-up hashes that depend on the key", () => {
    expect(lookupHash("+998901234567", keys)).toBe(lookupHash("+998901234567", keys));
    expect(lookupHash("+998901234567", keys)).not.toBe(lookupHash("+998901234567", { ...keys, hashKey: crypto.randomBytes(32) }));
  });
});
