import type { VictimListRow, VictimRecord } from "./data";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function presentVictimListItem(v: VictimListRow) {
  return {
    id: v.id,
    caseNumber: v.caseNumber,
    status: v.status,
    riskLevel: v.riskLevel,
    givenName: v.givenName,
    familyName: v.familyName,
    givenNameLatin: v.givenNameLatin,
    familyNameLatin: v.familyNameLatin,
    sex: v.sex,
    birthDate: day(v.birthDate),
    estimatedAge: v.estimatedAge,
    citizenships: v.citizenships,
    assignedTo: v.assignedTo,
    // Null for a shared record, whose owner-side metadata is outside the shared fields.
    createdAt: v.createdAt ? v.createdAt.toISOString() : null,
  };
}

/** A record as the API returns it: fields outside the caller's visible set are null or empty. */
export function presentVictim(v: VictimRecord, shared: boolean) {
  return {
    ...presentVictimListItem(v as unknown as VictimListRow),
    shared,
    ownerOrganisation: v.organisation.name,
    closureReason: v.closureReason,
    restricted: v.restricted,
    identifiedOn: day(v.identifiedOn),
    identifiedBy: v.identifiedBy,
    patronymic: v.patronymic,
    patronymicLatin: v.patronymicLatin,
    aliases: v.aliases,
    regionOfOrigin: v.regionOfOrigin,
    languages: v.languages,
    maritalStatus: v.maritalStatus,
    educationLevel: v.educationLevel,
    phone: v.phone,
    address: v.address,
    trustedContact: v.trustedContact,
    passportStatus: v.passportStatus,
    documentNumber: v.documentNumber,
    documentExpiry: day(v.documentExpiry),
    entryBanUntil: day(v.entryBanUntil),
    traffickingStatus: v.traffickingStatus,
    traffickingStatusDecidedBy: v.traffickingStatusDecidedBy,
    exploitationTypes: v.exploitationTypes,
    labourSectors: v.labourSectors,
    meansOfControl: v.meansOfControl,
    recruitmentMethod: v.recruitmentMethod,
    recruiterRelation: v.recruiterRelation,
    narrative: v.narrative,
    events: (v.events ?? []).map((e) => ({ ...e, startedOn: day(e.startedOn), endedOn: day(e.endedOn) })),
    supportItems: (v.supportItems ?? []).map((s) => ({ ...s, plannedOn: day(s.plannedOn), startedOn: day(s.startedOn), doneOn: day(s.doneOn) })),
    version: v.version,
  };
}
