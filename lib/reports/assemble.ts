// Rows the database counted, made into tables: one statement per section answers
// (table, key, name, n) for every table at once, and totals for the tables whose rows overlap.
import { AGE_BANDS, MULTI_VALUED_TABLES, STAY_LENGTHS, type FigureTableId } from "./codes";
import type { FigureRow, FigureTable } from "./types";

export interface CountedRow {
  tbl: string;
  key: string | null;
  name: string | null;
  n: bigint | number | null;
}

/** Tables whose rows keep their own order (bands), not the largest first. */
const ORDERED: Partial<Record<FigureTableId, readonly string[]>> = {
  ageBand: AGE_BANDS,
  lengthOfStay: STAY_LENGTHS,
};

/**
 * `totals`: the number of records counted once each, for the multi-valued tables (a person with
 * two citizenships is one person); the other tables' total is their rows' sum.
 */
export function assembleTables(
  ids: readonly FigureTableId[],
  rows: readonly CountedRow[],
  totals: Partial<Record<FigureTableId, number>> = {},
): FigureTable[] {
  return ids.map((id) => {
    const own: FigureRow[] = rows
      .filter((row) => row.tbl === id)
      .map((row) => ({ key: row.key, ...(row.name ? { name: row.name } : {}), count: Number(row.n ?? 0) }))
      .filter((row) => row.count > 0);
    const order = ORDERED[id];
    own.sort((a, b) => {
      if ((a.key === null) !== (b.key === null)) return a.key === null ? 1 : -1;
      if (order) return order.indexOf(a.key ?? "") - order.indexOf(b.key ?? "");
      return (b.count as number) - (a.count as number) || (a.name ?? a.key ?? "").localeCompare(b.name ?? b.key ?? "");
    });
    const sum = own.reduce((total, row) => total + (row.count as number), 0);
    const total = MULTI_VALUED_TABLES.has(id) ? (totals[id] ?? 0) : sum;
    return { id, rows: own, total };
  });
}
