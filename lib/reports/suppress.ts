// Small numbers hidden (decision 0032). A count from 1 to threshold−1 becomes "fewer than N". Where
// one cell alone is hidden and the total is shown, the hidden count is the total less the others:
// the smallest other non-zero cell is withheld with it (secondary suppression), so no hidden count
// can be worked back. Zero stays: it says nothing about anyone.
import type { Cell, FigureTable } from "./types";

const hidden = (n: number, threshold: number) => n > 0 && n < threshold;

export function suppressCount(n: number, threshold: number): Cell {
  return hidden(n, threshold) ? { fewerThan: threshold } : n;
}

/** A table of exact counts as it may be shown outside the organisation's own staff. */
export function suppressTable(table: FigureTable, threshold: number): FigureTable {
  const counts = table.rows.map((row) => exact(row.count));
  const total = exact(table.total);
  const hide = counts.map((n) => hidden(n, threshold));
  const withhold = counts.map(() => false);
  // A table whose rows add up to its total (single-valued) gives a lone hidden cell away.
  const additive = counts.reduce((sum, n) => sum + n, 0) === total;
  if (additive && !hidden(total, threshold) && hide.filter(Boolean).length === 1) {
    let smallest = -1;
    counts.forEach((n, index) => {
      if (!hide[index] && n > 0 && (smallest < 0 || n < counts[smallest]!)) smallest = index;
    });
    if (smallest >= 0) withhold[smallest] = true;
  }
  return {
    ...table,
    rows: table.rows.map((row, index) => ({
      ...row,
      count: hide[index] ? { fewerThan: threshold } : withhold[index] ? { withheld: true as const } : counts[index]!,
    })),
    total: suppressCount(total, threshold),
  };
}

function exact(cell: Cell): number {
  if (typeof cell !== "number") throw new Error("suppressTable needs exact counts");
  return cell;
}

/** The number a cell shows in a chart (a hidden one: none). */
export function cellValue(cell: Cell): number | null {
  return typeof cell === "number" ? cell : null;
}
