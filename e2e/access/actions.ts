// Every server action of the app (read from the build's manifest by the access matrix), with how
// it may be called. Server actions are public endpoints: each checks the session, the permission
// and the record itself. An action missing here fails the matrix.
//   public: callable without signing in (the language switch of the sign-in page)
//   probe:  well-formed arguments naming the owner's records, for a signed-in outsider: the answer
//           must be "not found" (for a new record made from someone else's person: "choose a
//           person"), and nothing may change
import { FOLLOW_UP_SURVEY, type Records } from "./registry";

export interface ActionRule {
  public?: boolean;
  probe?: (r: Records) => unknown[];
}

const day = "2026-01-02";

export const ACTION_RULES: Record<string, ActionRule> = {
  addCaseNoteAction: { probe: (r) => [{ victimId: r.victimId }, { occurredOn: day, text: "matrix probe note" }] },
  addSupportItemAction: { probe: (r) => [{ victimId: r.victimId }, { area: "HEALTH", status: "PLANNED" }] },
  closeCaseAction: { probe: (r) => [{ victimId: r.victimId }, { status: "CLOSED", reason: "matrix probe closure" }] },
  recordConsentAction: {
    probe: (r) => [
      { victimId: r.victimId },
      { kind: "SERVICES", givenOn: day, method: "WRITTEN", sheetLanguage: "ru" },
    ],
  },
  reopenCaseAction: { probe: (r) => [{ victimId: r.victimId }] },
  // A data-subject request: an outsider finds no person to hold or erase (nothing changes).
  setLegalHoldAction: { probe: (r) => [{ victimId: r.victimId }, { reason: "matrix probe hold" }] },
  liftLegalHoldAction: { probe: (r) => [{ victimId: r.victimId }, {}] },
  erasePersonAction: { probe: (r) => [{ victimId: r.victimId }, { caseNumber: "matrix probe" }] },
  recordAuthorityReportAction: {
    probe: (r) => [
      { victimId: r.victimId },
      {
        authority: "POLICE",
        countryCode: "UZ",
        reportedOn: day,
        basis: "IMMINENT_DANGER",
        overrideReason: "matrix probe reason",
      },
    ],
  },
  linkPerpetratorToCallAction: { probe: (r) => [r.callId, { perpetratorId: r.perpetratorId, role: "RECRUITER" }] },
  linkPerpetratorToPersonAction: {
    probe: (r) => [r.victimId, { perpetratorId: "00000000-0000-4000-8000-000000000000", guardian: true }],
  },
  updateSupportItemAction: {},
  withdrawConsentAction: {},
  createHotlineCallAction: {},
  // A new situation is the caller's own organisation's: there is no owner's record to probe.
  addDocumentAction: { probe: (r) => [r.victimId, { type: "PASSPORT", holder: "EMPLOYER" }] },
  saveLegalStatusAction: { probe: (r) => [r.victimId, { countryCode: "RU", registration: "NOT_REGISTERED" }] },
  // A document id of the owner's is not among the matrix's records: any id is "not found" to an
  // outsider (lib/documents/documents.int.test.ts refuses an outsider a real one).
  updateDocumentAction: { probe: () => ["00000000-0000-4000-8000-000000000000", { version: 1, type: "OTHER" }] },
  // A file id of the owner's is not among the matrix's records: any id is "not found" to an outsider
  // (lib/attachments/record-files.int.test.ts refuses a stranger a real one).
  deleteAttachmentAction: { probe: (r) => ["00000000-0000-4000-8000-000000000000", `/victims/${r.victimId}`] },
  addRecoveryStepAction: {
    probe: () => ["00000000-0000-4000-8000-000000000000", { kind: "ASKED_HOLDER", takenOn: day }],
  },
  createLabourClaimAction: {
    probe: (r) => [
      r.victimId,
      {
        employerName: "matrix probe employer",
        countryCode: "RU",
        currency: "RUB",
        route: "NEGOTIATION",
        people: [{ victimId: r.victimId, owed: "1" }],
      },
    ],
  },
  updateLabourClaimAction: {
    probe: (r) => [
      r.victimId,
      "00000000-0000-4000-8000-000000000000",
      {
        version: 1,
        employerName: "matrix probe employer",
        countryCode: "RU",
        currency: "RUB",
        route: "NEGOTIATION",
        people: [{ victimId: r.victimId, owed: "1" }],
      },
    ],
  },
  // Answers with the caller's own organisation's records only (the people list's own search).
  findClaimPeopleAction: {},
  addProceedingAction: {
    probe: (r) => [r.victimId, { kind: "CRIMINAL", authority: "COURT", countryCode: "KZ", role: "VICTIM" }],
  },
  // A case id of the owner's is not among the matrix's records: any id is "not found" to an
  // outsider (lib/proceedings/proceedings.int.test.ts refuses an outsider a real one).
  updateProceedingAction: {
    probe: () => [
      "00000000-0000-4000-8000-000000000000",
      { version: 1, kind: "CIVIL", authority: "COURT", countryCode: "KZ", role: "CLAIMANT" },
    ],
  },
  addHearingAction: { probe: () => ["00000000-0000-4000-8000-000000000000", { heldOn: day }] },
  updateHearingAction: {
    probe: () => ["00000000-0000-4000-8000-000000000000", { heldOn: day, status: "HELD", version: 1 }],
  },
  // A reminder is its organisation's alone: any id is "not found" to an outsider
  // (lib/tasks/tasks.int.test.ts refuses another organisation a real one).
  completeReminderAction: { probe: () => ["00000000-0000-4000-8000-000000000000", { version: 1 }] },
  dismissReminderAction: {
    probe: () => ["00000000-0000-4000-8000-000000000000", { version: 1, reason: "matrix probe reason" }],
  },
  assignReminderAction: { probe: () => ["00000000-0000-4000-8000-000000000000", { version: 1, assigneeId: "" }] },
  // A new counterpart is the caller's own organisation's: there is no owner's record to probe.
  createCounterpartAction: {},
  updateCounterpartAction: {
    probe: (r) => [r.counterpartId, { version: 1, name: "Matrix probe", countryCode: "AF", type: "IOM" }],
  },
  setCounterpartActiveAction: { probe: (r) => [r.counterpartId, { active: false, version: 1 }] },
  createSituationAction: {},
  addSituationNoteAction: { probe: (r) => [r.situationId, { body: "matrix probe note" }] },
  // A new record is the caller's own organisation's; a lookup answers with the caller's own records
  // and a count: there is no owner's record to probe (e2e/situations.spec.ts checks what it says).
  createPerpetratorAction: {},
  matchPerpetratorsAction: {},
  sendContactRequestAction: { probe: (r) => [r.perpetratorId, { message: "matrix probe: please get in touch" }] },
  // Sharing names the owner's record; an outsider's basis is any id (lib/perpetrators/sharing.int.test.ts
  // shows a real basis refused to a partner and to the owner's case worker).
  sharePerpetratorAction: {
    probe: (r) => [r.perpetratorId, { basisGrantId: "00000000-0000-4000-8000-000000000000", scope: "FULL" }],
  },
  endPerpetratorShareAction: { probe: (r) => [r.perpetratorId, "00000000-0000-4000-8000-000000000000"] },
  // A recipient row is made only by the database for an asked organisation: an outsider's id is
  // any id (answered "not found" whoever asks: lib/perpetrators/contact-requests.int.test.ts).
  answerContactRequestAction: {},
  linkCallToSituationAction: { probe: (r) => [r.callId, { situationId: r.situationId }] },
  linkPersonToSituationAction: { probe: (r) => [r.situationId, { caseNumber: "ZZZ-2026-00001" }] },
  discardHotlineCallDraftAction: {},
  lookupRepeatCallerAction: {},
  saveHotlineCallDraftAction: {},
  updateHotlineCallAction: {},
  voidHotlineCallAction: { probe: (r) => [r.callId, { version: 1, reason: "matrix probe void" }] },
  createOrganisationAction: {},
  createReferralAction: {
    probe: (r) => [
      r.victimId,
      { toOrganisationId: "00000000-0000-4000-8000-000000000000", reason: "matrix probe", sharedFields: [] },
    ],
  },
  decideReferralAction: {},
  revokeReferralAction: {},
  addTaskAction: { probe: (r) => [r.repatriationId, { title: "matrix probe task", assigneeSide: "SENDING" }] },
  completeTaskAction: { probe: (r) => [r.repatriationId, r.taskId, {}] },
  createRepatriationAction: {
    probe: (r) => [{ victimId: r.victimId, receivingOrganisationId: "00000000-0000-4000-8000-000000000000" }],
  },
  markNotificationsReadAction: {},
  markCaseNoticesReadAction: { probe: (r) => [r.repatriationId] },
  postMessageAction: { probe: (r) => [r.repatriationId, { text: "matrix probe message" }] },
  transitionRepatriationAction: {
    probe: (r) => [r.repatriationId, { to: "CANCELLED", reason: "matrix probe cancel" }],
  },
  updateStepAction: { probe: (r) => [r.repatriationId, { riskOutcome: "NOT_SAFE" }] },
  // The owner's network case: outsiders find no case (its own coordinator is told it is no counterpart case).
  handToPartnerAction: { probe: (r) => [r.repatriationId, { receivingOrganisationId: r.repatriationId, version: 1 }] },
  // The alone case's reintegration (lib/reintegration/reintegration.int.test.ts refuses another
  // organisation a real one); the matrix checks afterwards that the plan and the flags are unchanged.
  addAssistanceAction: { probe: (r) => [r.aloneRepatriationId, { type: "FAMILY_MEDIATION" }] },
  updateAssistanceAction: {
    probe: (r) => [r.assistanceId, { type: "MICRO_GRANT", status: "CANCELLED", version: 1 }],
  },
  recordFollowUpAction: {
    probe: (r) => [r.aloneRepatriationId, "00000000-0000-4000-8000-000000000000", FOLLOW_UP_SURVEY],
  },
  setReintegrationFlagsAction: { probe: (r) => [r.aloneRepatriationId, { lostContactOn: day, version: 1 }] },
  updateRetentionSettingsAction: {},
  // The caller's own organisation's setting: there is no owner's record to probe.
  setNetworkSharingAction: {},
  admitAction: { probe: (r) => [r.shelterId, { victimId: r.victimId, admittedAt: day }] },
  answerPlacementAction: {},
  assignShelterStaffAction: {},
  unassignShelterStaffAction: { probe: (r) => [r.shelterId, "00000000-0000-4000-8000-000000000000"] },
  createShelterAction: {},
  requestPlacementAction: {},
  setShelterActiveAction: { probe: (r) => [r.shelterId, false] },
  updateStayAction: {},
  withdrawPlacementAction: {},
  changeMemberRoleAction: { probe: (r) => [r.memberId, { role: "ANALYST", version: 1 }] },
  changePasswordAction: {},
  confirmSecondFactorAction: {},
  createApiTokenAction: {},
  createMemberAction: {},
  disableSecondFactorAction: {},
  endMemberSessionsAction: { probe: (r) => [r.memberId] },
  revokeApiTokenAction: {},
  revokeMemberApiTokenAction: { probe: (r) => [r.memberId, "00000000-0000-4000-8000-000000000000"] },
  removeMembershipAction: { probe: (r) => [r.memberId, { version: 1 }] },
  updateApiTokenSettingsAction: {},
  setMemberActiveAction: { probe: (r) => [r.memberId, { active: false, version: 1 }] },
  signOutEverywhereAction: {},
  startSecondFactorAction: {},
  switchOrganisationAction: {},
  updateLocaleAction: { public: true },
  // The invitee has no session; the token they post back is the credential.
  acceptInvitationAction: { public: true },
  acceptInvitationWithAccountAction: { public: true },
  revokeInvitationAction: {},
  breakGlassAction: { probe: (r) => [r.victimId, { reason: "matrix probe: a reason long enough" }] },
  checkDuplicatesAction: {},
  createVictimFromCallAction: {
    probe: (r) => [
      r.callId,
      { givenName: "Probe", sex: "UNKNOWN", estimatedAge: 30, identifiedOn: day, identifiedBy: "HOTLINE" },
    ],
  },
  registerGroupFromCallAction: {
    probe: (r) => [r.callId, { people: [{ givenName: "Probe", familyName: "", sex: "UNKNOWN", estimatedAge: 30 }] }],
  },
  // Answers with the caller's own organisation's records only (lib/victims/call-people.int.test.ts).
  findPeopleForCallAction: {},
  linkPersonToCallAction: { probe: (r) => [r.callId, { victimId: r.victimId }] },
  registerVictimAction: {},
  updateVictimAction: {
    probe: (r) => [
      r.victimId,
      {
        version: 2,
        givenName: "Probe",
        sex: "UNKNOWN",
        estimatedAge: 30,
        identifiedOn: day,
        identifiedBy: "HOTLINE",
        narrative: "matrix probe narrative",
      },
    ],
  },
};
