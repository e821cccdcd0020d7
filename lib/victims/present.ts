import type { DuplicateMatch, VictimListRow, VictimRecord } from "./data";
import type { DuplicateCheckResponse, VictimListItemResponse, VictimResponse } from "./api-schema";
import { isoDate } from "@/lib/time/zoned";

const day = (d: Date | null) => (d ? isoDate(d) : null);

export function presentVictimListItem(v: VictimListRow): VictimListItemResponse {
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
export function presentVictim(v: VictimRecord, shared: boolean): VictimResponse {
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
    placeOfOrigin: v.placeOfOrigin,
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
    events: (v.events ?? []).map((e) => ({
      id: e.id,
      kind: e.kind,
      countryCode: e.countryCode,
      place: e.place,
      startedOn: day(e.startedOn),
      endedOn: day(e.endedOn),
    })),
    supportItems: (v.supportItems ?? []).map((s) => ({
      id: s.id,
      area: s.area,
      status: s.status,
      provider: s.provider,
      plannedOn: day(s.plannedOn),
      startedOn: day(s.startedOn),
      doneOn: day(s.doneOn),
    })),
    version: v.version,
  };
}

/** The answer to a duplicate check: another organisation's match is named, never linked. */
export function presentDuplicateCheck(matches: DuplicateMatch[]): DuplicateCheckResponse {
  return {
    matches: matches.map((m) => ({
      victimId: m.victimId,
      caseNumber: m.caseNumber,
      organisationName: m.organisationName,
      sameOrganisation: m.sameOrganisation,
      reason: m.reason,
    })),
  };
}
