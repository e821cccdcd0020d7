import type { BoardRow, listMessages, RepatriationCase, RepatriationTaskRow } from "./data";
import type { StepRecord } from "./schema";
import type {
  RepatriationListItemResponse,
  RepatriationMessageResponse,
  RepatriationResponse,
  RepatriationTaskResponse,
  StepRecordResponse,
} from "./api-schema";

type MessageRow = NonNullable<Awaited<ReturnType<typeof listMessages>>>[number];

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentRepatriationListItem(r: BoardRow): RepatriationListItemResponse {
  return {
    id: r.id,
    status: r.status,
    kind: r.kind,
    side: r.side,
    alone: r.alone,
    sendingCountry: r.sendingCountry,
    receivingCountry: r.receivingCountry,
    otherOrganisation: r.otherOrganisation,
    daysInStatus: r.daysInStatus,
    statusChangedAt: r.statusChangedAt.toISOString(),
    targetTravelDate: iso(r.targetTravelDate),
    overdueTasks: r.overdueTasks,
    waitingOn: r.waitingOn,
    person: r.person
      ? { givenName: r.person.givenName, familyName: r.person.familyName, caseNumber: r.person.caseNumber }
      : null,
    personShown: r.personShown,
    restrictedCaseNumber: r.restrictedCaseNumber,
  };
}

function presentStepRecord(r: StepRecord): StepRecordResponse {
  return {
    riskOutcome: r.riskOutcome,
    riskNotes: r.riskNotes,
    riskOverride: r.riskOverride,
    travelDocumentId: r.travelDocumentId,
    documentType: r.documentType,
    documentStatus: r.documentStatus,
    consulate: r.consulate,
    documentExpiry: r.documentExpiry,
    exitConditions: r.exitConditions,
    exitNotes: r.exitNotes,
    reentryBanUntil: r.reentryBanUntil,
    exitResolved: r.exitResolved,
    exitOverride: r.exitOverride,
    risksOnReturn: r.risksOnReturn,
    risksOnReturnNotes: r.risksOnReturnNotes,
    travelDate: r.travelDate,
    route: r.route,
    transport: r.transport,
    escort: r.escort,
    handoverPoint: r.handoverPoint,
    handoverPeople: r.handoverPeople,
    arrivedOn: r.arrivedOn,
    receivedBy: r.receivedBy,
    handoverNotes: r.handoverNotes,
    supportAreas: r.supportAreas,
  };
}

export function presentRepatriation(c: RepatriationCase): RepatriationResponse {
  return {
    id: c.id,
    status: c.status,
    statusChangedAt: c.statusChangedAt.toISOString(),
    daysInStatus: c.daysInStatus,
    kind: c.kind,
    side: c.side,
    alone: c.alone,
    counterpart: c.counterpart,
    sending: {
      organisationId: c.sending.organisationId,
      name: c.sending.name,
      country: c.sending.country,
      coordinator: c.sending.coordinator,
    },
    receiving: {
      organisationId: c.receiving.organisationId,
      name: c.receiving.name,
      country: c.receiving.country,
      coordinator: c.receiving.coordinator,
    },
    targetTravelDate: iso(c.targetTravelDate),
    endReason: c.endReason,
    person: c.person
      ? {
          id: c.person.id,
          caseNumber: c.person.caseNumber,
          givenName: c.person.givenName,
          familyName: c.person.familyName,
          givenNameLatin: c.person.givenNameLatin,
          familyNameLatin: c.person.familyNameLatin,
          citizenships: c.person.citizenships,
          sex: c.person.sex,
          birthDate: iso(c.person.birthDate),
        }
      : null,
    personShown: c.personShown,
    restrictedCaseNumber: c.restrictedCaseNumber,
    record: c.record ? presentStepRecord(c.record) : null,
    riskOutcome: c.riskOutcome,
    riskOverrideRecorded: c.riskOverrideRecorded,
    version: c.version,
    nextMoves: c.nextMoves,
    waitingOn: c.waitingOn,
    editableFields: c.editableFields,
    events: c.events.map((e) => ({
      id: e.id,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      summary: e.summary,
      createdAt: e.createdAt.toISOString(),
      organisationId: e.organisationId,
      actorId: e.actorId,
      actorName: e.actorName,
      side: e.side,
    })),
  };
}

export function presentRepatriationMessage(m: MessageRow): RepatriationMessageResponse {
  return {
    id: m.id,
    createdAt: m.createdAt.toISOString(),
    organisationId: m.organisationId,
    authorId: m.authorId,
    authorName: m.authorName,
    side: m.side,
    text: m.text,
  };
}

export function presentRepatriationTask(t: RepatriationTaskRow): RepatriationTaskResponse {
  return {
    id: t.id,
    status: t.status,
    kind: t.kind,
    title: t.title,
    templateKey: t.templateKey,
    assigneeSide: t.assigneeSide,
    dueOn: iso(t.dueOn),
    doneOn: iso(t.doneOn),
    note: t.note,
    overdue: t.overdue,
  };
}
