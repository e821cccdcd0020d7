import "server-only";
import { dbFor } from "@/lib/db";
import type { Scope } from "@/lib/roles/scope";
import { roleHas } from "@/lib/roles/permissions";
import { auditedRead } from "@/lib/audit/audited-read";
import { appendAudit } from "@/lib/audit/mutations";
import { getActiveGrant } from "@/lib/access/data";
import { decryptField, fieldContext } from "@/lib/crypto";
import { personInScope } from "@/lib/victims/scope";

/**
 * The case timeline, newest first, decrypted. The owning organisation sees it; a partner only
 * when the grant names "notes". Reading notes is audited.
 */
export async function listCaseNotes(scope: Scope, victimId: string) {
  const record = await personInScope(scope, victimId);
  if (!record) return null;
  if (record.organisationId !== scope.organisationId) {
    const grant = await getActiveGrant(scope, "VICTIM", victimId);
    if (!grant?.fields.includes("notes")) return null;
  }
  return auditedRead(scope, async (tx) => {
    const notes = await tx.caseNote.findMany({
      where: { victimId },
      orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
      take: 200,
      select: { id: true, occurredOn: true, createdAt: true, textEncrypted: true, author: { select: { name: true } } },
    });
    await appendAudit(tx, scope, {
      action: "victim.notes_read",
      recordType: "VICTIM",
      recordId: victimId,
      organisationId: record.organisationId,
    });
    return notes.map(({ textEncrypted, ...note }) => ({
      ...note,
      text: decryptField(textEncrypted, fieldContext("case_notes", "text_encrypted", note.id)),
    }));
  });
}

/** Consents of a record of the actor's own organisation. */
export async function listConsents(scope: Scope, victimId: string) {
  const db = dbFor(scope);
  const record = await personInScope(scope, victimId);
  if (!record || record.organisationId !== scope.organisationId) return null;
  return db.victimConsent.findMany({
    where: { victimId },
    orderBy: { givenOn: "desc" },
    select: {
      id: true,
      kind: true,
      granteeOrganisationId: true,
      granteeCounterpartId: true,
      granteeCounterpart: { select: { name: true } },
      givenOn: true,
      method: true,
      sheetLanguage: true,
      sheetVersion: true,
      withdrawnOn: true,
    },
  });
}

/** Who viewed or changed a record, and when: for the owning organisation's COORDINATOR and ORG_ADMIN. */
export async function listAccessLog(scope: Scope, victimId: string) {
  const db = dbFor(scope);
  if (!roleHas(scope.role, "cases.read.all")) return null;
  const record = await personInScope(scope, victimId);
  if (!record || record.organisationId !== scope.organisationId) return null;
  return db.auditEvent.findMany({
    where: { recordType: "VICTIM", recordId: victimId },
    orderBy: { id: "desc" },
    take: 100,
    select: {
      id: true,
      at: true,
      action: true,
      actor: { select: { name: true } },
      organisation: { select: { name: true } },
    },
  });
}

/** Active organisations of the network, for choosing a consent's or a referral's receiver. */
export async function listPartnerOrganisations(scope: Scope) {
  const db = dbFor(scope);
  return db.organisation.findMany({
    where: { active: true, id: { not: scope.organisationId ?? undefined } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, countryCode: true },
  });
}
