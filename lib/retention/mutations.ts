// Retention: after an organisation's periods, hotline calls and closed victim records lose their
// personal data; what remains (dates, categories, codes) still counts in figures. A dry run
// reports what would change and changes nothing; both runs are audited per organisation.
// Records still in use are left alone: a closed person with an open shelter stay or a live
// repatriation is not anonymised until that ends.
import "server-only";
import { sweepRemovedObjectsEverywhere } from "@/lib/attachments/object-sweep";
import { db, dbFor, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { retentionOrganisation } from "./policy";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit, appendSystemAudit } from "@/lib/audit/mutations";
import type { RetentionSettingsInput } from "./schema";

import { callsDue, casesDue, DAY_MS, perpetratorsDue } from "./rules";
import { encryptField, fieldContext } from "@/lib/crypto";

export async function updateRetentionSettings(scope: Scope, input: RetentionSettingsInput) {
  const db = dbFor(scope);
  const organisationId = retentionOrganisation(scope);
  if (!organisationId) throw new AppError("NOT_FOUND");
  await db.$transaction(async (tx) => {
    await tx.organisation.update({
      where: { id: organisationId },
      data: {
        retentionCallDays: input.retentionCallDays,
        retentionClosedCaseDays: input.retentionClosedCaseDays,
        version: { increment: 1 },
      },
    });
    await appendAudit(tx, scope, {
      action: "retention.settings",
      details: { callDays: input.retentionCallDays, closedCaseDays: input.retentionClosedCaseDays },
    });
  });
}

export interface RetentionResult {
  organisationId: string;
  calls: number;
  cases: number;
  perpetrators: number;
}

/**
 * A perpetrator record keeps what counts (kind, parts played, relation, nationality, where active,
 * source, confidence) and loses who: the name (a dash), aliases, notes, identifiers and the hashes
 * that matched them, so it is neither read nor recognised again.
 */
async function anonymisePerpetrators(tx: Tx, ids: string[], now: Date) {
  for (const id of ids)
    await tx.perpetrator.update({
      where: { id },
      data: {
        nameEncrypted: encryptField("—", fieldContext("perpetrators", "name_encrypted", id)),
        aliasesEncrypted: null,
        notesEncrypted: null,
        nameHash: `anonymised:${id}`,
        nameKeys: [],
        anonymisedAt: now,
      },
    });
  if (ids.length) await tx.perpetratorIdentifier.deleteMany({ where: { perpetratorId: { in: ids } } });
}

async function anonymiseCases(tx: Tx, ids: string[]) {
  if (ids.length === 0) return;
  const now = new Date();
  await tx.victim.updateMany({
    where: { id: { in: ids } },
    data: {
      givenName: "—",
      familyName: "",
      patronymic: "",
      givenNameLatin: "",
      familyNameLatin: "",
      patronymicLatin: "",
      aliases: [],
      birthDate: null,
      // The region stays (a first-level subdivision counts, it does not identify); the place goes.
      placeOfOrigin: null,
      phoneEncrypted: null,
      addressEncrypted: null,
      trustedContactEncrypted: null,
      documentNumberEncrypted: null,
      documentNumberHash: null,
      narrativeEncrypted: null,
      recruiterRelation: null,
      anonymisedAt: now,
    },
  });
  await tx.victimSearchKey.deleteMany({ where: { victimId: { in: ids } } });
  await tx.caseNote.deleteMany({ where: { victimId: { in: ids } } });
  // Documents name the person by number (their recovery steps go with them, by cascade); a legal
  // status names courts and dates that identify too.
  await tx.personDocument.deleteMany({ where: { victimId: { in: ids } } });
  await tx.legalStatus.deleteMany({ where: { victimId: { in: ids } } });
  // Files about the person (scans, photos, letters), whoever uploaded them; their content goes with
  // them (attachment_blobs, by cascade).
  await tx.attachment.deleteMany({ where: { victimId: { in: ids } } });
  // Reminders of the person's dates, done or not (a dismissal's reason may name them).
  await tx.task.deleteMany({ where: { victimId: { in: ids } } });
  // The person's line of a claim for unpaid wages goes (what they were owed names them to whoever
  // knew the brigade); a claim left with no one goes too, its employer's name and notes with it.
  const claims = await tx.labourClaimPerson.findMany({
    where: { victimId: { in: ids } },
    select: { claimId: true },
  });
  await tx.labourClaimPerson.deleteMany({ where: { victimId: { in: ids } } });
  if (claims.length) {
    const emptied = await tx.labourClaim.findMany({
      where: { id: { in: [...new Set(claims.map((c) => c.claimId))] }, people: { none: {} } },
      select: { id: true },
    });
    const ids = emptied.map((c) => c.id);
    await tx.labourClaim.deleteMany({ where: { id: { in: ids } } });
    // The files on a claim that went (no one person: attached to the claim alone).
    await tx.attachment.deleteMany({ where: { parentType: "LABOUR_CLAIM", parentId: { in: ids } } });
  }
  // Legal proceedings name the person's case by number, their lawyer and hearings (which go with
  // them, by cascade, as do the links to perpetrators).
  await tx.legalProceeding.deleteMany({ where: { victimId: { in: ids } } });
  await tx.traffickingEvent.updateMany({ where: { victimId: { in: ids } }, data: { place: null } });
  await tx.shelterStay.updateMany({ where: { victimId: { in: ids } }, data: { healthNotesEncrypted: null } });
  // A stale draft from the hotline or a message thread could still name the person.
  await tx.repatriationMessage.deleteMany({ where: { repatriation: { victimId: { in: ids } } } });
}

