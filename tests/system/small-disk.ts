// The full-disk fault (tests/system/faults.test.ts): PostgreSQL's data directory on a small file system of its own
// (a tmpfs, which needs root: where it cannot be mounted the case is reported as skipped, never
// as passed), filled to the last byte while the app takes writes.
import fs from "node:fs";
import { spawnSync } from "node:child_process";

/** Mounts a tmpfs of `megabytes` at `dir`; false where that is not allowed. */
export function mountSmallDisk(dir: string, megabytes: number): boolean {
  if (process.platform !== "linux" || process.getuid?.() !== 0) return false;
  return (
    spawnSync("mount", ["-t", "tmpfs", "-o", `size=${megabytes}m,mode=0777`, "tmpfs", dir], { stdio: "ignore" })
      .status === 0
  );
}

export function unmountSmallDisk(dir: string) {
  spawnSync("umount", ["-l", dir], { stdio: "ignore" });
}

/** Writes `file` until the file system refuses (ENOSPC); returns the bytes written. */
export function fillDisk(file: string): number {
  const chunk = Buffer.alloc(1024 * 1024);
  const fd = fs.openSync(file, "w");
  let written = 0;
  try {
    for (;;) {
      try {
        written += fs.writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOSPC") break;
        throw error;
      }
    }
    // The last partial chunk: fill byte by byte-ish so nothing is left.
    for (let size = 64 * 1024; size >= 1; size = Math.floor(size / 2)) {
      try {
        for (;;) written += fs.writeSync(fd, chunk.subarray(0, size));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return written;
}
