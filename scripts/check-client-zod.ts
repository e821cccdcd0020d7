// `npm run test:static`'s check that no module a browser loads imports the classic zod build
// (decision 0039). Forms check their input in the browser with the shared schemas, which are
// written with `zod/mini`; the classic `zod` cannot be tree-shaken, so one import of it anywhere
// below a client component ships all of it (about 32 KiB gzipped) to every page with a form.
// Type-only imports are left out: they do not reach the bundle.
import fs from "node:fs";
import path from "node:path";
import { sourceFiles } from "./check-structure";

const root = path.resolve(import.meta.dirname, "..");
const SOURCE_ROOTS = ["app", "components", "lib"];

const STATEMENT =
  /(?:^|[\n;])\s*(import|export)\s+(type\s+)?(?:[^"';]*?\s+from\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

export interface ImportOf {
  spec: string;
  typeOnly: boolean;
}

/** The module specifiers a source imports (statically or dynamically), each with whether only types come. */
export function importsIn(source: string): ImportOf[] {
  return [...source.matchAll(STATEMENT)].map((m) => ({ spec: m[3] ?? m[4]!, typeOnly: Boolean(m[2]) }));
}

const directive = (name: string) => new RegExp(`^(?:\\s*(?:\\/\\/[^\\n]*|\\/\\*[\\s\\S]*?\\*\\/))*\\s*["']${name}["']`);
const USE_CLIENT = directive("use client");
const USE_SERVER = directive("use server");

/** Whether a source is a client component module ("use client" before any statement). */
export const isClientModule = (source: string) => USE_CLIENT.test(source);
/**
 * Whether a source is a module of server actions ("use server"): a client imports only references
 * to its functions, none of its code, so the walk stops there.
 */
export const isServerActions = (source: string) => USE_SERVER.test(source);

function resolve(from: string, spec: string): string | null {
  let target: string | null = null;
  if (spec.startsWith("@/")) target = path.join(root, spec.slice(2));
  else if (spec.startsWith(".")) target = path.resolve(path.dirname(from), spec);
  if (!target) return null;
  return (
    [target, `${target}.ts`, `${target}.tsx`, path.join(target, "index.ts"), path.join(target, "index.tsx")].find(
      (candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
    ) ?? null
  );
}

/**
 * The chains from a client module to a module that imports `forbidden`, one per offending module
 * (the first chain found, shortest by breadth-first search).
 */
export function chainsTo(
  forbidden: string,
  entries: string[],
  read: (file: string) => string,
  resolveSpec: (from: string, spec: string) => string | null,
): string[][] {
  const parent = new Map<string, string | null>(entries.map((entry) => [entry, null]));
  const queue = [...entries];
  const chains: string[][] = [];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const { spec, typeOnly } of importsIn(read(file))) {
      if (typeOnly) continue;
      if (spec === forbidden) {
        const chain = [file];
        for (let up = parent.get(file); up; up = parent.get(up)) chain.unshift(up);
        chains.push(chain);
        continue;
      }
      const next = resolveSpec(file, spec);
      if (next && !parent.has(next) && !isServerActions(read(next))) {
        parent.set(next, file);
        queue.push(next);
      }
    }
  }
  return chains;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = SOURCE_ROOTS.flatMap((dir) => sourceFiles(path.join(root, dir)));
  const read = (file: string) => fs.readFileSync(file, "utf8");
  const clients = files.filter((file) => isClientModule(read(file)));
  const chains = chainsTo("zod", clients, read, resolve);
  if (chains.length > 0) {
    console.error(
      'The classic zod build reaches the browser (use "zod/mini" in these, decision 0039):\n' +
        chains.map((chain) => "  " + chain.map((file) => path.relative(root, file)).join(" -> ")).join("\n"),
    );
    process.exit(1);
  }
  console.log(`check-client-zod: ${clients.length} client modules, none reaches the classic zod build`);
}
