// `npm run bench:heap -- --surface hotline-first,victim [--rounds 3] [--seconds 8] [--connections 8]
// [--snapshot] [--small]`: whether the server keeps memory it should have let go. Starts the
// production build on the scaled database at production's heap with --trace-gc, loads each surface
// in rounds and prints, after each round, the heap left by the last full collections (V8's
// Mark-Compact "→ MB"): flat across rounds is healthy, rising by round is a leak (decision 0043).
// --snapshot writes a heap snapshot at the end (for Chrome's DevTools, Memory tab) and prints where.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { FULL_SCALE, bars } from "../seed-scale/index";
import { openScaledDatabase } from "./scaled-database";
import { loadFixture } from "./fixture";
import { sealedSurface, surfaces, benchUserEmails } from "./surfaces";
import { PRODUCTION_NODE_ARGS, signIn, startApp } from "../app-server";
import { measure } from "./load";
import { DEMO_PASSWORD } from "../../prisma/demo-network";
import { SMALL_SCALE } from "./small-scale";
import { keptAfterFullCollections } from "./memory";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "../..");
const { values: args } = parseArgs({
  options: {
    surface: { type: "string", default: "hotline-first" },
    rounds: { type: "string", default: "3" },
    seconds: { type: "string", default: "8" },
    connections: { type: "string", default: "8" },
    snapshot: { type: "boolean", default: false },
    small: { type: "boolean", default: false },
  },
});

const database = await openScaledDatabase(args.small ? SMALL_SCALE : FULL_SCALE, bars);
const owner = new pg.Pool({ connectionString: database.ownerUrl, max: 1 });
const fixture = await loadFixture(owner);
await owner.end();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tumar-heap-"));
const logFile = path.join(dir, "app.log");
const app = await startApp({
  root,
  env: { ...process.env, ...database.secrets, DATABASE_URL: database.appUrl, NEXT_TELEMETRY_DISABLED: "1" },
  logFile,
  nodeArgs: [...PRODUCTION_NODE_ARGS, "--trace-gc", "--heapsnapshot-signal=SIGUSR2", `--diagnostic-dir=${dir}`],
});
try {
  const emails = benchUserEmails(fixture);
  for (const key of args.surface.split(",")) {
    const listed = surfaces(fixture).find((s) => s.key === key);
    if (!listed) throw new Error(`no surface ${key}`);
    const cookie = await signIn(app.url, emails[listed.user], DEMO_PASSWORD);
    const surface = await sealedSurface(app.url, listed, cookie);
    for (let round = 1; round <= Number(args.rounds); round++) {
      const result = await measure(app.url + surface.path, {
        headers: { cookie, ...(surface.method === "POST" ? { "content-type": "application/json" } : {}) },
        method: surface.method,
        body: surface.body,
        connections: Number(args.connections),
        seconds: Number(args.seconds),
      });
      const kept = keptAfterFullCollections(fs.readFileSync(logFile, "utf8"));
      console.log(
        `${key}, round ${round}: ${result.requests} requests, ${result.errors} errors; heap kept after the last full collections: ${kept.length ? kept.map((mb) => `${mb} MB`).join(", ") : "none yet"}`,
      );
    }
  }
  if (args.snapshot) {
    const before = new Set(fs.readdirSync(dir));
    process.kill(app.process.pid!, "SIGUSR2");
    // The server writes the snapshot synchronously (seconds for a few hundred MB); wait for the file to stop growing.
    let file: string | undefined;
    for (let size = -1; ;) {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      file = fs.readdirSync(dir).find((f) => f.endsWith(".heapsnapshot") && !before.has(f));
      const now = file ? fs.statSync(path.join(dir, file)).size : -1;
      if (file && now === size) break;
      size = now;
    }
    console.log(`heap snapshot: ${path.join(dir, file!)}`);
  }
} finally {
  await app.stop();
  await database.stop();
}
