// What the figures pages write: the audit trail of an export (who took which figures away, for
// which period and filters; codes only, as the figures themselves), and the organisation's choice
// to add its anonymised data to the network's pool.
import "server-only";
import { appendAudit } from "@/lib/audit/mutations";
import { dbFor } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sharingOrganisation } from "./policy";
import type { Scope } from "@/lib/roles/scope";
import type { FigureSection, FigureTableId } from "./codes";
import type { FiguresFilters } from "./schema";
import type { AnonymisationReport } from "./k-anonymity";

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

/** Turns the organisation's share of the network's anonymised data on or off; audited. */
export async function setNetworkSharing(scope: Scope, share: boolean): Promise<void> {
  const organisationId = sharingOrganisation(scope);
  if (!organisationId) throw new AppError("NOT_FOUND");
  await dbFor(scope).$transaction(async (tx) => {
    await tx.organisation.update({
      where: { id: organisationId },
      data: {
        sharesAnonymisedData: share,
        sharesAnonymisedDataSince: share ? new Date() : null,
        version: { increment: 1 },
      },
    });
    await appendAudit(tx, scope, { action: share ? "reports.network_sharing.on" : "reports.network_sharing.off" });
  });
}

/** An anonymised case-level file taken: whose, which years, and what the plan generalised and suppressed. */
export async function recordCaseExport(
  scope: Scope,
  done: {
    pool: "organisation" | "network";
    format: "csv" | "xlsx";
    fromYear: number | null;
    toYear: number | null;
    organisations: number;
    report: AnonymisationReport;
  },
): Promise<void> {
  await dbFor(scope).$transaction((tx) =>
    appendAudit(tx, scope, { action: "reports.anonymised.export", details: { ...done } as never }),
  );
}
