import type { Tx } from "@/lib/db";

/**
 * The next case number of an organisation for a year, e.g. TSH-2026-00042. The counter row is
 * incremented with an upsert inside the caller's transaction, so two records never share one.
 */
export async function nextCaseNumber(
  tx: Tx,
  organisation: { id: string; code: string },
  year: number,
): Promise<string> {
  const counter = await tx.caseNumberCounter.upsert({
    where: { organisationId_year: { organisationId: organisation.id, year } },
    create: { organisationId: organisation.id, year, last: 1 },
    update: { last: { increment: 1 } },
    select: { last: true },
  });
  return `${organisation.code}-${year}-${String(counter.last).padStart(5, "0")}`;
}
