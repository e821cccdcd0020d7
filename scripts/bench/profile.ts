// `npm run bench:profile -- --surface hotline-first [--seconds 10] [--small]`: where one surface's
// time goes in the server. Starts the production build (run `npm run build` or `npm run bench`
// first) on the scaled database with V8's CPU profiler, sends the surface's request back to back
// on one connection, stops the server (which writes the profile) and prints the self time by
// package and the busiest functions. The .cpuprofile file stays for Chrome's DevTools.
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
import { summariseProfile, type CpuProfile } from "./profile-summary";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "../..");
const { values: args } = parseArgs({
  options: {
    surface: { type: "string", default: "hotline-first" },
    seconds: { type: "string", default: "10" },
    small: { type: "boolean", default: false },
  },
});

const database = await openScaledDatabase(args.small ? SMALL_SCALE : FULL_SCALE, bars);
const owner = new pg.Pool({ connectionString: database.ownerUrl, max: 1 });
const fixture = await loadFixture(owner);
await owner.end();
const listed = surfaces(fixture).find((s) => s.key === args.surface);
if (!listed) throw new Error(`no surface ${args.surface}`);
const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "tumar-profile-"));
const app = await startApp({
  root,
  env: { ...process.env, ...database.secrets, DATABASE_URL: database.appUrl, NEXT_TELEMETRY_DISABLED: "1" },
  logFile: path.join(profileDir, "app.log"),
  nodeArgs: [...PRODUCTION_NODE_ARGS, "--cpu-prof", `--cpu-prof-dir=${profileDir}`],
});
try {
  const emails = benchUserEmails(fixture);
  const cookie = await signIn(app.url, emails[listed.user], DEMO_PASSWORD);
  // A search is asked by its sealed address, as the browser does after the redirect (and as
  // `npm run bench` measures it): the plain one would profile the redirect.
  const surface = await sealedSurface(app.url, listed, cookie);
  const options = {
    headers: { cookie, ...(surface.method === "POST" ? { "content-type": "application/json" } : {}) },
    method: surface.method,
    body: surface.body,
    connections: 1,
  };
  await measure(app.url + surface.path, { ...options, seconds: 2 }); // warm
  const result = await measure(app.url + surface.path, { ...options, seconds: Number(args.seconds) });
  console.log(`${surface.name}: ${result.requests} requests, ${result.errors} errors, p50 ${result.p50.toFixed(1)} ms`);
} finally {
  await app.stop();
  await database.stop();
}
const file = fs.readdirSync(profileDir).find((f) => f.endsWith(".cpuprofile"));
if (!file) throw new Error(`no profile written in ${profileDir} (see app.log there)`);
const profile = JSON.parse(fs.readFileSync(path.join(profileDir, file), "utf8")) as CpuProfile;
console.log(summariseProfile(profile, root));
console.log(`profile: ${path.join(profileDir, file)}`);
