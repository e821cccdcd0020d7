import "server-only";
import { dbFor } from "@/lib/db";
import type { Scope } from "@/lib/roles/scope";
import { retentionOrganisation } from "./policy";
import { callsDue, casesDue, DAY_MS, perpetratorsDue } from "./rules";

/** The organisation's periods and what the next run would anonymise (the dry run an admin sees). */
export async function getRetentionPreview(scope: Scope) {
  const db = dbFor(scope);
  const organisationId = retentionOrganisation(scope);
  if (!organisationId) return null;
  const org = await db.organisation.findFirstOrThrow({
    where: { id: organisationId },
    select: { id: true, retentionCallDays: true, retentionClosedCaseDays: true },
  });
  const now = Date.now();
  const [calls, cases, perpetrators] = await Promise.all([
    org.retentionCallDays
      ? db.hotlineCall.count({ where: callsDue(org.id, new Date(now - org.retentionCallDays * DAY_MS)) })
      : 0,
    org.retentionClosedCaseDays
      ? db.victim.count({ where: casesDue(org.id, new Date(now - org.retentionClosedCaseDays * DAY_MS)) })
      : 0,
    // Counted as things stand (the run also reaches records whose people it anonymises first).
    org.retentionClosedCaseDays
      ? db.perpetrator.count({
          where: perpetratorsDue(org.id, new Date(now - org.retentionClosedCaseDays * DAY_MS)),
        })
      : 0,
  ]);
  return {
    retentionCallDays: org.retentionCallDays,
    retentionClosedCaseDays: org.retentionClosedCaseDays,
    callsDue: calls,
    casesDue: cases,
    perpetratorsDue: perpetrators,
  };
}
