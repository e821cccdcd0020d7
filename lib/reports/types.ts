// The shapes of figures, shared by the pages, the charts and the exports (no server code).
import type { FigureSection, FigureTableId } from "./codes";

/**
 * A count; where small numbers are hidden, the bound a small one is below, or "withheld" for a
 * larger one hidden so that a small one cannot be worked back from the total (lib/reports/suppress.ts).
 */
export type Cell = number | { fewerThan: number } | { withheld: true };

export interface FigureRow {
  /** A code (sex, country, region, age band…), a shelter's id; null: not recorded. */
  key: string | null;
  /** The name to show where the key is no code (a shelter). */
  name?: string;
  count: Cell;
}

export interface FigureTable {
  id: FigureTableId;
  rows: FigureRow[];
  /** Records counted once each (for a multi-valued table, less than the rows' sum). */
  total: Cell;
}

export interface SectionFigures {
  section: FigureSection;
  /** The period, as local calendar days of the organisation, both included. */
  from: string;
  to: string;
  tables: FigureTable[];
  /** Whether small numbers are hidden in these figures. */
  suppressed: boolean;
}
