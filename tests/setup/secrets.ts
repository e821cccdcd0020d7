// The secrets a test run uses: made up once per run, never the developer's. Set in the test
// runner's own process (vitest.config.ts, playwright.config.ts) before any worker, seed or app
// server starts, so that all of them encrypt and sign with the same keys. A value already in the
// environment (a CI that pins one) is kept.
import crypto from "node:crypto";

export function ensureTestSecrets(env: NodeJS.ProcessEnv = process.env) {
  env.AUTH_SECRET ??= crypto.randomBytes(32).toString("base64url");
  env.DATA_ENCRYPTION_KEY ??= crypto.randomBytes(32).toString("base64");
  env.DATA_HASH_KEY ??= crypto.randomBytes(32).toString("base64");
  env.NEXT_TELEMETRY_DISABLED ??= "1";
  env.LOG_LEVEL ??= "warn";
}
