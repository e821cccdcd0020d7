// How the benchmark's tables write figures: milliseconds to two significant places, sizes in KiB.

export const ms = (x: number | undefined) =>
  x === undefined || !Number.isFinite(x) ? "–" : x < 10 ? x.toFixed(1) : x.toFixed(0);
export const kib = (bytes: number) => (bytes / 1024).toFixed(1);
