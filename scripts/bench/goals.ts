// The goals the benchmark judges, each against the figures of the same run. These are issue 22's
// targets (speed close to the floors); issue 8's, which they replace, are kept with their figures
// in docs/performance.md ("Scale (issue 8)"). A goal whose surface or load was left out of the run
// (`--only`) shows "not measured" rather than passing.
import type { BenchReport } from "./report";
import { kib, ms } from "./format";

export type GoalRow = { goal: string; target: string; measured: string; met: boolean | null };

/** The figures pages: the reports page's charts and issue 20's sections (occupancy, returns …). */
export const FIGURES_KEYS = [
  "situation-figures",
  "figures-people",
  "figures-services",
  "figures-calls",
  "figures-shelters",
  "figures-returns",
];

/** memoryOf reports MiB; the target is in MB. */
const mb = (mib: number) => Math.round(mib * 1.048576);

export function goals(r: BenchReport): GoalRow[] {
  const find = (key: string) => r.surfaces.find((s) => s.surface.key === key);
  const load = (prefix: string) => r.loads.find((l) => l.name.startsWith(prefix))?.result;
  const rows: GoalRow[] = [];
  const check = (goal: string, target: string, measured: string | null, met: boolean) =>
    rows.push({ goal, target, measured: measured ?? "not measured", met: measured === null ? null : met });

  const hotline = find("hotline-first");
  check(
    "hotline list: SQL statements / SQL p50",
    "≤ 6 / ≤ 4 ms",
    hotline?.floor ? `${hotline.floor.statements} / ${ms(hotline.floor.p50)} ms` : null,
    !!hotline?.floor && hotline.floor.statements <= 6 && hotline.floor.p50 <= 4,
  );
  check(
    "hotline list: p50",
    "≤ 15 ms",
    hotline ? `${ms(hotline.single.p50)} ms` : null,
    !!hotline && hotline.single.p50 <= 15,
  );
  // The render floor is the same markup without session or database: the page's throughput is
  // judged against it as well as absolutely, since a slower machine lowers both.
  const floorRps = r.renderFloor.saturated.rps;
  check(
    "hotline list: saturated throughput",
    "≥ 75 req/s and ≥ 85 % of its render floor",
    hotline
      ? `${hotline.saturated.rps.toFixed(0)} req/s, ${((hotline.saturated.rps / floorRps) * 100).toFixed(0)} % of the floor's ${floorRps.toFixed(0)}`
      : null,
    !!hotline && hotline.saturated.rps >= 75 && hotline.saturated.rps >= 0.85 * floorRps,
  );
  check(
    "hotline list markup",
    "≤ 40 KiB",
    r.renderFloor.hotlineBytes ? `${kib(r.renderFloor.hotlineBytes)} KiB` : null,
    r.renderFloor.hotlineBytes > 0 && r.renderFloor.hotlineBytes <= 40 * 1024,
  );
  for (const [key, label, limit] of [
    ["victim", "victim record page: p50", 20],
    ["bed-board", "bed board: p50", 25],
  ] as const) {
    const s = find(key);
    check(label, `≤ ${limit} ms`, s ? `${ms(s.single.p50)} ms` : null, !!s && s.single.p50 <= limit);
  }
  const searches = ["search-latin", "search-cyrillic"].map(find).filter((s) => s !== undefined);
  const searchP95 = Math.max(...searches.map((s) => s.single.p95));
  check(
    "name search page: p95",
    "≤ 30 ms",
    searches.length ? `${ms(searchP95)} ms` : null,
    searches.length > 0 && searchP95 <= 30,
  );
  const intake = load("hotline intake");
  check(
    "intake save at a steady 50 req/s: p95",
    "≤ 60 ms, 0 errors",
    intake ? `${ms(intake.p95)} ms, ${intake.errors} errors` : null,
    !!intake && intake.p95 <= 60 && intake.errors === 0,
  );
  check(
    "server memory after the load",
    "≤ 350 MB",
    `${mb(r.rss.afterLoad)} MB after the load (${mb(r.rss.atStart)} MB at start)`,
    mb(r.rss.afterLoad) <= 350,
  );
  // The server runs at production's heap (scripts/app-server.ts): running out aborts it, and every
  // request of the load after that is an error.
  const fifty = load("hotline list, 50 connections");
  check(
    "50 concurrent requests at the default heap",
    "no error, the server stays up",
    fifty ? `${fifty.errors} errors of ${fifty.requests + fifty.errors}, p99 ${ms(fifty.p99)} ms` : null,
    !!fifty && fifty.errors === 0 && fifty.requests > 0,
  );
  const pages = r.surfaces.filter((s) => s.js);
  const heaviest = pages.reduce<(typeof pages)[number] | null>(
    (max, s) => (max && max.js!.totalGzip >= s.js!.totalGzip ? max : s),
    null,
  );
  check(
    "JavaScript per page, gzipped",
    "≤ 160 KiB every page",
    heaviest ? `at most ${kib(heaviest.js!.totalGzip)} KiB (${heaviest.surface.name})` : null,
    !!heaviest && heaviest.js!.totalGzip <= 160 * 1024,
  );
  const figures = FIGURES_KEYS.map(find).filter((s) => s?.floor);
  const slowestFigures = figures.reduce<(typeof figures)[number]>(
    (max, s) => (max && max.floor!.p50 >= s!.floor!.p50 ? max : s),
    undefined,
  );
  check(
    "figures pages: SQL p50",
    "≤ 5 ms",
    slowestFigures ? `at most ${ms(slowestFigures.floor!.p50)} ms (${slowestFigures.surface.name})` : null,
    figures.length > 0 && figures.every((s) => s!.floor!.p50 <= 5),
  );
  return rows;
}

export function goalsTable(r: BenchReport): string[] {
  return [
    "| goal (issue 22) | target | measured | met |",
    "|---|---|---|---|",
    ...goals(r).map(
      (g) => `| ${g.goal} | ${g.target} | ${g.measured} | ${g.met === null ? "–" : g.met ? "yes" : "**no**"} |`,
    ),
  ];
}
