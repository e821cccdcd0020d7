// Everything the organisation holds on one person, for a data-subject request (issue 20, decision
// 0033): read whole by the person's own organisation's coordinator (lib/subject-requests/policy.ts)
// through the one visibility rule, decrypted, as a JSON file and as a page to print. Each read is
// audited (`victim.subject_export`). Never other people's data: co-workers of a claim, perpetrators
// (links as ids and roles only), other residents, the other organisation's messages.
import "server-only";
import { listProceedings } from "@/lib/proceedings/data";
import { dbFor } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { decryptField, decryptJsonField, fieldContext } from "@/lib/crypto";
import { PERSON_RULE_SELECT, viewOfPersonFor } from "@/lib/access/people";
import { LIVE_REPATRIATION } from "@/lib/retention/rules";
import { mayAnswerSubjectRequest } from "./policy";

const open = (value: string | null, table: string, column: string, id: string) =>
  value === null ? null : decryptField(value, fieldContext(table, column, id));

/**
 * The person a request is about, if the actor may answer it: the own organisation's coordinator
 * who sees the record whole (a restricted record after break-glass). Anyone else: NOT_FOUND, as
 * for a record outside one's scope.
 */
export async function subjectRecord(scope: Scope, victimId: string) {
  if (!scope.organisationId) throw new AppError("NOT_FOUND");
  const row = await dbFor(scope).victim.findFirst({
    where: { id: victimId, organisationId: scope.organisationId },
    select: { ...PERSON_RULE_SELECT, caseNumber: true },
  });
  if (!row || !mayAnswerSubjectRequest(scope, row)) throw new AppError("NOT_FOUND");
  if ((await viewOfPersonFor(scope, row)).kind !== "all") throw new AppError("NOT_FOUND");
  return row;
}

/** Why an erasure cannot be done now, or null. */
export type ErasureBlock = "anonymised" | "legalHold" | "openStay" | "liveReturn";

/** What stands in the way of an erasure (the same answer the erasure itself checks). */
export async function erasureBlock(scope: Scope, victimId: string): Promise<ErasureBlock | null> {
  const db = dbFor(scope);
  const [person, stays, returns] = await Promise.all([
    db.victim.findFirst({ where: { id: victimId }, select: { anonymisedAt: true, legalHoldSince: true } }),
    db.shelterStay.count({ where: { victimId, dischargedAt: null } }),
    db.repatriation.count({ where: { victimId, status: { in: [...LIVE_REPATRIATION] } } }),
  ]);
  if (!person || person.anonymisedAt) return "anonymised";
  if (person.legalHoldSince) return "legalHold";
  if (stays) return "openStay";
  if (returns) return "liveReturn";
  return null;
}

/**
 * Everything held on the person, decrypted, and the request's state (legal hold, what blocks an
 * erasure). `via` says where it was read (the page or the file), on the audit trail.
 */
