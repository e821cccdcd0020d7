// `npm run bench:js`: the JavaScript every page of the production build makes the browser
// download, gzipped, read from the build's own manifests (no server, no sign-in, every route,
// including the form pages the load benchmark does not visit). A page loads the framework's root
// scripts (build-manifest.json's rootMainFiles) and its entry's chunks (the page's client
// reference manifest); the sum equals what js-size.ts counts from a served page's <script> tags.
// Prints the pages largest first, against issue 22's budget; `--over` exits non-zero when one
// is above it.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { parseArgs } from "node:util";

const BUDGET_GZIP = 160 * 1024;
const root = path.resolve(import.meta.dirname, "../..");
const next = path.join(root, ".next");
const { values: args } = parseArgs({ options: { over: { type: "boolean", default: false } } });

const sizes = new Map<string, number>();
function gzipSize(file: string): number {
  if (!sizes.has(file)) sizes.set(file, zlib.gzipSync(fs.readFileSync(path.join(next, file)), { level: 9 }).length);
  return sizes.get(file)!;
}

/** Each page's and layout's entry chunks, from the client reference manifests (scripts that fill a global). */
function readEntries(): Map<string, string[]> {
  const entries = new Map<string, string[]>();
  const visit = (dir: string) => {
    for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, item.name);
      if (item.isDirectory()) visit(file);
      else if (item.name.endsWith("_client-reference-manifest.js")) {
        const holder: { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {};
        new Function("globalThis", "self", fs.readFileSync(file, "utf8"))(holder, holder);
        for (const manifest of Object.values(holder.__RSC_MANIFEST ?? {}))
          for (const [key, files] of Object.entries(manifest.entryJSFiles ?? {})) entries.set(key, files);
      }
    }
  };
  visit(path.join(next, "server/app"));
  return entries;
}

const entries = readEntries();

/**
 * A page's chunks: its own entry, or where the page has no client component of its own (and so no
 * entry), its nearest layout's.
 */
function pageChunks(route: string): string[] {
  const segments = route
    .replace(/\/page$/, "")
    .split("/")
    .filter(Boolean);
  const own = entries.get(`[project]/app/${segments.join("/")}/page`.replace("/app//", "/app/"));
  if (own) return own;
  for (let n = segments.length; n >= 0; n--) {
    const layout = entries.get(["[project]/app", ...segments.slice(0, n), "layout"].join("/"));
    if (layout) return layout;
  }
  return [];
}

const buildManifest = JSON.parse(fs.readFileSync(path.join(next, "build-manifest.json"), "utf8")) as {
  rootMainFiles: string[];
};
const routes = Object.keys(
  JSON.parse(fs.readFileSync(path.join(next, "server/app-paths-manifest.json"), "utf8")) as Record<string, string>,
).filter((route) => route.endsWith("/page") && !route.startsWith("/_"));

const rows = routes
  .map((route) => {
    const files = new Set([...buildManifest.rootMainFiles, ...pageChunks(route)]);
    const total = [...files].reduce((sum, file) => sum + gzipSize(file), 0);
    return { page: route.replace(/\/page$/, "") || "/", total };
  })
  .sort((a, b) => b.total - a.total);

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
for (const row of rows)
  console.log(`${kib(row.total).padStart(7)} KiB ${row.total > BUDGET_GZIP ? "over " : "     "} ${row.page}`);
const over = rows.filter((row) => row.total > BUDGET_GZIP);
console.log(`${rows.length} pages; ${over.length} above ${kib(BUDGET_GZIP)} KiB gzipped`);
if (args.over && over.length) process.exitCode = 1;
