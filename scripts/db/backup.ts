// `npm run db:backup [-- --out <file>]`: a consistent snapshot of the whole database with pg_dump
// (custom format, compressed), as the tables' owner (MAINTENANCE_DATABASE_URL), into a file only
// its owner can read. The dump holds names in clear and the encrypted fields as ciphertext: keep
// it encrypted at rest and apart from DATA_ENCRYPTION_KEY (docs/operations.md, "Backups").
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { checkToolVersion, connectionEnv, run, tool } from "./pg-tools";
import { assertSeesAllRows, ownerUrlFromEnv } from "./pool-from-env";

async function main() {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "Z");
  const out = path.resolve(values.out ?? `backups/tumar-${stamp}.dump`);
  const url = ownerUrlFromEnv("to back up");

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // A role under row-level security would dump empty tables without an error.
    await assertSeesAllRows(client);
    await checkToolVersion("pg_dump", client);
  } finally {
    await client.end();
  }

  fs.mkdirSync(path.dirname(out), { recursive: true, mode: 0o700 });
  const partial = `${out}.partial`;
  fs.writeFileSync(partial, "", { mode: 0o600 });
  const started = Date.now();
  console.log(`Backing up to ${path.relative(process.cwd(), out)} …`);
  const { code, stderr } = await run(
    tool("pg_dump"),
    ["--format=custom", "--compress=6", "--no-password", `--file=${partial}`],
    connectionEnv(url),
  );
  if (code !== 0) {
    fs.rmSync(partial, { force: true });
    throw new Error(`pg_dump failed: ${stderr.trim()}`);
  }
  // Renamed only when complete, so a file named *.dump is never a half-written one.
  fs.renameSync(partial, out);
  const size = fs.statSync(out).size;
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${(size / 1024 / 1024).toFixed(1)} MiB.`);
  console.log("Restore with: npm run db:restore -- " + path.relative(process.cwd(), out));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
