// Growth: the list, search and figures surfaces on networks of 10,000, 100,000 and 1,000,000 calls (people,
// stays, repatriations and situations in proportion), one connection each, to show that their
// times stay flat as the tables grow (keyset pagination, indexes that start with the organisation,
// trigram and folded-key search). Each size has its own database under .data/bench/, seeded on first use.
import os from "node:os";
import path from "node:path";
import fs from "node:fs";
import { FULL_SCALE, bars, type ScaleOptions } from "../seed-scale/index";
import { openScaledDatabase } from "./scaled-database";
import { loadFixture } from "./fixture";
import { sealedSurface, surfaces } from "./surfaces";
import { signIn, startApp } from "../app-server";
import { measure, type LoadResult } from "./load";
import pg from "pg";

const GROWTH_KEYS = [
  "hotline-first",
  "hotline-filtered",
  "hotline-deep",
  "api-hotline",
  "search-latin",
  "search-cyrillic",
  "victim",
  // The figures (issue 22): from counts kept as calls are written, flat whatever the years hold.
  "figures-calls",
  "figures-people",
  "situation-figures",
];

export function growthSizes(calls: number[]): ScaleOptions[] {
  return calls.map((n) => ({
    ...FULL_SCALE,
    calls: n,
    victims: Math.round(n / 10),
    stays: Math.round(n * 0.15),
    repatriations: Math.round(n / 50),
    situations: Math.round(n / 200),
  }));
}

export interface GrowthRow {
  calls: number;
  busiest: number;
  results: { key: string; name: string; result: LoadResult }[];
}

export async function measureGrowth(
  root: string,
  sizes: ScaleOptions[],
  seconds: number,
  password: string,
  dataRoot?: string,
): Promise<GrowthRow[]> {
  const rows: GrowthRow[] = [];
  for (const options of sizes) {
    console.log(`Growth: ${options.calls} calls …`);
    const database = await openScaledDatabase(options, bars, dataRoot);
    const owner = new pg.Pool({ connectionString: database.ownerUrl, max: 2 });
    const logDir = fs.mkdtempSync(path.join(os.tmpdir(), "tumar-growth-"));
    try {
      const fixture = await loadFixture(owner);
      const app = await startApp({
        root,
        env: { ...process.env, ...database.secrets, DATABASE_URL: database.appUrl, NEXT_TELEMETRY_DISABLED: "1" },
        logFile: path.join(logDir, "app.log"),
      });
      try {
        const cookie = await signIn(app.url, fixture.emails.coordinator, password);
        const results = [];
        for (const surface of surfaces(fixture).filter((x) => GROWTH_KEYS.includes(x.key))) {
          // Measured at their sealed address, as the main run does (a plain `q` only redirects).
          const s = await sealedSurface(app.url, surface, cookie);
          await measure(app.url + s.path, { headers: { cookie }, connections: 1, seconds: 1 });
          results.push({
            key: s.key,
            name: s.name,
            result: await measure(app.url + s.path, { headers: { cookie }, connections: 1, seconds }),
          });
        }
        rows.push({ calls: fixture.size.calls, busiest: fixture.hotline.calls, results });
      } finally {
        await app.stop();
      }
    } finally {
      await owner.end();
      await database.stop();
    }
  }
  return rows;
}

export function growthTable(rows: GrowthRow[]): string {
  if (rows.length === 0) return "";
  const n = (x: number) => x.toLocaleString("en-GB");
  const header = `| surface (p50 / p95 ms, one connection) | ${rows.map((r) => `${n(r.calls)} calls (busiest hotline ${n(r.busiest)})`).join(" | ")} |`;
  const lines = [header, `|---|${rows.map(() => "---").join("|")}|`];
  for (const key of GROWTH_KEYS) {
    const name = rows[0]!.results.find((r) => r.key === key)?.name ?? key;
    lines.push(
      `| ${name} | ${rows
        .map((r) => r.results.find((x) => x.key === key))
        .map((x) =>
          x
            ? `${x.result.p50.toFixed(0)} / ${x.result.p95.toFixed(0)}${x.result.errors ? ` (${x.result.errors} errors)` : ""}`
            : "–",
        )
        .join(" | ")} |`,
    );
  }
  return lines.join("\n");
}
