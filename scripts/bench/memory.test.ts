import { describe, expect, it } from "vitest";
import { keptAfterFullCollections } from "./memory";

describe("the heap kept after full collections", () => {
  it("reads the last three Mark-Compact results of --trace-gc, reducing ones too, and no scavenges", () => {
    const log = [
      "[1:0x1]   1000 ms: Mark-Compact 164.4 (187.0) -> 126.9 (192.7) MB, 15.07 / 0.23 ms  (+ 18.1 ms in 20 steps)",
      "[1:0x1]   1100 ms: Scavenge 300.9 (326.8) -> 298.4 (327.0) MB, 5.36 / 0.00 ms  allocation failure;",
      "[1:0x1]   1200 ms: Mark-Compact 180.0 (203.4) -> 136.0 (208.9) MB, 18.03 / 0.19 ms  (+ 25 ms)",
      "[1:0x1]   1300 ms: Mark-Compact (reduce) 261.3 (320.9) -> 238.7 (278.1) MB, 40.33 / 0.04 ms",
      "[1:0x1]   1400 ms: Mark-Compact 268.0 (315.9) -> 242.7 (317.4) MB, 19.80 / 3.73 ms",
    ].join("\n");
    expect(keptAfterFullCollections(log)).toEqual([136, 238.7, 242.7]);
    expect(keptAfterFullCollections("✓ Ready in 126ms")).toEqual([]);
  });
});