export async function getSubjectExport(scope: Scope, victimId: string, via: "page" | "file") {
  const record = await subjectRecord(scope, victimId);
  const db = dbFor(scope);
  const [victim, organisation, events, consents, supportPlan, notes, referrals, stays] = await Promise.all([
    db.victim.findFirst({
      where: { id: victimId },
      include: {
        assignedTo: { select: { name: true } },
        createdBy: { select: { name: true } },
        legalHoldBy: { select: { name: true } },
      },
    }),
    db.organisation.findFirst({ where: { id: record.organisationId }, select: { name: true } }),
    db.traffickingEvent.findMany({
      where: { victimId },
      orderBy: { createdAt: "asc" },
      select: { kind: true, countryCode: true, place: true, startedOn: true, endedOn: true },
    }),
    db.victimConsent.findMany({
      where: { victimId },
      orderBy: { givenOn: "asc" },
      select: {
        kind: true,
        granteeOrganisationId: true,
        granteeCounterpart: { select: { name: true } },
        givenOn: true,
        method: true,
        sheetLanguage: true,
        sheetVersion: true,
        withdrawnOn: true,
      },
    }),
    db.supportPlanItem.findMany({
      where: { victimId },
      orderBy: { createdAt: "asc" },
      select: { area: true, status: true, provider: true, plannedOn: true, startedOn: true, doneOn: true },
    }),
    db.caseNote.findMany({
      where: { victimId },
      orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }],
      select: { id: true, occurredOn: true, textEncrypted: true, author: { select: { name: true } } },
    }),
    db.referral.findMany({
      where: { victimId },
      orderBy: { createdAt: "asc" },
      select: {
        fromOrganisationId: true,
        toOrganisationId: true,
        status: true,
        reason: true,
        decisionReason: true,
        createdAt: true,
        decidedAt: true,
        revokedAt: true,
      },
    }),
    // The organisation's own shelters only (no address: the person knows where they stayed).
    db.shelterStay.findMany({
      where: { victimId, shelter: { organisationId: record.organisationId } },
      orderBy: { admittedAt: "asc" },
      select: {
        id: true,
        shelter: { select: { name: true } },
        admittedAt: true,
        plannedDischargeOn: true,
        dischargedAt: true,
        exitDestination: true,
        exitReason: true,
        referredBy: true,
        healthNotesEncrypted: true,
        services: { orderBy: { providedOn: "asc" }, select: { kind: true, providedOn: true, provider: true } },
      },
    }),
  ]);
  if (!victim) throw new AppError("NOT_FOUND");
  const [repatriations, documents, legalStatuses, proceedings, claimLines, attachments, calls, grants, perpetrators] =
    await Promise.all([
      db.repatriation.findMany({
        where: { victimId },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          kind: true,
          status: true,
          sendingCountry: true,
          receivingCountry: true,
          sendingOrganisationId: true,
          receivingOrganisationId: true,
          counterpart: { select: { name: true } },
          targetTravelDate: true,
          riskOutcome: true,
          riskNotesEncrypted: true,
          stepDetailsEncrypted: true,
          endReason: true,
          remigratedOn: true,
          retraffickedOn: true,
          lostContactOn: true,
          createdAt: true,
          statusChangedAt: true,
          events: {
            orderBy: { createdAt: "asc" },
            select: { createdAt: true, fromStatus: true, toStatus: true, summary: true },
          },
          assistance: {
            orderBy: { createdAt: "asc" },
            select: { type: true, status: true, amount: true, currency: true, startsOn: true, endsOn: true },
          },
          followUps: {
            orderBy: { month: "asc" },
            select: { id: true, month: true, conductedOn: true, answersEncrypted: true, overallScore: true },
          },
        },
      }),
      db.personDocument.findMany({
        where: { victimId },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          type: true,
          issuingCountry: true,
          numberEncrypted: true,
          issuedOn: true,
          expiresOn: true,
          holder: true,
          notesEncrypted: true,
          steps: {
            orderBy: { takenOn: "asc" },
            select: { id: true, kind: true, takenOn: true, outcome: true, noteEncrypted: true },
          },
        },
      }),
      db.legalStatus.findMany({ where: { victimId }, orderBy: { countryCode: "asc" } }),
      // The proceedings as the case file reads them (decrypted, hearings with them; audited there).
      listProceedings(scope, victimId),
      // The person's own line of each claim: never the co-workers', the employer's name or the
      // claim's notes (which speak of the whole brigade).
      db.labourClaimPerson.findMany({
        where: { victimId },
        orderBy: { createdAt: "asc" },
        select: {
          owed: true,
          recovered: true,
          claim: {
            select: {
              countryCode: true,
              workFrom: true,
              workTo: true,
              currency: true,
              route: true,
              status: true,
              filedOn: true,
            },
          },
        },
      }),
      db.attachment.findMany({
        where: { victimId },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          parentType: true,
          fileNameEncrypted: true,
          contentType: true,
          sizeBytes: true,
          createdAt: true,
        },
      }),
      db.callPerson.findMany({
        where: { victimId },
        orderBy: { linkedAt: "asc" },
        select: {
          call: {
            select: {
              id: true,
              receivedAt: true,
              callType: true,
              channel: true,
              topics: true,
              summaryEncrypted: true,
              _count: { select: { people: true } },
            },
          },
        },
      }),
      db.accessGrant.findMany({
        where: { recordType: "VICTIM", recordId: victimId },
        orderBy: { createdAt: "asc" },
        select: {
          grantee: { select: { name: true } },
          scope: true,
          fields: true,
          createdAt: true,
          expiresAt: true,
          revokedAt: true,
        },
      }),
      // Links to the organisation's perpetrator records: ids and parts played, never their names.
      db.personPerpetrator.findMany({
        where: { victimId },
        orderBy: { linkedAt: "asc" },
        select: { perpetratorId: true, role: true, guardian: true, linkedAt: true },
      }),
    ]);
  const organisationIds = [
    ...new Set([
      ...consents.flatMap((c) => (c.granteeOrganisationId ? [c.granteeOrganisationId] : [])),
      ...referrals.flatMap((r) => [r.fromOrganisationId, r.toOrganisationId]),
      ...repatriations.flatMap((r) => [r.sendingOrganisationId, r.receivingOrganisationId]),
    ]),
  ];
  const names = new Map(
    (await db.organisation.findMany({ where: { id: { in: organisationIds } }, select: { id: true, name: true } })).map(
      (o) => [o.id, o.name],
    ),
  );
  const orgName = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  const id = victim.id;

  const data = {
    exportedAt: new Date(),
    organisation: organisation?.name ?? null,
    person: {
      caseNumber: victim.caseNumber,
      status: victim.status,
      closedAt: victim.closedAt,
      closureReason: victim.closureReason,
      anonymisedAt: victim.anonymisedAt,
      identifiedOn: victim.identifiedOn,
      identifiedBy: victim.identifiedBy,
      givenName: victim.givenName,
      familyName: victim.familyName,
      patronymic: victim.patronymic,
      givenNameLatin: victim.givenNameLatin,
      familyNameLatin: victim.familyNameLatin,
      patronymicLatin: victim.patronymicLatin,
      aliases: victim.aliases,
      sex: victim.sex,
      birthDate: victim.birthDate,
      estimatedAge: victim.estimatedAge,
      citizenships: victim.citizenships,
      regionOfOrigin: victim.regionOfOrigin,
      placeOfOrigin: victim.placeOfOrigin,
      languages: victim.languages,
      maritalStatus: victim.maritalStatus,
      educationLevel: victim.educationLevel,
      phone: open(victim.phoneEncrypted, "victims", "phone_encrypted", id),
      address: open(victim.addressEncrypted, "victims", "address_encrypted", id),
      trustedContact: open(victim.trustedContactEncrypted, "victims", "trusted_contact_encrypted", id),
      passportStatus: victim.passportStatus,
      documentNumber: open(victim.documentNumberEncrypted, "victims", "document_number_encrypted", id),
      documentExpiry: victim.documentExpiry,
      entryBanUntil: victim.entryBanUntil,
      traffickingStatus: victim.traffickingStatus,
      traffickingStatusDecidedBy: victim.traffickingStatusDecidedBy,
      exploitationTypes: victim.exploitationTypes,
      labourSectors: victim.labourSectors,
      meansOfControl: victim.meansOfControl,
      recruitmentMethod: victim.recruitmentMethod,
      recruiterRelation: victim.recruiterRelation,
      narrative: open(victim.narrativeEncrypted, "victims", "narrative_encrypted", id),
      riskLevel: victim.riskLevel,
      restricted: victim.restricted,
      createdBy: victim.createdBy.name,
      assignedTo: victim.assignedTo?.name ?? null,
      createdAt: victim.createdAt,
      updatedAt: victim.updatedAt,
    },
    legalHold: victim.legalHoldSince
      ? {
          since: victim.legalHoldSince,
          by: victim.legalHoldBy?.name ?? null,
          reason: open(victim.legalHoldReasonEncrypted, "victims", "legal_hold_reason_encrypted", id),
        }
      : null,
    traffickingEvents: events,
    consents: consents.map((c) => ({
      kind: c.kind,
      sharedWith: orgName(c.granteeOrganisationId) ?? c.granteeCounterpart?.name ?? null,
      givenOn: c.givenOn,
      method: c.method,
      sheetLanguage: c.sheetLanguage,
      sheetVersion: c.sheetVersion,
      withdrawnOn: c.withdrawnOn,
    })),
    supportPlan,
    caseNotes: notes.map((n) => ({
      occurredOn: n.occurredOn,
      author: n.author.name,
      text: decryptField(n.textEncrypted, fieldContext("case_notes", "text_encrypted", n.id)),
    })),
    referrals: referrals.map((r) => ({
      from: orgName(r.fromOrganisationId),
      to: orgName(r.toOrganisationId),
      status: r.status,
      reason: r.reason,
      decisionReason: r.decisionReason,
      createdAt: r.createdAt,
      decidedAt: r.decidedAt,
      revokedAt: r.revokedAt,
    })),
    shelterStays: stays.map(({ id: stayId, shelter, healthNotesEncrypted, ...stay }) => ({
      shelter: shelter.name,
      ...stay,
      healthNotes: open(healthNotesEncrypted, "shelter_stays", "health_notes_encrypted", stayId),
    })),
    repatriations: repatriations.map((r) => ({
      kind: r.kind,
      status: r.status,
      sendingCountry: r.sendingCountry,
      receivingCountry: r.receivingCountry,
      sendingOrganisation: orgName(r.sendingOrganisationId),
      receivingOrganisation: orgName(r.receivingOrganisationId),
      counterpart: r.counterpart?.name ?? null,
      targetTravelDate: r.targetTravelDate,
      riskOutcome: r.riskOutcome,
      riskNotes: open(r.riskNotesEncrypted, "repatriations", "risk_notes_encrypted", r.id),
      stepDetails: r.stepDetailsEncrypted
        ? decryptJsonField<unknown>(
            r.stepDetailsEncrypted,
            fieldContext("repatriations", "step_details_encrypted", r.id),
            null,
          )
        : null,
      endReason: r.endReason,
      remigratedOn: r.remigratedOn,
      retraffickedOn: r.retraffickedOn,
      lostContactOn: r.lostContactOn,
      createdAt: r.createdAt,
      statusChangedAt: r.statusChangedAt,
      events: r.events,
      assistance: r.assistance,
      followUps: r.followUps.map((f) => ({
        month: f.month,
        conductedOn: f.conductedOn,
        overallScore: f.overallScore,
        answers: decryptJsonField<unknown>(
          f.answersEncrypted,
          fieldContext("reintegration_follow_ups", "answers_encrypted", f.id),
          {},
        ),
      })),
    })),
    documents: documents.map((d) => ({
      type: d.type,
      issuingCountry: d.issuingCountry,
      number: open(d.numberEncrypted, "person_documents", "number_encrypted", d.id),
      issuedOn: d.issuedOn,
      expiresOn: d.expiresOn,
      holder: d.holder,
      notes: open(d.notesEncrypted, "person_documents", "notes_encrypted", d.id),
      recoverySteps: d.steps.map((s) => ({
        kind: s.kind,
        takenOn: s.takenOn,
        outcome: s.outcome,
        note: open(s.noteEncrypted, "document_recovery_steps", "note_encrypted", s.id),
      })),
    })),
    legalStatuses: legalStatuses.map(
      ({ id: statusId, notesEncrypted, organisationId: _o, victimId: _v, updatedById: _u, version: _ver, ...s }) => ({
        ...s,
        notes: open(notesEncrypted, "legal_statuses", "notes_encrypted", statusId),
      }),
    ),
    proceedings: (proceedings ?? []).map(({ version: _version, situationId: _situation, ...p }) => p),
    labourClaims: claimLines.map((l) => ({ ...l.claim, owed: l.owed, recovered: l.recovered })),
    attachments: attachments.map((a) => ({
      attachedTo: a.parentType,
      fileName: decryptField(a.fileNameEncrypted, fieldContext("attachments", "file_name_encrypted", a.id)),
      contentType: a.contentType,
      sizeBytes: a.sizeBytes,
      createdAt: a.createdAt,
    })),
    calls: calls.map(({ call }) => ({
      receivedAt: call.receivedAt,
      callType: call.callType,
      channel: call.channel,
      topics: call.topics,
      // A call about a group (a brigade) speaks of the others too: its summary is given only when
      // the person is the one person on it, as a claim gives only the person's own line.
      summary:
        call._count.people === 1 ? open(call.summaryEncrypted, "hotline_calls", "summary_encrypted", call.id) : null,
      aboutOthersToo: call._count.people > 1,
    })),
    perpetratorLinks: perpetrators,
    sharedWith: grants.map((g) => ({
      organisation: g.grantee.name,
      scope: g.scope,
      fields: g.fields,
      since: g.createdAt,
      until: g.revokedAt ?? g.expiresAt,
    })),
    accessLog: [] as { at: Date; action: string; by: string | null }[],
  };

  return db.$transaction(async (tx) => {
    // Who read or changed the record: the organisation's own staff by name, a partner by its name.
    const log = await tx.auditEvent.findMany({
      where: { recordType: "VICTIM", recordId: victimId },
      orderBy: { id: "asc" },
      take: 5000,
      select: {
        at: true,
        action: true,
        organisationId: true,
        actor: { select: { name: true } },
        organisation: { select: { name: true } },
      },
    });
    data.accessLog = log.map((e) => ({
      at: e.at,
      action: e.action,
      by: e.organisationId === record.organisationId ? (e.actor?.name ?? null) : (e.organisation?.name ?? null),
    }));
    await appendAudit(tx, scope, {
      action: "victim.subject_export",
      recordType: "VICTIM",
      recordId: victimId,
      details: { via },
    });
    return {
      caseNumber: record.caseNumber,
      data,
      erasureBlock: await erasureBlock(scope, victimId),
    };
  });
}
export type SubjectExport = Awaited<ReturnType<typeof getSubjectExport>>["data"];
