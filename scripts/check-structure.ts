// `npm run test:static`'s structure check (README "Layout"): the code keeps the shape a newcomer
// is told about.
//  1. No import cycles between the folders of lib/ (a domain that needs another's answer asks it;
//     the other does not ask back), type-only imports included: they tie the folders together for
//     a reader just the same.
//  2. No import cycles between the files of one folder either (e.g. a schema and a state machine
//     that import each other's types: their shared words belong in a codes.ts).
//  3. Each domain folder holds the README's file set (schema, policy, data, mutations, actions),
//     except where scripts/structure-exceptions.json says why not. The list can only shrink: an
//     exception that no longer applies fails the check until it is removed.
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const lib = path.join(root, "lib");

/** The README's file set of a domain folder (codes.ts and present.ts where needed). */
export const DOMAIN_FILES = ["schema.ts", "policy.ts", "data.ts", "mutations.ts", "actions.ts"] as const;

interface Exceptions {
  /**
   * Imports between folders that close a cycle and are still to be removed: "from -> to": why.
   * They are left out of the cycle check; one that no longer exists fails it.
   */
  toleratedImports: Record<string, string>;
  /** Folders of lib/ that are not domains (helpers shared by all), with why. */
  notDomains: Record<string, string>;
  /** Domain folders without some of the file set: folder -> { file: why }. */
  missingFiles: Record<string, Record<string, string>>;
}

/** The TypeScript sources under a folder, tests and generated code left out. */
export function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const IMPORT =
  /(?:import|export)\s+(?:type\s+)?(?:[^"';]*?\s+from\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

/** The lib/ files a file imports (resolved; other imports left out). */
export function importsOf(file: string, source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2]!;
    let target: string | null = null;
    if (spec.startsWith("@/lib/")) target = path.join(lib, spec.slice("@/lib/".length));
    else if (spec.startsWith(".")) target = path.resolve(path.dirname(file), spec);
    if (!target || !target.startsWith(lib + path.sep) || target.includes(`${path.sep}generated${path.sep}`)) continue;
    const resolved = [target, `${target}.ts`, `${target}.tsx`, path.join(target, "index.ts")].find(
      (candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
    );
    if (resolved) found.push(resolved);
  }
  return found;
}

/** The folder of lib/ a file belongs to; a file directly in lib/ (db.ts, errors.ts) stands alone. */
const folderOf = (file: string) => {
  const relative = path.relative(lib, file).split(path.sep);
  return relative.length > 1 ? relative[0]! : relative[0]!.replace(/\.tsx?$/, ".ts");
};

/** Strongly connected components with more than one node (Tarjan), each sorted. */
export function cycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    indices.set(node, index);
    low.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, indices.get(next)!));
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) visit(node);
  return found;
}

function addEdge(graph: Map<string, Set<string>>, from: string, to: string) {
  if (!graph.has(from)) graph.set(from, new Set());
  if (!graph.has(to)) graph.set(to, new Set());
  graph.get(from)!.add(to);
}

export function checkStructure(): string[] {
  const problems: string[] = [];
  const folders = new Map<string, Set<string>>();
  const filesByFolder = new Map<string, Map<string, Set<string>>>();
  for (const file of sourceFiles(lib)) {
    const from = folderOf(file);
    for (const target of importsOf(file, fs.readFileSync(file, "utf8"))) {
      const to = folderOf(target);
      if (from !== to) addEdge(folders, from, to);
      else {
        if (!filesByFolder.has(from)) filesByFolder.set(from, new Map());
        addEdge(filesByFolder.get(from)!, path.relative(lib, file), path.relative(lib, target));
      }
    }
  }
  const exceptions = JSON.parse(
    fs.readFileSync(path.join(root, "scripts/structure-exceptions.json"), "utf8"),
  ) as Exceptions;
  for (const edge of Object.keys(exceptions.toleratedImports)) {
    const [from, to] = edge.split(" -> ") as [string, string];
    if (!folders.get(from)?.has(to))
      problems.push(`structure-exceptions.json: lib/${from} no longer imports lib/${to}; remove "${edge}"`);
    else folders.get(from)!.delete(to);
  }
  for (const cycle of cycles(folders)) problems.push(`import cycle between folders of lib/: ${cycle.join(" ⇄ ")}`);
  for (const graph of filesByFolder.values())
    for (const cycle of cycles(graph)) problems.push(`import cycle between files: ${cycle.join(" ⇄ ")}`);

  const domains = fs
    .readdirSync(lib, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== "generated")
    .map((entry) => entry.name);
  for (const folder of Object.keys(exceptions.notDomains))
    if (!domains.includes(folder))
      problems.push(`structure-exceptions.json: lib/${folder} is gone; remove it from notDomains`);
  for (const domain of domains.filter((d) => !(d in exceptions.notDomains))) {
    const excused = exceptions.missingFiles[domain] ?? {};
    for (const file of DOMAIN_FILES) {
      const present = fs.existsSync(path.join(lib, domain, file));
      if (!present && !(file in excused))
        problems.push(
          `lib/${domain} has no ${file} (README "Layout"; or say why in scripts/structure-exceptions.json)`,
        );
      if (present && file in excused)
        problems.push(`structure-exceptions.json: lib/${domain}/${file} exists now; remove its exception`);
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = checkStructure();
  if (problems.length) {
    console.error(`Structure check failed:\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  console.log("Structure check: no import cycles in lib/; every domain folder has its file set or a stated exception.");
}
