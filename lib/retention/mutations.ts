// Retention: after an organisation's periods, hotline calls and closed victim records lose their
// personal data; what remains (dates, categories, codes) still counts in figures. A dry run
// reports what would change and changes nothing; both runs are audited per organisation.
// Records still in use are left alone: a closed person with an open shelter stay or a live
// repatriation is not anonymised until that ends, and a person under a legal hold not until it is
// lifted (decision 0033). What anonymising a person removes is one function, anonymisePeople, shared
// with an erasure on the person's request (lib/subject-requests).
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

/**
 * What anonymising a person removes, for retention and for an erasure on the person's request
 * alike (the same promise; decision 0033): the record keeps what figures count (case number, dates,
 * sex, citizenships, the region of origin, exploitation types, means of control, status, and the
 * age at identification, converted from the birth date before it goes) and loses who the person is,
 * here and in every other table that can hold their data in free text. A person under a legal hold
 * is never touched, whoever asks. Returns the ids anonymised.
 */
export async function anonymisePeople(tx: Tx, ids: string[], now: Date): Promise<string[]> {
  if (ids.length === 0) return [];
  const free = await tx.victim.findMany({
    where: { id: { in: ids }, legalHoldSince: null },
    select: { id: true, organisationId: true },
  });
  ids = free.map((v) => v.id);
  // The people's own organisations: they wrote the referrals and placement requests for them.
  const owners = [...new Set(free.map((v) => v.organisationId))];
  if (ids.length === 0) return [];
  // The age at identification still counts in the age bands once the birth date is gone.
  await tx.$executeRaw`UPDATE victims SET estimated_age = extract(year FROM age(identified_on, birth_date))::int
    WHERE id = ANY(${ids}::uuid[]) AND birth_date IS NOT NULL`;
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
      closureReason: null,
      traffickingStatusDecidedBy: null,
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
  // Free text typed about the person elsewhere: a referral's reasons, a placement request's note.
  // (The database lets the sender do only this, once the record is anonymised: migration legal_hold.)
  await tx.referral.updateMany({
    where: { victimId: { in: ids }, fromOrganisationId: { in: owners } },
    data: { reason: "—", decisionReason: null },
  });
  await tx.placementRequest.updateMany({
    where: { victimId: { in: ids }, fromOrganisationId: { in: owners } },
    data: { note: "—", declineReason: null },
  });
  // Shelter stays keep their dates and exit destination (occupancy counts them); who referred the
  // person, why they left, care notes and incidents go.
  await tx.shelterStay.updateMany({
    where: { victimId: { in: ids } },
    data: { healthNotesEncrypted: null, exitReason: null, referredBy: null },
  });
  const incidents = await tx.stayIncident.findMany({
    where: { stay: { victimId: { in: ids } } },
    select: { id: true },
  });
  for (const { id } of incidents)
    await tx.stayIncident.update({
      where: { id },
      data: { descriptionEncrypted: encryptField("—", fieldContext("stay_incidents", "description_encrypted", id)) },
    });
  // A stale draft from the hotline or a message thread could still name the person.
  await tx.repatriationMessage.deleteMany({ where: { repatriation: { victimId: { in: ids } } } });
  // Returns keep their statuses, dates, kind and country pair (figures); the assessments, the
  // override's reason, the step records and the reason a return ended go.
  await tx.repatriation.updateMany({
    where: { victimId: { in: ids } },
    data: { riskNotesEncrypted: null, riskOverrideEncrypted: null, stepDetailsEncrypted: null, endReason: null },
  });
  await tx.repatriationTask.updateMany({
    where: { repatriation: { victimId: { in: ids } } },
    data: { noteEncrypted: null },
  });
  // A follow-up's answers go; its scores stay (the reintegration figures read only those). Only the
  // home side writes follow-ups (decision 0031): those of a partner that received the person are
  // its records, which it keeps under its own retention, and this organisation may not write them.
  const followUps = await tx.reintegrationFollowUp.findMany({
    where: { repatriation: { victimId: { in: ids }, receivingOrganisationId: { in: owners } } },
    select: { id: true },
  });
  for (const { id } of followUps)
    await tx.reintegrationFollowUp.update({
      where: { id },
      data: { answersEncrypted: encryptField("{}", fieldContext("reintegration_follow_ups", "answers_encrypted", id)) },
    });
  // The reasons given to open the record restricted, and to decide a report without consent.
  const unlocks = await tx.breakGlassAccess.findMany({ where: { victimId: { in: ids } }, select: { id: true } });
  for (const { id } of unlocks)
    await tx.breakGlassAccess.update({
      where: { id },
      data: { reasonEncrypted: encryptField("—", fieldContext("break_glass_accesses", "reason_encrypted", id)) },
    });
  await tx.authorityReport.updateMany({ where: { victimId: { in: ids } }, data: { overrideReasonEncrypted: null } });
  // The calls about the person (through the call–person link): the caller's number, the place and
  // the summary go with the person, whatever the calls' own retention period, as retention does to
  // a call when its time comes. A call about a group loses its summary for all of them.
  await tx.hotlineCall.updateMany({
    where: { people: { some: { victimId: { in: ids } } }, anonymisedAt: null },
    data: {
      callerPhoneEncrypted: null,
      callerPhoneHash: null,
      callerPlace: null,
      summaryEncrypted: null,
      summaryTokens: [],
      authorityReportReasonEncrypted: null,
      anonymisedAt: now,
    },
  });
  return ids;
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
          await anonymisePeople(tx, caseIds, now);
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
