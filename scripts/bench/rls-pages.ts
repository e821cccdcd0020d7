// `npm run bench:rls:pages`: what row-level security costs on whole pages. Builds the app as it was
// just before row-level security (a git worktree of --before, by default the parent of the commit
// that added the row-level-security migration) and as it is now, serves both on one database
// (the demo network plus --calls hotline calls and --victims people for Tashkent), signs in as the
// same coordinator on each, and loads each page with autocannon, the two builds taking turns in
// --rounds rounds so that machine noise hits both alike. "Before" connects as the tables' owner
// (it has no scoping), "after" as tumar_app. Prints the median of the rounds.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync, spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import pg from "pg";
import { startTemporaryPostgres } from "../db/embedded-postgres";
import { prepareDatabase } from "../prepare-database";
import { encodeCursor } from "../../lib/keyset";
import { signIn, startApp, type RunningApp } from "../app-server";
import { measure, type LoadResult } from "./load";
import { runBenchmark } from "./run";
import { buildProductionApp } from "../build-app";
import { addCalls, addVictims } from "./synthetic";

const root = path.resolve(import.meta.dirname, "../..");
const { values: args } = parseArgs({
  options: {
    before: { type: "string" },
    calls: { type: "string", default: "20000" },
    victims: { type: "string", default: "2000" },
    rounds: { type: "string", default: "3" },
    seconds: { type: "string", default: "8" },
    connections: { type: "string", default: "8" },
  },
});

const git = (...a: string[]) => execFileSync("git", a, { cwd: root, encoding: "utf8" }).trim();

function beforeRevision() {
  if (args.before) return git("rev-parse", args.before);
  const added = git(
    "log",
    "--diff-filter=A",
    "--format=%H",
    "--",
    "prisma/migrations/*_row_level_security/migration.sql",
  )
    .split("\n")
    .at(-1)!;
  return git("rev-parse", `${added}^`);
}

