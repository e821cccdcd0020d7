import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const key = Buffer.alloc(32, 7).toString("base64");
const complete = {
  NODE_ENV: "production",
  DATABASE_URL: "postgresql://u:p@db:5432/tumar",
  AUTH_SECRET: "x".repeat(40),
  DATA_ENCRYPTION_KEY: key,
  DATA_HASH_KEY: key,
};

describe("parseEnv", () => {
  it("accepts a complete production environment", () => {
    const env = parseEnv(complete);
    expect(env.DATA_ENCRYPTION_KEY_ID).toBe("k1");
    expect(env.LOG_LEVEL).toBe("info");
  });

  it("stops production with a message naming each missing secret", () => {
    const { AUTH_SECRET: _a, DATA_HASH_KEY: _h, ...partial } = complete;
    expect(() => parseEnv(partial)).toThrow(/AUTH_SECRET[\s\S]*DATA_HASH_KEY|DATA_HASH_KEY[\s\S]*AUTH_SECRET/);
  });

  it("refuses an encryption key of the wrong length", () => {
    expect(() => parseEnv({ ...complete, DATA_ENCRYPTION_KEY: Buffer.alloc(16).toString("base64") })).toThrow(
      /DATA_ENCRYPTION_KEY: must be 32 bytes/,
    );
  });

  it("refuses a database URL that is not PostgreSQL", () => {
    expect(() => parseEnv({ ...complete, DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
  });

  it("#14.6 trusts no proxy unless told how many there are", () => {
    expect(parseEnv(complete).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ ...complete, TRUSTED_PROXY_HOPS: "1" }).TRUSTED_PROXY_HOPS).toBe(1);
    for (const bad of ["-1", "1.5", "many", "6"])
      expect(() => parseEnv({ ...complete, TRUSTED_PROXY_HOPS: bad })).toThrow(
        /TRUSTED_PROXY_HOPS: must be a whole number/,
      );
  });

  it("keeps files in PostgreSQL unless an object store is named, and asks for its credentials with it", () => {
    expect(parseEnv(complete).STORAGE_URL).toBeUndefined();
    const store = { STORAGE_URL: "https://s3.example.org/tumar-files", STORAGE_ACCESS_KEY_ID: "id" };
    expect(() => parseEnv({ ...complete, ...store })).toThrow(/STORAGE_URL needs STORAGE_ACCESS_KEY_ID/);
    const configured = parseEnv({ ...complete, ...store, STORAGE_SECRET_ACCESS_KEY: "secret" });
    expect(configured).toMatchObject({ STORAGE_URL: store.STORAGE_URL, STORAGE_REGION: "us-east-1" });
    for (const bad of ["s3://tumar-files", "https://s3.example.org", "https://s3.example.org/a/b"])
      expect(() => parseEnv({ ...complete, ...store, STORAGE_SECRET_ACCESS_KEY: "s", STORAGE_URL: bad })).toThrow(
        /STORAGE_URL: must be an http\(s\) URL naming the endpoint and the bucket/,
      );
  });
});
