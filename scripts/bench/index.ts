// `npm run bench`: Tumar's speed on a regional network's ten years of data.
//   1. opens (or, the first time, seeds: minutes) the scaled database under .data/bench/
//   2. builds the production app (unless --skip-build) and times its cold start and memory
//   3. signs in each role and measures every surface with autocannon on loopback: one connection
//      (latency), saturated (throughput), the hotline list at a fixed 200 requests/s, the intake
//      at 50 requests/s, and 50 connections back to back
//   4. the floors: the same pages' SQL replayed through plain pg, and /bench/floor, the hotline
//      list's markup rendered without session or database
//   5. JavaScript per page, EXPLAIN ANALYZE of the main queries
//   6. with --growth 10000,100000,1000000: the lists and searches on networks of those sizes
// Prints the tables; --write puts them into docs/performance.md. --small (CI) uses a small network
// and short runs; --check fails the run when a surface answered with an error or its SQL could not
// be replayed (the figures themselves are not judged); every count is a parameter (see --help).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { execFileSync } from "node:child_process";
import { buildProductionApp } from "../build-app";
import pg from "pg";
import { FULL_SCALE, bars, type ScaleOptions } from "../seed-scale/index";
import { openScaledDatabase } from "./scaled-database";
import { SMALL_SCALE } from "./small-scale";
import { loadFixture } from "./fixture";
import { surfaces, intakeBody, sealedSurface, benchUserEmails, type BenchUser, type Surface } from "./surfaces";
import { signIn, startApp, type RunningApp } from "../app-server";
import { measure, measureAtRate } from "./load";
import { readRecorded, replay, explain, type FloorResult } from "./sql-floor";
import { jsSize, scriptsOf } from "./js-size";
import { memoryOf } from "./memory";
import { report, type BenchReport } from "./report";
import { runBenchmark } from "./run";
import { DEMO_PASSWORD } from "../../prisma/demo-network";
import { growthSizes, growthTable, measureGrowth } from "./growth";

const root = path.resolve(import.meta.dirname, "../..");
const { values: args } = parseArgs({
  options: {
    small: { type: "boolean", default: false },
    check: { type: "boolean", default: false },
    "skip-build": { type: "boolean", default: false },
    write: { type: "boolean", default: false },
    seconds: { type: "string" },
    connections: { type: "string", default: "8" },
    only: { type: "string" },
    growth: { type: "string" },
    data: { type: "string" },
    help: { type: "boolean", default: false },
    ...Object.fromEntries(Object.keys(FULL_SCALE).map((key) => [key, { type: "string" as const }])),
  },
});

function scaleOptions(): ScaleOptions {
  const base = args.small ? SMALL_SCALE : FULL_SCALE;
  return Object.fromEntries(
    Object.entries(base).map(([key, value]) => [
      key,
      (args as Record<string, unknown>)[key] === undefined ? value : Number((args as Record<string, unknown>)[key]),
    ]),
  ) as unknown as ScaleOptions;
}

/** Waits until the app answers its health check quickly again (after an overload). */
async function drained(url: string) {
  for (let tries = 0; tries < 600; tries++) {
    const started = performance.now();
    await fetch(`${url}/api/health`).catch(() => null);
    if (performance.now() - started < 50) return;
  }
}

function build(env: NodeJS.ProcessEnv) {
  console.log("Building the production app …");
  buildProductionApp({ env });
}

