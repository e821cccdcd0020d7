// Small numbers hidden (decision 0032). A count from 1 to threshold−1 becomes "fewer than N". Where
// a table's rows add up to a total that is shown, the concealed cells together are the total less
// the others: while that sum is below the threshold (one hidden cell of 3; two of 1 each, a sum of
// 2 that gives both away), the smallest other non-zero cell is withheld too (secondary
// suppression), so no hidden count can be worked back. Zero stays: it says nothing about anyone.
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
  // A table whose rows add up to its total (single-valued) gives its concealed cells' sum away.
  const additive = counts.reduce((sum, n) => sum + n, 0) === total;
  if (additive && !hidden(total, threshold) && hide.some(Boolean)) {
    const concealed = () => counts.reduce((sum, n, index) => sum + (hide[index] || withhold[index] ? n : 0), 0);
    while (concealed() < threshold) {
      let smallest = -1;
      counts.forEach((n, index) => {
        if (!hide[index] && !withhold[index] && n > 0 && (smallest < 0 || n < counts[smallest]!)) smallest = index;
      });
      if (smallest < 0) break;
      withhold[smallest] = true;
    }
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
