// Resident memory of a started app: the sum over its process group (`next start` and any worker it
// forks), in MiB, from ps.
import { execFileSync } from "node:child_process";

export function memoryOf(pid: number): number {
  const out = execFileSync("ps", ["-o", "rss=", "-g", String(pid)], { encoding: "utf8" });
  const kib = out
    .split("\n")
    .map((l) => Number(l.trim()) || 0)
    .reduce((a, b) => a + b, 0);
  return Math.round(kib / 1024);
}
