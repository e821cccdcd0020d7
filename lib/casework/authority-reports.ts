// Telling the police or another authority about what happened to a person. In this region an
// authority may be complicit, and a report can put the person or their family in danger, so it is
// made on the person's own consent to it, recorded first. Only where the person is a child at risk
// or someone is in imminent danger may a coordinator decide without it, with a reason, audited.
// A guardian's consent does not count where the guardian is recorded as a perpetrator against the
// person (guardianBarred, used by recordConsent too).
import "server-only";
import { dbFor, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { roleHas } from "@/lib/roles/permissions";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { decryptField, encryptField, fieldContext } from "@/lib/crypto";
import { ageOf } from "@/lib/victims/age";
import { loadEditableVictim } from "@/lib/victims/editable";
import { victimScopeWhere } from "@/lib/victims/scope";
import type { AuthorityReportInput } from "./schema";

/** Whether a perpetrator linked to the person is recorded as their parent or guardian. */
export async function guardianBarred(tx: Tx, victimId: string): Promise<boolean> {
  return (await tx.personPerpetrator.count({ where: { victimId, guardian: true } })) > 0;
}

/** The person's consent to a report, given and not withdrawn by the day of the report. */
async function standingConsent(tx: Tx, victimId: string, on: Date) {
  return tx.victimConsent.findFirst({
    where: {
      victimId,
      kind: "AUTHORITY_REPORT",
      givenOn: { lte: on },
      OR: [{ withdrawnOn: null }, { withdrawnOn: { gt: on } }],
    },
    orderBy: { givenOn: "desc" },
    select: { id: true, method: true },
  });
}

export async function recordAuthorityReport(scope: Scope, victimId: string, input: AuthorityReportInput) {
  if (!scope.organisationId || !roleHas(scope.role, "cases.authorityReport")) throw new AppError("NOT_FOUND");
  const organisationId = scope.organisationId;
  return dbFor(scope).$transaction(async (tx) => {
    const victim = await loadEditableVictim(tx, scope, victimId);
    // Reports are the owner organisation's: a partner that sees the person does not report for it.
    if (victim.organisationId !== organisationId) throw new AppError("NOT_FOUND");
    let consentId: string | null = null;
    if (input.basis === "CONSENT") {
      const consent = await standingConsent(tx, victimId, input.reportedOn);
      if (!consent) throw new AppError("INVALID", "errors.INVALID", { basis: "errors.authorityConsentMissing" });
      if (consent.method === "GUARDIAN" && (await guardianBarred(tx, victimId)))
        throw new AppError("INVALID", "errors.INVALID", { basis: "errors.guardianIsPerpetrator" });
      consentId = consent.id;
    } else {
      if (!roleHas(scope.role, "cases.authorityReport.override"))
        throw new AppError("INVALID", "errors.INVALID", { basis: "errors.overrideCoordinatorOnly" });
      if (input.basis === "CHILD_AT_RISK") {
        const person = await tx.victim.findFirstOrThrow({
          where: { id: victimId },
          select: { birthDate: true, estimatedAge: true },
        });
        const age = ageOf(person, input.reportedOn);
        if (age === null || age >= 18)
          throw new AppError("INVALID", "errors.INVALID", { basis: "errors.overrideNotAChild" });
      }
    }
    const id = crypto.randomUUID();
    await tx.authorityReport.create({
      data: {
        id,
        organisationId,
        victimId,
        authority: input.authority,
        countryCode: input.countryCode,
        reportedOn: input.reportedOn,
        basis: input.basis,
        consentId,
        overrideReasonEncrypted:
          input.basis === "CONSENT"
            ? null
            : encryptField(input.overrideReason!, fieldContext("authority_reports", "override_reason_encrypted", id)),
        decidedById: input.basis === "CONSENT" ? null : scope.userId,
        recordedById: scope.userId,
      },
    });
    await appendAudit(tx, scope, {
      action: input.basis === "CONSENT" ? "victim.authority_report" : "victim.authority_report_override",
      recordType: "VICTIM",
      recordId: victimId,
      details: { reportId: id, authority: input.authority, basis: input.basis },
    });
    return { id };
  });
}

/** The person's reports, newest first, for their organisation's staff who may see the record. */
export async function listAuthorityReports(scope: Scope, victimId: string) {
  if (!scope.organisationId || !roleHas(scope.role, "cases.list")) return [];
  const db = dbFor(scope);
  const people = await victimScopeWhere(scope);
  const rows = await db.authorityReport.findMany({
    where: { victimId, organisationId: scope.organisationId, victim: people },
    orderBy: [{ reportedOn: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      authority: true,
      countryCode: true,
      reportedOn: true,
      basis: true,
      overrideReasonEncrypted: true,
      decidedBy: { select: { name: true } },
      recordedBy: { select: { name: true } },
    },
  });
  return rows.map(({ overrideReasonEncrypted, ...r }) => ({
    ...r,
    overrideReason: overrideReasonEncrypted
      ? decryptField(overrideReasonEncrypted, fieldContext("authority_reports", "override_reason_encrypted", r.id))
      : null,
  }));
}
export type AuthorityReportView = Awaited<ReturnType<typeof listAuthorityReports>>[number];
