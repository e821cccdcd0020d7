// The benchmark's figures as Markdown: the run's conditions, each surface against its floors, the
// issue's goals met or missed, and the plans of the main queries.
import type { LoadResult } from "./load";
import type { FloorResult } from "./sql-floor";
import type { JsSize } from "./js-size";
import type { Surface } from "./surfaces";
import type { BenchFixture } from "./fixture";
import { goalsTable } from "./goals";
import { kib, ms } from "./format";

export interface BenchReport {
  date: string;
  machine: string;
  revision: string;
  size: BenchFixture["size"];
  hotline: { code: string; calls: number };
  seededIn: number | null;
  seconds: number;
  connections: number;
  coldStartMs: number;
  rss: { atStart: number; afterLoad: number };
  renderFloor: { single: LoadResult; saturated: LoadResult; bytes: number; hotlineBytes: number };
  floorJs: JsSize;
  surfaces: {
    surface: Surface;
    single: LoadResult;
    saturated: LoadResult;
    floor: FloorResult | null;
    js: JsSize | null;
  }[];
  loads: { name: string; result: LoadResult }[];
  plans: { name: string; ms: number; sql: string; plan: string }[];
}

const n = (x: number) => x.toLocaleString("en-GB");

/** What a page costs above rendering the same markup and running the same SQL. */
export function overhead(page: LoadResult, renderFloor: LoadResult, sql: FloorResult | null): number | null {
  if (!sql) return null;
  return page.p50 / (renderFloor.p50 + sql.p50) - 1;
}

export function report(r: BenchReport): string {
  const lines: string[] = [];
  const pct = (x: number | null) => (x === null ? "–" : `${x >= 0 ? "+" : ""}${(x * 100).toFixed(0)} %`);
  lines.push(
    `${r.date}, ${r.machine}, commit ${r.revision}. Data: ${n(r.size.calls)} hotline calls, ${n(r.size.victims)} people, ${n(r.size.stays)} shelter stays, ${n(r.size.repatriations)} repatriations, ${n(r.size.situations)} situations, ${n(r.size.auditEvents)} audit events; the busiest hotline (${r.hotline.code}) has ${n(r.hotline.calls)} calls.${r.seededIn ? ` Seeded in ${r.seededIn.toFixed(0)} s.` : ""}`,
  );
  lines.push("");
  lines.push(
    `Each surface: ${r.seconds} s at one connection (latency, ms) and ${r.seconds} s at ${r.connections} connections (throughput). "SQL" is the page's own statements replayed through plain pg (the database floor); "render" is /bench/floor, the hotline list's markup without session or database (${ms(r.renderFloor.single.p50)} ms p50, ${r.renderFloor.saturated.rps.toFixed(0)} req/s; ${kib(r.renderFloor.bytes)} KiB of HTML against the hotline page's ${kib(r.renderFloor.hotlineBytes)} KiB). Overhead = page p50 / (render p50 + SQL p50) − 1: auth, scoping, audit, Prisma and the page's own work. JS: gzipped, all / the page's own beyond the framework's.`,
  );
  lines.push("");
  lines.push(
    "| surface | p50 | p95 | p99 | req/s, 1 conn | req/s, saturated | errors | SQL statements | SQL p50 | SQL p95 | overhead | JS KiB (own) |",
  );
  lines.push("|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const s of r.surfaces) {
    const api = s.surface.path.startsWith("/api/");
    lines.push(
      `| ${s.surface.name} | ${ms(s.single.p50)} | ${ms(s.single.p95)} | ${ms(s.single.p99)} | ${s.single.rps.toFixed(0)} | ${s.saturated.rps.toFixed(0)} | ${s.single.errors + s.saturated.errors} | ${s.floor?.statements ?? "–"} | ${ms(s.floor?.p50)} | ${ms(s.floor?.p95)} | ${api ? "–" : pct(overhead(s.single, r.renderFloor.single, s.floor))} | ${s.js ? `${kib(s.js.totalGzip)} (${kib(s.js.ownGzip)})` : "–"} |`,
    );
  }
  lines.push("");
  lines.push("| load | p50 | p95 | p99 | req/s | errors |");
  lines.push("|---|---|---|---|---|---|");
  for (const l of r.loads)
    lines.push(
      `| ${l.name} | ${ms(l.result.p50)} | ${ms(l.result.p95)} | ${ms(l.result.p99)} | ${l.result.rps.toFixed(0)} | ${l.result.errors} |`,
    );
  lines.push("");
  lines.push(...goalsTable(r));
  lines.push("");
  for (const p of r.plans) {
    lines.push(
      `<details><summary>${p.name}: slowest statement, ${ms(p.ms)} ms (EXPLAIN ANALYZE as tumar_app)</summary>`,
    );
    lines.push("");
    lines.push("```");
    lines.push(p.sql.length > 1200 ? p.sql.slice(0, 1200) + " …" : p.sql);
    lines.push("");
    // Long id lists (a page's shared records) would fill the page: each line is cut.
    lines.push(
      p.plan
        .split("\n")
        .map((l) => (l.length > 240 ? l.slice(0, 240) + " …" : l))
        .join("\n"),
    );
    lines.push("```");
    lines.push("</details>");
    lines.push("");
  }
  return lines.join("\n");
}
