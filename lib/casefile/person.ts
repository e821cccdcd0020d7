// A person's case file as its page shows it, loaded in one place with the page's yes/no answers
// (`may`), so the page only renders. Every read is limited by the visibility rule (getVictimRecord
// drops what a partner or shelter may not see; the casework reads return null where the viewer
// has no right).
import "server-only";
import type { Scope } from "@/lib/roles/scope";
import { listAccessLog, listCaseNotes, listConsents, listPartnerOrganisations } from "@/lib/casework/data";
import { hasReturnConsent, recipientOf, requestConsents, sharingConsentOrganisations } from "@/lib/casework/rules";
import { listCounterpartChoices } from "@/lib/counterparts/data";
import { listReferralsOfVictim } from "@/lib/referrals/data";
import { listCasesOfPerson } from "@/lib/repatriations/data";
import { mayRequestRepatriation } from "@/lib/repatriations/policy";
import { CLOSED_STATUSES, type RepatriationStatus } from "@/lib/repatriations/codes";
import { listShelterRecordOfPerson } from "@/lib/shelters/data";
import { listSituationsOf } from "@/lib/situations/data";
import { listAuthorityReports } from "@/lib/casework/authority-reports";
import { listPerpetratorsOfPerson, perpetratorChoicesOf } from "@/lib/perpetrators/data";
import { maySeePerpetrators } from "@/lib/perpetrators/policy";
import { roleHas } from "@/lib/roles/permissions";
import { findBreakGlassCandidate, getVictimRecord } from "@/lib/victims/data";
import { mayCloseVictim, mayFindBed, mayReferVictim, refersAsRole, worksCases } from "@/lib/victims/policy";
import { consentToRenew } from "@/lib/victims/queues";
import { listDocuments } from "@/lib/documents/data";
import { listPersonAttachments, listRecordAttachments } from "@/lib/attachments/data";
import { listLegalStatuses } from "@/lib/documents/legal-status";
import { claimChoicesOf, listLabourClaims } from "@/lib/labour-claims/data";
import { listProceedings } from "@/lib/proceedings/data";

export type CaseFile = NonNullable<Awaited<ReturnType<typeof loadCaseFile>>>;

/**
 * The case file of the person with this id: `{ kind: "record", ... }`; `{ kind: "restricted" }`
 * for a restricted record of one's own organisation that the viewer may open by breaking the
 * glass (nothing of it is read); null for anything else (the page answers 404).
 */