function build(dir: string, env: NodeJS.ProcessEnv) {
  console.log(`  building ${path.relative(root, dir) || "the current tree"} …`);
  buildProductionApp({ env, dir });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const revision = beforeRevision();
  const secrets = {
    AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    DATA_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
    DATA_HASH_KEY: crypto.randomBytes(32).toString("base64"),
  };
  const database = await startTemporaryPostgres("bench-pages");
  const worktree = fs.mkdtempSync(path.join(os.tmpdir(), "tumar-before-"));
  const servers: RunningApp[] = [];
  try {
    const { appUrl } = await prepareDatabase(database.url, {
      seedDemo: "always",
      appPassword: crypto.randomBytes(18).toString("base64url"),
    });
    const owner = new pg.Client({ connectionString: database.url });
    owner.on("error", () => {}); // the server stopping at the end is not news
    await owner.connect();
    const {
      rows: [me],
    } = await owner.query<{ userId: string; organisationId: string }>(
      `SELECT u.id AS "userId", m.organisation_id AS "organisationId" FROM users u JOIN memberships m ON m.user_id = u.id WHERE u.email = 'coordinator@tashkent.demo'`,
    );
    console.log(`Loading ${args.calls} calls and ${args.victims} people for Tashkent …`);
    await addCalls(owner, me!.organisationId, me!.userId, Number(args.calls));
    await addVictims(owner, me!.organisationId, me!.userId, Number(args.victims));
    await owner.query("ANALYZE");
    const {
      rows: [deep],
    } = await owner.query<{ at: Date; id: string }>(
      "SELECT received_at AS at, id FROM hotline_calls WHERE organisation_id = $1 ORDER BY received_at DESC, id DESC OFFSET $2 LIMIT 1",
      [me!.organisationId, Math.floor(Number(args.calls) * 0.8)],
    );
    await owner.end();

    console.log(`Before: ${revision.slice(0, 10)} (a worktree); after: the current tree.`);
    fs.rmSync(worktree, { recursive: true, force: true });
    git("worktree", "add", "--detach", worktree, revision);
    // Hard links: the same packages, without a copy and without a symlink Next.js would refuse.
    execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(worktree, "node_modules")]);
    execFileSync(process.execPath, ["scripts/prisma-generate.mjs"], { cwd: worktree, stdio: "ignore" });
    const buildEnv = { ...process.env, ...secrets, DATABASE_URL: appUrl, NEXT_TELEMETRY_DISABLED: "1" };
    build(worktree, buildEnv);
    build(root, buildEnv);

    const before = await startApp({
      root: worktree,
      env: { ...process.env, ...secrets, DATABASE_URL: database.url },
      logFile: path.join(os.tmpdir(), "tumar-bench-before.log"),
    });
    servers.push(before);
    const after = await startApp({
      root,
      env: { ...process.env, ...secrets, DATABASE_URL: appUrl },
      logFile: path.join(os.tmpdir(), "tumar-bench-after.log"),
    });
    servers.push(after);
    const sides = [
      { name: "before", app: before, cookie: await signIn(before.url, "coordinator@tashkent.demo", "Tumar-demo-2026") },
      { name: "after", app: after, cookie: await signIn(after.url, "coordinator@tashkent.demo", "Tumar-demo-2026") },
    ];

    const surfaces = [
      { name: "hotline list, first page", path: "/hotline" },
      {
        name: "hotline list, topic filter, deep cursor",
        path: `/hotline?topic=WAGE_THEFT&cursor=${encodeCursor(deep!)}`,
      },
      { name: "people list, first page", path: "/victims" },
      { name: "API: hotline calls, first page", path: "/api/v1/hotline-calls" },
    ];
    const connections = Number(args.connections);
    const seconds = Number(args.seconds);
    console.log(
      `\n${args.rounds} rounds of ${seconds} s per side and page, ${connections} connections (ms, requests/s):\n`,
    );
    console.log(
      "| page | before mean | before p97.5 | before req/s | after mean | after p97.5 | after req/s | latency | throughput | errors |",
    );
    console.log("|---|---|---|---|---|---|---|---|---|---|");
    for (const surface of surfaces) {
      const results: Record<string, LoadResult[]> = { before: [], after: [] };
      for (const side of sides)
        await measure(side.app.url + surface.path, { headers: { cookie: side.cookie }, connections, seconds: 2 }); // warm-up
      for (let round = 0; round < Number(args.rounds); round++) {
        for (const side of round % 2 ? [...sides].reverse() : sides) {
          results[side.name]!.push(
            await measure(side.app.url + surface.path, { headers: { cookie: side.cookie }, connections, seconds }),
          );
        }
      }
      const b = results.before!;
      const a = results.after!;
      const pick = (rs: LoadResult[], key: keyof LoadResult) => median(rs.map((r) => r[key]));
      const latency = (pick(a, "mean") / pick(b, "mean") - 1) * 100;
      const throughput = (pick(a, "rps") / pick(b, "rps") - 1) * 100;
      const errors = [...a, ...b].reduce((s, r) => s + r.errors, 0);
      const sign = (x: number) => `${x >= 0 ? "+" : ""}${x.toFixed(1)} %`;
      console.log(
        `| ${surface.name} | ${pick(b, "mean").toFixed(1)} | ${pick(b, "p97_5").toFixed(0)} | ${pick(b, "rps").toFixed(0)} | ${pick(a, "mean").toFixed(1)} | ${pick(a, "p97_5").toFixed(0)} | ${pick(a, "rps").toFixed(0)} | ${sign(latency)} | ${sign(throughput)} | ${errors} |`,
      );
    }
  } finally {
    for (const server of servers) await server.stop().catch(() => {});
    spawnSync("git", ["worktree", "remove", "--force", worktree], { cwd: root });
    fs.rmSync(worktree, { recursive: true, force: true });
    await database.stop();
  }
}

runBenchmark(main);
