// The only reader of process.env. Everything the app needs from its environment is declared and
// validated here, once, at start-up (see instrumentation.ts).
//
// Secrets: in production a missing secret stops the app with a message naming it. In development
// and tests a missing secret is generated once into .data/secrets.json and reused, so a fresh
// clone runs without any set-up and encrypted data stays readable across restarts.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const base64Key = z
  .string()
  .refine((value) => Buffer.from(value, "base64").length === 32, "must be 32 bytes, base64-encoded");

const HOPS = "must be a whole number from 0 to 5";

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL"),
    /**
     * Optional: a streaming replica of the same database, as the same role. Figures, exports and
     * name search read there (lib/db/read-replica.ts); when it cannot be reached they read from
     * DATABASE_URL. Its data trails the primary by the replication lag (docs/scaling.md).
     */
    READ_DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
      .optional(),
    /** Signs session cookies (next-auth). At least 32 characters. */
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters"),
    /** AES-256-GCM key for encrypted fields. */
    DATA_ENCRYPTION_KEY: base64Key,
    /** Names the encryption key inside each ciphertext so keys can be rotated later. */
    DATA_ENCRYPTION_KEY_ID: z
      .string()
      .regex(/^[a-z0-9]{1,16}$/)
      .default("k1"),
    /**
     * During a key rotation: the retired keys, still readable, as `<id>:<base64>,…`. Remove an entry
     * once `npm run keys:rotate -- --check` reports no ciphertext under it.
     */
    DATA_ENCRYPTION_OLD_KEYS: z.string().max(2000).optional(),
    /** HMAC-SHA256 key for look-up hashes of encrypted values (phone numbers, document numbers). */
    DATA_HASH_KEY: base64Key,
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /**
     * Whether NETWORK_ADMIN, ORG_ADMIN and COORDINATOR must use a second factor. On in production
     * unless set to "off" (the end-to-end test server turns it off so that the demo accounts work).
     */
    REQUIRE_SECOND_FACTOR: z.enum(["on", "off"]).optional(),
    /**
     * How many reverse proxies in front of the app append the client's address to X-Forwarded-For
     * (lib/http/client-address.ts). 0 (the default): the header is ignored and the client is the
     * connection's other end; N: the N-th entry from the right. Set it to exactly the proxies that
     * are always there: one too many lets a client choose its own address for the sign-in throttle.
     */
    TRUSTED_PROXY_HOPS: z.coerce.number(HOPS).int(HOPS).min(0, HOPS).max(5, HOPS).default(0),
    /**
     * "on" only under `npm run bench`: serves /bench/floor, the rendering floor the benchmark
     * compares pages with (synthetic rows, no session, no database). Off (404) everywhere else.
     */
    BENCH_PAGES: z.enum(["on", "off"]).default("off"),
    /**
     * Where new attachments are kept: unset (the default), in PostgreSQL; set, in an S3-compatible
     * object store at this endpoint and bucket, path-style: `https://s3.example.org/tumar-files`
     * (decision 0029). Files are sealed with the data key before they leave the app either way.
     */
    STORAGE_URL: z
      .url("must be an http(s) URL naming the endpoint and the bucket")
      .regex(/^https?:\/\/[^/]+\/[^/?#]+\/?$/, "must be an http(s) URL naming the endpoint and the bucket")
      .optional(),
    /** The object store's region (for the request signature). */
    STORAGE_REGION: z
      .string()
      .regex(/^[a-z0-9-]{2,40}$/)
      .default("us-east-1"),
    STORAGE_ACCESS_KEY_ID: z.string().min(1).max(200).optional(),
    STORAGE_SECRET_ACCESS_KEY: z.string().min(1).max(200).optional(),
  })
  .refine((e) => !e.STORAGE_URL || (e.STORAGE_ACCESS_KEY_ID && e.STORAGE_SECRET_ACCESS_KEY), {
    path: ["STORAGE_ACCESS_KEY_ID"],
    message: "STORAGE_URL needs STORAGE_ACCESS_KEY_ID and STORAGE_SECRET_ACCESS_KEY",
  });

export type Env = z.infer<typeof envSchema>;

const GENERATED_SECRETS = ["AUTH_SECRET", "DATA_ENCRYPTION_KEY", "DATA_HASH_KEY"] as const;

function developmentSecrets(): Record<string, string> {
  const dir = path.join(process.cwd(), ".data");
  const file = path.join(dir, "secrets.json");
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8"));
  const secrets = {
    AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    DATA_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
    DATA_HASH_KEY: crypto.randomBytes(32).toString("base64"),
  };
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600 });
  return secrets;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const input = { ...source };
  const production = (input.NODE_ENV ?? "development") === "production";
  if (!production && GENERATED_SECRETS.some((name) => !input[name])) {
    const generated = developmentSecrets();
    for (const name of GENERATED_SECRETS) input[name] ||= generated[name];
  }
  const result = envSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(
      `Tumar cannot start: the environment is incomplete or invalid.\n${problems}\n` +
        "See README.md, section 'Configuration'.",
    );
  }
  return { ...result.data, REQUIRE_SECOND_FACTOR: result.data.REQUIRE_SECOND_FACTOR ?? (production ? "on" : "off") };
}

let cached: Env | null = null;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
