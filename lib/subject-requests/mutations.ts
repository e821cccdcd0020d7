// The writes of a data-subject request (issue 20, decision 0033): a legal hold set and lifted, and
// the erasure of a person on their request, which anonymises them as retention does (the same
// function, lib/retention/mutations.ts anonymisePeople) and keeps what figures count. Each is the
// own organisation's coordinator's (subjectRecord answers NOT_FOUND to anyone else) and audited
// with ids and counts only.
import "server-only";
import { dbFor } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { encryptField, fieldContext } from "@/lib/crypto";
import { anonymisePeople } from "@/lib/retention/mutations";
import { LIVE_REPATRIATION } from "@/lib/retention/rules";
import { sweepRemovedObjectsEverywhere } from "@/lib/attachments/object-sweep";
import { erasureBlock, subjectRecord } from "./data";
import type { ErasePersonInput, LegalHoldInput } from "./schema";

/** Sets a legal hold on the person (again: a new reason and date), with the reason encrypted. */
export async function setLegalHold(scope: Scope, victimId: string, input: LegalHoldInput) {
  await subjectRecord(scope, victimId);
  await dbFor(scope).$transaction(async (tx) => {
    const { count } = await tx.victim.updateMany({
      where: { id: victimId, anonymisedAt: null },
      data: {
        legalHoldSince: new Date(),
        legalHoldById: scope.userId,
        legalHoldReasonEncrypted: encryptField(
          input.reason,
          fieldContext("victims", "legal_hold_reason_encrypted", victimId),
        ),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.personAnonymised");
    await appendAudit(tx, scope, { action: "victim.legal_hold.set", recordType: "VICTIM", recordId: victimId });
  });
}

/** Lifts the person's legal hold: retention and an erasure may reach them again. */
export async function liftLegalHold(scope: Scope, victimId: string) {
  await subjectRecord(scope, victimId);
  await dbFor(scope).$transaction(async (tx) => {
    const { count } = await tx.victim.updateMany({
      where: { id: victimId, legalHoldSince: { not: null } },
      data: { legalHoldSince: null, legalHoldById: null, legalHoldReasonEncrypted: null, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "errors.noLegalHold");
    await appendAudit(tx, scope, { action: "victim.legal_hold.lift", recordType: "VICTIM", recordId: victimId });
  });
}

export interface ErasureResult {
  caseNumber: string;
  notes: number;
  documents: number;
  files: number;
  calls: number;
}

/**
 * Erases the person on their request: refused while a legal hold is set (CONFLICT
 * `errors.legalHold`), while they stay in a shelter (`errors.openStay`) or a return home is under
 * way (`errors.liveReturn`), or once already done (`errors.personAnonymised`). The case number
 * typed must be the record's: a wrong one is a field error and nothing happens. Files kept in an
 * object store are removed after the commit, as retention does.
 */
export async function erasePerson(scope: Scope, victimId: string, input: ErasePersonInput): Promise<ErasureResult> {
  const record = await subjectRecord(scope, victimId);
  if (input.caseNumber.trim().toUpperCase() !== record.caseNumber.toUpperCase())
    throw new AppError("INVALID", "errors.INVALID", { caseNumber: "errors.caseNumberMismatch" });
  const result = await dbFor(scope).$transaction(
    async (tx) => {
      // Takes the person's row (a hold set meanwhile waits for this transaction, or wins before it).
      const { count } = await tx.victim.updateMany({
        where: { id: victimId, anonymisedAt: null, legalHoldSince: null },
        data: { version: { increment: 1 } },
      });
      if (count === 0)
        throw new AppError(
          "CONFLICT",
          (await erasureBlock(scope, victimId)) === "legalHold" ? "errors.legalHold" : "errors.personAnonymised",
        );
      if (await tx.shelterStay.count({ where: { victimId, dischargedAt: null } }))
        throw new AppError("CONFLICT", "errors.openStay");
      if (await tx.repatriation.count({ where: { victimId, status: { in: [...LIVE_REPATRIATION] } } }))
        throw new AppError("CONFLICT", "errors.liveReturn");
      const [notes, documents, files, calls] = await Promise.all([
        tx.caseNote.count({ where: { victimId } }),
        tx.personDocument.count({ where: { victimId } }),
        tx.attachment.count({ where: { victimId } }),
        tx.callPerson.count({ where: { victimId } }),
      ]);
      await anonymisePeople(tx, [victimId], new Date());
      // Partners that held the person through a grant keep no view of what remains (case number,
      // dates, region): their grants end, with the shares opened through them.
      const live = await tx.accessGrant.findMany({
        where: { recordType: "VICTIM", recordId: victimId, revokedAt: null },
        select: { id: true },
      });
      const grantIds = live.map((g) => g.id);
      const revoked = grantIds.length
        ? await tx.accessGrant.updateMany({
            where: { OR: [{ id: { in: grantIds } }, { parentGrantId: { in: grantIds } }], revokedAt: null },
            data: { revokedAt: new Date(), revokedById: scope.userId, revokeReason: "person.erased" },
          })
        : { count: 0 };
      const erased: ErasureResult = { caseNumber: record.caseNumber, notes, documents, files, calls };
      await appendAudit(tx, scope, {
        action: "victim.erase",
        recordType: "VICTIM",
        recordId: victimId,
        details: { notes, documents, files, calls, grantsRevoked: revoked.count },
      });
      return erased;
    },
    { timeout: 60_000 },
  );
  // Files about the person may have been uploaded by a partner: every organisation's removed
  // objects are swept (nothing to do when the files are kept in PostgreSQL).
  await sweepRemovedObjectsEverywhere();
  return result;
}
