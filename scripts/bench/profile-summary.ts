// Reads a V8 CPU profile (the .cpuprofile that `node --cpu-prof` writes) into two short tables: self
// time by package (our code by top folder, node_modules by package, Node.js itself) and the
// functions with the most self time. Self time only: where the processor actually was.

export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
  }[];
  samples: number[];
  timeDeltas: number[];
}

/** The package or folder a script belongs to: "next", "@prisma/client", "lib/auth", "(node)"… */
export function ownerOf(url: string, root: string): string {
  if (!url) return "(native / idle)";
  if (url.startsWith("node:")) return "(node)";
  const file = url.replace(/^file:\/\//, "");
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (modules) {
    // Next.js bundles its own copies (next/dist/compiled/react-dom, …): name them.
    const compiled = /next\/dist\/compiled\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    return compiled ? `next (${compiled[1]})` : modules[1]!;
  }
  // The server build puts our code and the packages it bundled into .next/server/chunks.
  if (file.includes("/.next/")) return ".next (bundled app)";
  const relative = file.startsWith(root) ? file.slice(root.length + 1) : file;
  return relative.split("/").slice(0, 2).join("/");
}

function table(rows: [string, number][], total: number, limit: number): string {
  return rows
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(
      ([name, us]) =>
        `  ${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${name}`,
    )
    .join("\n");
}

export function summariseProfile(profile: CpuProfile, root: string, limit = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const owners = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const us = profile.timeDeltas[i] ?? 0;
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === "(idle)" || functionName === "(program)") return;
    total += us;
    const owner = ownerOf(url, root);
    owners.set(owner, (owners.get(owner) ?? 0) + us);
    const name = `${functionName || "(anonymous)"}  ${owner}:${lineNumber + 1}`;
    functions.set(name, (functions.get(name) ? functions.get(name)! : 0) + us);
  });
  return [
    `busy ${(total / 1000).toFixed(0)} ms (idle and "(program)" left out)`,
    "by package:",
    table([...owners], total, limit),
    "busiest functions (self time):",
    table([...functions], total, limit),
  ].join("\n");
}