/** Runs the retention periods of every organisation that set them; `dryRun` only counts. */
export async function applyRetention(options: { dryRun: boolean; now?: Date }): Promise<RetentionResult[]> {
  const now = options.now ?? new Date();
  const organisations = await db.organisation.findMany({
    where: { OR: [{ retentionCallDays: { not: null } }, { retentionClosedCaseDays: { not: null } }] },
    select: { id: true, retentionCallDays: true, retentionClosedCaseDays: true },
  });
  const results: RetentionResult[] = [];
  for (const org of organisations) {
    const callCutoff = org.retentionCallDays ? new Date(now.getTime() - org.retentionCallDays * DAY_MS) : null;
    const caseCutoff = org.retentionClosedCaseDays
      ? new Date(now.getTime() - org.retentionClosedCaseDays * DAY_MS)
      : null;
    // Each organisation's run is scoped to it, so row-level security confines it there too.
    const result = await dbFor({ organisationId: org.id }).$transaction(
      async (tx) => {
        const calls = callCutoff ? await tx.hotlineCall.count({ where: callsDue(org.id, callCutoff) }) : 0;
        const caseIds = caseCutoff
          ? (await tx.victim.findMany({ where: casesDue(org.id, caseCutoff), select: { id: true } })).map((v) => v.id)
          : [];
        // Perpetrators follow the people: judged after this run's cases are anonymised.
        const perpetratorsOf = async () =>
          caseCutoff
            ? (await tx.perpetrator.findMany({ where: perpetratorsDue(org.id, caseCutoff), select: { id: true } })).map(
                (p) => p.id,
              )
            : [];
        if (!options.dryRun) {
          if (callCutoff) {
            await tx.hotlineCall.updateMany({
              where: callsDue(org.id, callCutoff),
              data: {
                callerPhoneEncrypted: null,
                callerPhoneHash: null,
                // The region stays (a first-level subdivision counts, it does not identify); the place goes.
                callerPlace: null,
                summaryEncrypted: null,
                summaryTokens: [],
                anonymisedAt: now,
              },
            });
          }
          await anonymiseCases(tx, caseIds);
        }
        const perpetratorIds = await perpetratorsOf();
        if (!options.dryRun) await anonymisePerpetrators(tx, perpetratorIds, now);
        await appendSystemAudit(tx, {
          action: options.dryRun ? "retention.dry_run" : "retention.anonymise",
          actorUserId: null,
          requestId: null,
          organisationId: org.id,
          details: {
            calls,
            cases: caseIds.length,
            perpetrators: perpetratorIds.length,
            callDays: org.retentionCallDays,
            closedCaseDays: org.retentionClosedCaseDays,
          },
        });
        return { organisationId: org.id, calls, cases: caseIds.length, perpetrators: perpetratorIds.length };
      },
      { timeout: 120_000 },
    );
    results.push(result);
  }
  // Files about an anonymised person may have been uploaded by a partner: every organisation's
  // removed objects are swept.
  if (!options.dryRun) await sweepRemovedObjectsEverywhere();
  return results;
}