export async function loadCaseFile(scope: Scope, id: string) {
  const found = await getVictimRecord(scope, id);
  if (!found) {
    const candidate = await findBreakGlassCandidate(scope, id);
    return candidate ? { kind: "restricted" as const, victimId: candidate.id } : null;
  }
  const { record, shared, mayEdit } = found;
  const own = record.organisationId === scope.organisationId;
  const seesPerpetrators = own && maySeePerpetrators(scope);
  const [
    notes,
    consents,
    referrals,
    accessLog,
    organisations,
    returns,
    shelterRecord,
    situations,
    authorityReports,
    perpetrators,
    documents,
    legalStatuses,
    attachments,
    labourClaims,
    proceedings,
  ] = await Promise.all([
    listCaseNotes(scope, record.id),
    listConsents(scope, record.id),
    listReferralsOfVictim(scope, record.id),
    listAccessLog(scope, record.id),
    listPartnerOrganisations(scope),
    listCasesOfPerson(scope, record.id),
    listShelterRecordOfPerson(scope, record.id),
    // The situations the person is in, among those the viewer sees (none for a partner: a
    // situation is its organisation's own).
    roleHas(scope.role, "situations.list") ? listSituationsOf(scope, { victimId: record.id }) : [],
    // Reports to authorities and the perpetrators' parts are the owner organisation's only.
    own ? listAuthorityReports(scope, record.id) : [],
    seesPerpetrators ? listPerpetratorsOfPerson(scope, record.id) : [],
    // Null where the viewer's view of the person does not include documents.
    listDocuments(scope, record.id),
    listLegalStatuses(scope, record.id),
    // Null where the viewer does not see the person; a partner without documents in its grant sees
    // only its own organisation's uploads.
    listPersonAttachments(scope, record.id),
    // Null where the viewer's view of the person does not include claims for unpaid wages.
    listLabourClaims(scope, record.id),
    // Null where the viewer's view of the person does not include proceedings.
    listProceedings(scope, record.id),
  ]);
  // A sharing consent may name a counterpart outside Tumar: the own organisation's directory, for
  // those who record consents on its records.
  const counterpartChoices =
    own && mayEdit && roleHas(scope.role, "counterparts.read") ? await listCounterpartChoices(scope) : [];
  // Perpetrators that may be linked to the person: those of the situations the person is in.
  const perpetratorChoices =
    seesPerpetrators && mayEdit
      ? await perpetratorChoicesOf(
          scope,
          situations.map((s) => s.id),
        )
      : [];
  // What the claim forms offer (employers, co-workers of the person's situations): for those who may
  // record a claim, the person's own organisation on an open record.
  const claimChoices = labourClaims && own && mayEdit ? await claimChoicesOf(scope, record.id, situations) : null;
  // The files on the organisation's own claims (a claim's files are about no one person: its
  // organisation's case staff read them, lib/attachments/policy.ts).
  const ownClaimIds = (labourClaims ?? []).filter((c) => c.own).map((c) => c.id);
  const claimFiles = ownClaimIds.length ? await listRecordAttachments(scope, "LABOUR_CLAIM", ownClaimIds) : [];
  const now = new Date();
  const ownRecord = own;
  const closed = record.status.startsWith("CLOSED");
  const caseRole = worksCases(scope);

  const openReturns = returns.filter((r) => !CLOSED_STATUSES.includes(r.status as RepatriationStatus));
  const draftConsents = consents
    ? openReturns
        .filter((r) => r.status === "DRAFT")
        .map((r) => ({ r, items: requestConsents(consents, recipientOf(r), now) }))
    : [];
  // No consent to services in force (or only a guardian's for a person now adult, the home's
  // "consent" queue), or a prepared return still missing its consents.
  const consentMissing =
    consents !== null &&
    (consentToRenew({ birthDate: record.birthDate ?? null }, consents, now) !== null ||
      draftConsents.some((d) => d.items.some((i) => !i.given)));

  return {
    kind: "record" as const,
    record,
    shared,
    notes,
    consents,
    referrals,
    accessLog,
    organisations,
    counterpartChoices,
    returns,
    shelterRecord,
    situations,
    authorityReports,
    perpetrators,
    perpetratorChoices,
    documents,
    legalStatuses,
    attachments,
    labourClaims,
    claimChoices,
    claimFiles,
    proceedings,
    ownRecord,
    closed,
    openReturns,
    draftConsents,
    sharingWith: consents ? sharingConsentOrganisations(consents, now) : [],
    consentMissing,
    returnConsentMissing: consents !== null && !hasReturnConsent(consents, now),
    // "In a shelter" comes from the shelter records, not the support plan: an open stay in one of
    // the organisation's own shelters, or a request of the organisation that placed the person in
    // another organisation's shelter and whose stay is not known to have ended (see
    // listShelterRecordOfPerson). Null (shelter staff, anyone without case rights) shows no flag.
    inShelter: shelterRecord?.inShelter ?? false,
    // The support plan's word is kept only as a hint in the section when the records do not agree.
    shelterUnderWay: record.supportItems?.some((s) => s.area === "SHELTER" && s.status === "IN_PROGRESS") ?? false,
    shelterEntries: shelterRecord ? shelterRecord.stays.length + shelterRecord.requests.length : 0,
    may: {
      edit: mayEdit,
      refer: mayReferVictim(scope, record),
      requestRepatriation: mayRequestRepatriation(scope, record),
      close: mayCloseVictim(scope, record),
      seeShelter: ownRecord && caseRole,
      /** Record a report to an authority (on consent); `overrideReport`: decide without consent. */
      report: ownRecord && mayEdit && roleHas(scope.role, "cases.authorityReport"),
      overrideReport: ownRecord && mayEdit && roleHas(scope.role, "cases.authorityReport.override"),
      seePerpetrators: seesPerpetrators,
      seeReturns: caseRole,
      findBed: mayFindBed(scope, record),
      /** Refers and places as a role: otherwise the page names the own organisation's coordinator as who can. */
      referAsRole: refersAsRole(scope),
    },
  };
}