async function main() {
  if (args.help) {
    console.log(
      `npm run bench [-- --small] [--check] [--skip-build] [--write] [--seconds N] [--connections N] [--only key,key] [--growth 10000,100000,1000000] [--data <folder for the scaled databases> | temp]\n  scale: ${Object.keys(
        FULL_SCALE,
      )
        .map((k) => `--${k} N`)
        .join(" ")}`,
    );
    return;
  }
  const options = scaleOptions();
  const seconds = Number(args.seconds ?? (args.small ? 2 : 10));
  const connections = Number(args.connections);
  console.log(
    `Scaled database: ${options.organisations} organisations, ${options.victims} people, ${options.calls} calls, ${options.stays} stays, ${options.repatriations} repatriations, ${options.situations} situations …`,
  );
  // `--data temp`: a throw-away folder, removed at exit (the smoke run of `npm test` never touches .data/).
  const temporaryData = args.data === "temp" ? fs.mkdtempSync(path.join(os.tmpdir(), "tumar-bench-data-")) : null;
  if (temporaryData && process.getuid?.() === 0) fs.chmodSync(temporaryData, 0o777); // PostgreSQL runs as `postgres` when we are root
  if (temporaryData) process.on("exit", () => fs.rmSync(temporaryData, { recursive: true, force: true }));
  const dataRoot = temporaryData ?? (args.data ? path.resolve(args.data) : undefined);
  const database = await openScaledDatabase(options, bars, dataRoot);
  const apps: RunningApp[] = [];
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), "tumar-bench-"));
  const owner = new pg.Pool({ connectionString: database.ownerUrl, max: 2 });
  let output: BenchReport;
  try {
    const fixture = await loadFixture(owner);
    const env = {
      ...process.env,
      ...database.secrets,
      DATABASE_URL: database.appUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      BENCH_PAGES: "on",
    };
    if (!args["skip-build"]) build(env);

    // Cold start: from spawning `next start` to the first healthy answer; memory right after.
    const started = Date.now();
    const app = await startApp({ root, env, logFile: path.join(logDir, "app.log") });
    apps.push(app);
    const coldStartMs = Date.now() - started;
    const rssAtStart = memoryOf(app.process.pid!);

    const emails = benchUserEmails(fixture);
    // One session per user and server (the main instance, the second one, the recorder).
    const cookies = new Map<string, string>();
    const cookieOf = async (user: BenchUser, server = app.url) => {
      const key = `${server} ${user}`;
      if (!cookies.has(key)) cookies.set(key, await signIn(server, emails[user], DEMO_PASSWORD));
      return cookies.get(key)!;
    };
    const only = args.only?.split(",");
    const sealed = async (s: Surface): Promise<Surface> => sealedSurface(app.url, s, await cookieOf(s.user));
    const list = await Promise.all(
      surfaces(fixture)
        .filter((s) => !only || only.includes(s.key))
        .map(sealed),
    );
    const headersOf = async (s: Surface, server = app.url) => ({
      cookie: await cookieOf(s.user, server),
      ...(s.method === "POST" ? { "content-type": "application/json" } : {}),
    });

    // Each surface: a warm-up, one connection (latency), then saturated (throughput).
    const results: BenchReport["surfaces"] = [];
    for (const s of list) {
      const base = { headers: await headersOf(s), method: s.method, body: s.body };
      process.stdout.write(`  ${s.name} …`);
      await measure(app.url + s.path, { ...base, connections: 1, seconds: Math.min(2, seconds) });
      const single = await measure(app.url + s.path, { ...base, connections: 1, seconds });
      const saturated = await measure(app.url + s.path, { ...base, connections, seconds });
      results.push({ surface: s, single, saturated, floor: null, js: null });
      console.log(` p50 ${single.p50.toFixed(1)} ms, ${saturated.rps.toFixed(0)} req/s`);
    }
    // The goals' own loads.
    const hotline = list.find((s) => s.key === "hotline-first");
    const intake = list.find((s) => s.key === "intake");
    const loads: BenchReport["loads"] = [];
    if (intake) {
      loads.push({
        name: "hotline intake save at a fixed 50 requests/s",
        result: await measureAtRate(app.url + intake.path, {
          headers: await headersOf(intake),
          method: "POST",
          body: intakeBody(),
          rate: 50,
          seconds,
        }),
      });
    }
    if (hotline) {
      const headers = await headersOf(hotline);
      loads.push({
        name: "hotline list, 50 connections back to back",
        result: await measure(app.url + hotline.path, { headers, connections: 50, seconds }),
      });
      // Node.js renders on one core: a second instance on the same machine uses the other one.
      const second = await startApp({ root, env, logFile: path.join(logDir, "app-2.log") });
      apps.push(second);
      const secondCookie = await cookieOf(hotline.user, second.url);
      await measure(second.url + hotline.path, {
        headers: { cookie: secondCookie },
        connections: 1,
        seconds: Math.min(2, seconds),
      });
      const [one, two] = await Promise.all([
        measure(app.url + hotline.path, { headers, connections: Math.ceil(connections / 2), seconds }),
        measure(second.url + hotline.path, {
          headers: { cookie: secondCookie },
          connections: Math.ceil(connections / 2),
          seconds,
        }),
      ]);
      loads.push({
        name: "hotline list, two instances on this machine, saturated",
        result: {
          ...one,
          rps: one.rps + two.rps,
          errors: one.errors + two.errors,
          requests: one.requests + two.requests,
          p50: Math.max(one.p50, two.p50),
          p95: Math.max(one.p95, two.p95),
          p99: Math.max(one.p99, two.p99),
        },
      });
      await second.stop();
      apps.splice(apps.indexOf(second), 1);
      // Last: a server slower than the rate is left with a backlog, which must drain before the floors.
      loads.push({
        name: "hotline list at a fixed 200 requests/s",
        result: await measureAtRate(app.url + hotline.path, { headers, rate: 200, seconds }),
      });
      await drained(app.url);
    }
    const rssAfterLoad = memoryOf(app.process.pid!);

    // The rendering floor, and JavaScript per page (the floor's scripts are the framework's share).
    const renderFloor = await measure(`${app.url}/bench/floor`, { connections: 1, seconds });
    const renderFloorSaturated = await measure(`${app.url}/bench/floor`, { connections, seconds });
    const baseline = await scriptsOf(`${app.url}/bench/floor`, undefined);
    const floorJs = await jsSize(app.url, "/bench/floor", undefined, baseline);
    for (const r of results)
      if (r.surface.group !== "home" && !r.surface.file && !r.surface.path.startsWith("/api/"))
        r.js = await jsSize(app.url, r.surface.path, await cookieOf(r.surface.user), baseline);
    const pageBytes = async (p: string, cookie?: string) =>
      (await (await fetch(app.url + p, { headers: cookie ? { cookie } : {} })).arrayBuffer()).byteLength;
    const sizes = {
      floor: await pageBytes("/bench/floor"),
      hotline: hotline ? await pageBytes(hotline.path, await cookieOf("coordinator")) : 0,
    };
    await app.stop();
    apps.length = 0;

    // The database floor: a second instance that records its SQL, one request per surface.
    const sqlFile = path.join(logDir, "sql.jsonl");
    const recorder = await startApp({
      root,
      env: {
        ...env,
        NODE_OPTIONS: `--import ${path.join(import.meta.dirname, "record-sql.mjs")}`,
        BENCH_SQL_FILE: sqlFile,
      },
      logFile: path.join(logDir, "recorder.log"),
    });
    apps.push(recorder);
    const plans: BenchReport["plans"] = [];
    for (const r of results) {
      const headers = await headersOf(r.surface, recorder.url);
      const send = () =>
        fetch(recorder.url + r.surface.path, { method: r.surface.method ?? "GET", headers, body: r.surface.body }).then(
          (a) => a.arrayBuffer(),
        );
      await send(); // warm: the first request of a route loads its code and may read more
      fs.rmSync(sqlFile, { force: true });
      await send();
      const statements = readRecorded(sqlFile);
      fs.renameSync(sqlFile, path.join(logDir, `sql-${r.surface.key}.jsonl`)); // kept for reading
      const floor: FloorResult = await replay(database.appUrl, statements, args.small ? 20 : 200);
      r.floor = floor;
      if (
        floor.slowest &&
        [
          "hotline-first",
          "hotline-filtered",
          "hotline-deep",
          "search-cyrillic",
          "repatriations",
          "bed-board",
          "situation-figures",
        ].includes(r.surface.key)
      ) {
        plans.push({
          name: r.surface.name,
          ms: floor.slowest.ms,
          sql: floor.slowest.statement.text,
          plan: await explain(database.appUrl, statements, floor.slowest.statement),
        });
      }
    }
    await recorder.stop();
    apps.length = 0;

    output = {
      date: new Date().toISOString().slice(0, 10),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL ${(await owner.query("SHOW server_version")).rows[0].server_version}`,
      revision: execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).trim(),
      size: fixture.size,
      hotline: fixture.hotline,
      seededIn: database.seededIn,
      seconds,
      connections,
      coldStartMs,
      rss: { atStart: rssAtStart, afterLoad: rssAfterLoad },
      renderFloor: {
        single: renderFloor,
        saturated: renderFloorSaturated,
        bytes: sizes.floor,
        hotlineBytes: sizes.hotline,
      },
      floorJs,
      surfaces: results,
      loads,
      plans,
    };
    fs.writeFileSync(path.join(logDir, "bench.json"), JSON.stringify(output, null, 2));
  } finally {
    for (const app of apps) await app.stop().catch(() => {});
    await owner.end();
    await database.stop();
  }

  // Growth: the same lists and searches on networks of other sizes (the same build), each on its
  // own database, after the main run's has stopped (the full size is the same folder).
  const growth = args.growth
    ? await measureGrowth(root, growthSizes(args.growth.split(",").map(Number)), seconds, DEMO_PASSWORD, dataRoot)
    : [];
  const markdown = report(output) + (growth.length ? `\n\n### Growth\n\n${growthTable(growth)}\n` : "");
  console.log("\n" + markdown);
  if (args.write) {
    const file = path.join(root, "docs/performance.md");
    const doc = fs.readFileSync(file, "utf8");
    const [start, end] = ["<!-- bench:start -->", "<!-- bench:end -->"];
    if (!doc.includes(start)) throw new Error(`docs/performance.md has no ${start} … ${end} section`);
    fs.writeFileSync(
      file,
      doc.slice(0, doc.indexOf(start) + start.length) + "\n" + markdown + "\n" + doc.slice(doc.indexOf(end)),
    );
    console.log("Written to docs/performance.md.");
  }
  console.log(`Raw figures: ${path.join(logDir, "bench.json")}`);
  if (args.check) {
    const broken = output.surfaces.filter(
      (r) =>
        r.single.errors + r.saturated.errors > 0 || r.single.requests === 0 || !r.floor || r.floor.statements === 0,
    );
    if (broken.length)
      throw new Error(
        `Surfaces with errors or no SQL recorded: ${broken.map((r) => r.surface.key).join(", ")} (logs in ${logDir})`,
      );
    console.log(`Check: all ${output.surfaces.length} surfaces answered without errors and their SQL replayed.`);
  }
}

runBenchmark(main);
