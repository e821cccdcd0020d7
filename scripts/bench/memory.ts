// Memory of a started app: resident memory over its process group (`next start` and any worker it
// forks), in MiB, from ps; and the heap V8 keeps after full collections, from --trace-gc's log.
import { execFileSync } from "node:child_process";

export function memoryOf(pid: number): number {
  const out = execFileSync("ps", ["-o", "rss=", "-g", String(pid)], { encoding: "utf8" });
  const kib = out
    .split("\n")
    .map((l) => Number(l.trim()) || 0)
    .reduce((a, b) => a + b, 0);
  return Math.round(kib / 1024);
}

/** The heap (MB) each of the last three full collections left, from --trace-gc's lines. */
export function keptAfterFullCollections(log: string): number[] {
  return [...log.matchAll(/Mark-Compact(?: \(reduce\))? [\d.]+ \([\d.]+\) -> ([\d.]+) \(/g)]
    .slice(-3)
    .map((m) => Number(m[1]));
}
