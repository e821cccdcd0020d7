// A person's legal status per country: read through the one rule (the whole record, or a partner
// whose grant names "legalStatus"), written by the person's own organisation on an open record.
// One row per country: saving a country already recorded changes it, at the version read.
import "server-only";
import { dbFor } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Scope } from "@/lib/roles/scope";
import { auditedRead } from "@/lib/audit/audited-read";
import { appendAudit } from "@/lib/audit/mutations";
import { decryptField, encryptField, fieldContext } from "@/lib/crypto";
import { personShowingField } from "@/lib/access/people";
import { LEGAL_STATUS_FIELD } from "./policy";
import { loadEditableVictim } from "@/lib/victims/editable";
import { remindOf } from "@/lib/tasks/reminders";
import type { LegalStatusInput } from "./schema";
import type { LegalStatusFacts } from "./status-line";

export interface LegalStatusView extends LegalStatusFacts {
  id: string;
  countryCode: string;
  notes: string | null;
  version: number;
  updatedAt: Date;
}

/** The person's legal status in each country recorded; null where the actor's view does not include it. */
export async function listLegalStatuses(scope: Scope, victimId: string): Promise<LegalStatusView[] | null> {
  const person = await personShowingField(scope, victimId, LEGAL_STATUS_FIELD);
  if (!person) return null;
  const rows = await auditedRead(scope, async (tx) => {
    const found = await tx.legalStatus.findMany({ where: { victimId }, orderBy: { updatedAt: "desc" } });
    if (found.length)
      await appendAudit(tx, scope, {
        action: "victim.legal_status_read",
        recordType: "VICTIM",
        recordId: victimId,
        organisationId: person.organisationId,
        details: { countries: found.map((f) => f.countryCode) },
      });
    return found;
  });
  return rows.map(
    ({ notesEncrypted, finesOwed, organisationId: _o, victimId: _v, updatedById: _u, createdAt: _c, ...s }) => ({
      ...s,
      finesOwed: finesOwed ? finesOwed.toFixed(2) : null,
      notes: notesEncrypted
        ? decryptField(notesEncrypted, fieldContext("legal_statuses", "notes_encrypted", s.id))
        : null,
    }),
  );
}

/** Records or changes the person's legal status in one country. */
export async function saveLegalStatus(scope: Scope, victimId: string, input: LegalStatusInput) {
  return dbFor(scope).$transaction(async (tx) => {
    const victim = await loadEditableVictim(tx, scope, victimId);
    const existing = await tx.legalStatus.findFirst({
      where: { victimId, countryCode: input.countryCode },
      select: { id: true, version: true },
    });
    const id = existing?.id ?? crypto.randomUUID();
    const { version, notes, ...fields } = input;
    const data = {
      ...fields,
      registeredUntil: fields.registeredUntil ?? null,
      permitUntil: fields.permitUntil ?? null,
      overstaySince: fields.overstaySince ?? null,
      finesOwed: fields.finesOwed ?? null,
      finesCurrency: fields.finesCurrency ?? null,
      finesDueOn: fields.finesDueOn ?? null,
      removalDecidedOn: fields.removalDecidedOn ?? null,
      reEntryBanUntil: fields.reEntryBanUntil ?? null,
      detainedSince: fields.detainedSince ?? null,
      releasedOn: fields.releasedOn ?? null,
      notesEncrypted: notes ? encryptField(notes, fieldContext("legal_statuses", "notes_encrypted", id)) : null,
      updatedById: scope.userId,
    };
    if (existing) {
      // A country already recorded is changed only at the version read: a new status for it (no
      // version) or a change made since answers CONFLICT and changes nothing.
      if (version === undefined) throw new AppError("CONFLICT", "errors.legalStatusExists");
      const changed = await tx.legalStatus.updateMany({
        where: { id, version },
        data: { ...data, version: { increment: 1 } },
      });
      if (changed.count === 0) throw new AppError("CONFLICT", "errors.CONFLICT");
    } else {
      await tx.legalStatus.create({ data: { ...data, id, victimId, organisationId: victim.organisationId } });
    }
    await appendAudit(tx, scope, {
      action: existing ? "victim.legal_status_update" : "victim.legal_status_add",
      recordType: "VICTIM",
      recordId: victimId,
      details: { countryCode: input.countryCode, removal: input.removal },
    });
    // A fine to pay, and the ends of a permit and of a registration: each a reminder of its own.
    for (const [kind, eventOn] of [
      ["FINE_DUE", input.finesOwed !== undefined ? (input.finesDueOn ?? null) : null],
      ["PERMIT_ENDS", input.permitUntil ?? null],
      ["REGISTRATION_ENDS", input.registeredUntil ?? null],
    ] as const)
      await remindOf(tx, { organisationId: victim.organisationId, person: victim, kind, sourceId: id, eventOn });
    return { id };
  });
}
