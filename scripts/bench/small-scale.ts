// The small network of `--small` runs (CI's smoke run, quick local checks): every kind of record,
// a fiftieth of the full scale.
import type { ScaleOptions } from "../seed-scale/index";

export const SMALL_SCALE: ScaleOptions = {
  organisations: 8,
  countries: 5,
  victims: 2000,
  calls: 20_000,
  stays: 1500,
  repatriations: 300,
  situations: 400,
  years: 10,
  seed: 2026,
};
