// What the figures pages write: only the audit trail of an export (who took which figures away,
// for which period and filters; codes only, as the figures themselves).
import "server-only";
import { appendAudit } from "@/lib/audit/mutations";
import { dbFor } from "@/lib/db";
import type { Scope } from "@/lib/roles/scope";
import type { FigureSection, FigureTableId } from "./codes";
import type { FiguresFilters } from "./schema";

export interface FiguresExport {
  /** A section of the figures pages, or the period report (every section, small numbers hidden). */
  section: FigureSection | "periodReport";
  /** One table, or every table of the section. */
  table: FigureTableId | null;
  format: "csv" | "xlsx";
  from: string;
  to: string;
  filters: FiguresFilters;
  suppressed: boolean;
}

export async function recordFiguresExport(scope: Scope, done: FiguresExport): Promise<void> {
  await dbFor(scope).$transaction((tx) =>
    appendAudit(tx, scope, { action: "reports.figures.export", details: { ...done } as never }),
  );
}
