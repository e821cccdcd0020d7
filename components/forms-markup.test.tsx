// The forms' markup is a contract: the end-to-end tests find fields by their label and id, forms
// post before JavaScript starts, and screen readers follow aria-describedby to hints and errors.
// Each form is rendered here twice, as it opens and with an error on every field, and compared
// with the stored markup in __snapshots__/forms/ (attributes sorted, one tag a line). A change to
// a form's ids, names, labels or aria attributes shows there as a diff to review
// (`npx vitest run --project unit components/forms-markup -u` stores the new markup).
import { createElement, type ComponentType, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import type { FieldErrors } from "react-hook-form";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import messages from "@/messages/en.json";

// Every lookup of an error finds one, at any depth (errors.events[0].startedOn, errors.topics.root).
let everyFieldInError = false;
const universalError: object = new Proxy(
  {},
  {
    get: (_target, key) => {
      if (key === "message") return "errors.required";
      if (key === "type") return "required";
      if (typeof key === "symbol" || key === "ref" || key === "then" || key === "toJSON") return undefined;
      return universalError;
    },
  },
);

vi.mock("react-hook-form", async (importOriginal) => {
  const original = await importOriginal<typeof import("react-hook-form")>();
  return {
    ...original,
    useForm: (props: Parameters<typeof original.useForm>[0]) => {
      const form = original.useForm(everyFieldInError ? { ...props, errors: universalError as FieldErrors } : props);
      if (everyFieldInError) (form.control._formState as { errors: object }).errors = universalError;
      return form;
    },
  };
});
vi.mock("next/navigation", () => ({
  useRouter: () => ({ refresh: vi.fn(), push: vi.fn(), replace: vi.fn() }),
  usePathname: () => "/page",
}));
vi.mock("next-auth/react", () => ({ signIn: vi.fn(), signOut: vi.fn() }));
// Server actions (database, session) are not called while rendering.
vi.mock("@/lib/hotline/actions", () => ({
  createHotlineCallAction: vi.fn(),
  discardHotlineCallDraftAction: vi.fn(),
  updateHotlineCallAction: vi.fn(),
  lookupRepeatCallerAction: vi.fn(),
  saveHotlineCallDraftAction: vi.fn(),
  voidHotlineCallAction: vi.fn(),
}));
vi.mock("@/lib/shelters/actions", () => ({
  admitAction: vi.fn(),
  answerPlacementAction: vi.fn(),
  assignShelterStaffAction: vi.fn(),
  createShelterAction: vi.fn(),
  requestPlacementAction: vi.fn(),
  updateStayAction: vi.fn(),
}));
vi.mock("@/lib/victims/actions", () => ({
  breakGlassAction: vi.fn(),
  checkDuplicatesAction: vi.fn(),
  createVictimFromCallAction: vi.fn(),
  registerVictimAction: vi.fn(),
  updateVictimAction: vi.fn(),
}));
vi.mock("@/lib/casework/actions", () => ({
  addCaseNoteAction: vi.fn(),
  addSupportItemAction: vi.fn(),
  closeCaseAction: vi.fn(),
  recordConsentAction: vi.fn(),
  withdrawConsentAction: vi.fn(),
}));
vi.mock("@/lib/referrals/actions", () => ({
  createReferralAction: vi.fn(),
  decideReferralAction: vi.fn(),
  revokeReferralAction: vi.fn(),
}));
vi.mock("@/lib/repatriations/actions", () => ({
  addTaskAction: vi.fn(),
  completeTaskAction: vi.fn(),
  createRepatriationAction: vi.fn(),
  handToPartnerAction: vi.fn(),
  postMessageAction: vi.fn(),
  transitionRepatriationAction: vi.fn(),
  updateStepAction: vi.fn(),
}));
vi.mock("@/lib/reintegration/actions", () => ({
  addAssistanceAction: vi.fn(),
  recordFollowUpAction: vi.fn(),
  setReintegrationFlagsAction: vi.fn(),
  updateAssistanceAction: vi.fn(),
}));
vi.mock("@/lib/users/actions", () => ({
  changeMemberRoleAction: vi.fn(),
  changePasswordAction: vi.fn(),
  confirmSecondFactorAction: vi.fn(),
  createApiTokenAction: vi.fn(),
  createMemberAction: vi.fn(),
  disableSecondFactorAction: vi.fn(),
  startSecondFactorAction: vi.fn(),
  updateApiTokenSettingsAction: vi.fn(),
}));
vi.mock("@/lib/retention/actions", () => ({ updateRetentionSettingsAction: vi.fn() }));
vi.mock("@/lib/orgs/actions", () => ({ createOrganisationAction: vi.fn() }));
vi.mock("@/lib/proceedings/actions", () => ({
  addProceedingAction: vi.fn(),
  updateProceedingAction: vi.fn(),
  addHearingAction: vi.fn(),
  updateHearingAction: vi.fn(),
}));
vi.mock("@/lib/counterparts/actions", () => ({
  createCounterpartAction: vi.fn(),
  updateCounterpartAction: vi.fn(),
  setCounterpartActiveAction: vi.fn(),
}));
vi.mock("@/lib/subject-requests/actions", () => ({
  erasePersonAction: vi.fn(),
  liftLegalHoldAction: vi.fn(),
  setLegalHoldAction: vi.fn(),
}));
vi.mock("@/lib/invitations/actions", () => ({
  acceptInvitationAction: vi.fn(),
  acceptInvitationWithAccountAction: vi.fn(),
}));

const ZONE = "Asia/Tashkent";
const countries = { first: [{ code: "UZ", name: "Uzbekistan" }], rest: [{ code: "KZ", name: "Kazakhstan" }] };
const regions = {
  UZ: [
    { code: "UZ-SA", name: "Samarqand Region" },
    { code: "UZ-TO", name: "Tashkent Region" },
  ],
};
const ID = "00000000-0000-4000-8000-00000000000a";
const beds = [
  { id: "00000000-0000-4000-8000-0000000000b1", label: "A", room: "1", taken: false },
  { id: "00000000-0000-4000-8000-0000000000b2", label: "B", room: null, taken: true },
];

/** One tag or text a line, attributes sorted, indented by depth: a diff then names what changed. */
export function normaliseMarkup(html: string): string {
  const lines: string[] = [];
  let depth = 0;
  const voids = new Set(["input", "br", "hr", "img", "meta", "link", "col", "area", "base", "source", "track", "wbr"]);
  for (const token of html.match(/<[^>]+>|[^<]+/g) ?? []) {
    if (token.startsWith("</")) {
      depth -= 1;
      lines.push(`${"  ".repeat(depth)}${token}`);
      continue;
    }
    if (token.startsWith("<")) {
      const [, tag = "", rest = ""] = /^<([a-zA-Z0-9-]+)([\s\S]*?)\/?>$/.exec(token) ?? [];
      const attributes = [...rest.matchAll(/\s([^\s=]+)(?:="([^"]*)")?/g)]
        .map(([, name, value]) => (value === undefined ? name : `${name}="${value}"`))
        .sort();
      lines.push(`${"  ".repeat(depth)}<${[tag, ...attributes].join(" ")}>`);
      if (!voids.has(tag)) depth += 1;
      continue;
    }
    if (token.trim()) lines.push(`${"  ".repeat(depth)}${token.trim()}`);
  }
  return `${lines.join("\n")}\n`;
}

const render = (element: ReactElement) =>
  normaliseMarkup(
    renderToStaticMarkup(
      <NextIntlClientProvider locale="en-GB" timeZone={ZONE} messages={messages}>
        {element}
      </NextIntlClientProvider>,
    ),
  );

type Case = [name: string, load: () => Promise<ReactElement>];
// Props are fixtures here, typed loosely: a form is rendered with what its page would give it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form component
const el = (component: ComponentType<any>, props: Record<string, unknown>) => createElement(component, props);

const cases: Case[] = [
  [
    "call-form-create",
    async () => {
      const { CallForm } = await import("@/components/hotline/call-form");
      const { emptyCall } = await import("@/lib/hotline/form-values");
      return el(CallForm, {
        mode: "create",
        initialValues: emptyCall(),
        organisationCountry: "UZ",
        countries,
        regions,
      });
    },
  ],
  [
    "call-form-edit",
    async () => {
      const { CallForm } = await import("@/components/hotline/call-form");
      const { emptyCall } = await import("@/lib/hotline/form-values");
      return el(CallForm, {
        mode: "edit",
        callId: ID,
        version: 1,
        initialValues: { ...emptyCall(), receivedAt: "2026-03-03T10:30:00Z" },
        organisationCountry: "UZ",
        countries,
        regions,
      });
    },
  ],
  [
    "call-form-silent",
    async () => {
      const { CallForm } = await import("@/components/hotline/call-form");
      const { emptyCall } = await import("@/lib/hotline/form-values");
      return el(CallForm, {
        mode: "create",
        initialValues: { ...emptyCall(), callType: "SILENT" },
        organisationCountry: "UZ",
        countries,
        regions,
        draftRestored: true,
      });
    },
  ],
  [
    "void-call",
    async () => el((await import("@/components/hotline/void-call-form")).VoidCallForm, { callId: ID, version: 1 }),
  ],
  [
    "shelter-create",
    async () =>
      el((await import("@/components/shelters/create-shelter-form")).CreateShelterForm, {
        countries,
        defaultCountry: "UZ",
      }),
  ],
  [
    "shelter-admit",
    async () =>
      el((await import("@/components/shelters/admit-form")).AdmitForm, {
        shelterId: ID,
        today: "2026-03-03",
        beds,
        candidates: [{ id: ID, caseNumber: "UZ-1", givenName: "A", familyName: "B", placementRequestId: ID }],
      }),
  ],
  [
    "shelter-service",
    async () =>
      el((await import("@/components/shelters/service-form")).ServiceForm, {
        stayId: "s1",
        version: 1,
        today: "2026-03-03",
      }),
  ],
  [
    "shelter-incident",
    async () =>
      el((await import("@/components/shelters/incident-form")).IncidentForm, {
        stayId: "s1",
        version: 1,
        today: "2026-03-03",
      }),
  ],
  [
    "shelter-move",
    async () => el((await import("@/components/shelters/move-form")).MoveForm, { stayId: "s1", version: 1, beds }),
  ],
  [
    "shelter-discharge",
    async () =>
      el((await import("@/components/shelters/discharge-form")).DischargeForm, {
        stayId: "s1",
        version: 1,
        today: "2026-03-03",
      }),
  ],
  [
    "shelter-assign-staff",
    async () =>
      el((await import("@/components/shelters/assign-staff-form")).AssignStaffForm, {
        shelterId: ID,
        staff: [{ id: ID, name: "Staff" }],
      }),
  ],
  [
    "shelter-placement-request",
    async () =>
      el((await import("@/components/shelters/placement-request-form")).PlacementRequestForm, {
        shelterId: ID,
        people: [{ id: ID, caseNumber: "UZ-1", givenName: "A", familyName: null }],
      }),
  ],
  [
    "shelter-answer-placement",
    async () =>
      el((await import("@/components/shelters/answer-placement-form")).AnswerPlacementForm, { requestId: "r1" }),
  ],
  [
    "victim-register",
    async () => {
      const { RegisterVictimForm } = await import("@/components/victims/register-form");
      return el(RegisterVictimForm, { defaults: victimDefaults(), countries });
    },
  ],
  [
    "victim-edit",
    async () => {
      const { VictimForm } = await import("@/components/victims/victim-form");
      return el(VictimForm, {
        victimId: ID,
        countries,
        regions,
        workers: [{ id: ID, name: "Worker" }],
        defaults: {
          ...victimDefaults(),
          citizenships: ["UZ", "KZ"],
          languages: [],
          exploitationTypes: [],
          labourSectors: [],
          meansOfControl: [],
          events: [{ kind: "RECRUITMENT", countryCode: "", place: "", startedOn: "", endedOn: "" }],
          version: 1,
        },
      });
    },
  ],
  [
    "victim-open-case",
    async () =>
      el((await import("@/components/victims/open-case-form")).OpenCaseForm, {
        callId: ID,
        countries,
        defaults: { givenName: "", familyName: "", sex: "FEMALE", birthDate: "", estimatedAge: "", citizenship: "" },
      }),
  ],
  [
    "victim-break-glass",
    async () => el((await import("@/components/victims/break-glass-form")).BreakGlassForm, { victimId: ID }),
  ],
  [
    "casework-note",
    async () =>
      el((await import("@/components/casework/casework-forms")).CaseNoteForm, { victimId: ID, today: "2026-03-03" }),
  ],
  [
    "casework-consent",
    async () =>
      el((await import("@/components/casework/casework-forms")).ConsentForm, {
        victimId: ID,
        today: "2026-03-03",
        organisations: [{ id: ID, name: "Org" }],
      }),
  ],
  [
    "casework-support",
    async () => el((await import("@/components/casework/casework-forms")).SupportItemForm, { victimId: ID }),
  ],
  [
    "casework-close",
    async () => el((await import("@/components/casework/casework-forms")).CloseCaseForm, { victimId: ID }),
  ],
  [
    "subject-request-legal-hold",
    async () =>
      el((await import("@/components/subject-requests/subject-request-forms")).LegalHoldForm, { victimId: ID }),
  ],
  [
    "subject-request-erase",
    async () =>
      el((await import("@/components/subject-requests/subject-request-forms")).ErasePersonForm, {
        victimId: ID,
        caseNumber: "TSH-2026-00042",
      }),
  ],
  [
    "referral-create",
    async () =>
      el((await import("@/components/referrals/referral-forms")).ReferralForm, {
        victimId: ID,
        organisations: [{ id: ID, name: "Org" }],
        counterparts: [{ id: ID, name: "IOM Kabul · Afghanistan" }],
        countries: { first: [{ code: "RU", name: "Russia" }], rest: [] },
      }),
  ],
  [
    "referral-decide",
    async () => el((await import("@/components/referrals/referral-forms")).DecideReferralForm, { referralId: "r1" }),
  ],
  [
    "repatriation-new",
    async () =>
      el((await import("@/components/repatriations/repatriation-forms")).NewRepatriationForm, {
        victimId: ID,
        organisations: [{ id: ID, name: "Org" }],
        counterparts: [{ id: ID, name: "IOM Kabul · Afghanistan" }],
        countries: { first: [{ code: "RU", name: "Russia" }], rest: [] },
      }),
  ],
  ...(["REQUESTED", "DECLINED", "CLOSED", "TRAVEL_PLANNED", "HANDED_OVER", "REINTEGRATION"] as const).map(
    (to): Case => [
      `repatriation-move-${to}`,
      async () =>
        el((await import("@/components/repatriations/repatriation-forms")).MoveForm, {
          caseId: ID,
          from: "DRAFT",
          to,
          record: null,
        }),
    ],
  ),
  [
    "repatriation-step-record",
    async () =>
      el((await import("@/components/repatriations/repatriation-forms")).StepRecordForm, {
        caseId: ID,
        fields: [
          "riskOutcome",
          "riskNotes",
          "riskOverride",
          "travelDocumentId",
          "consulate",
          "exitConditions",
          "exitResolved",
          "exitOverride",
          "risksOnReturn",
          "supportAreas",
        ],
        record: null,
        travelDocuments: [{ id: ID, name: "Passport · Uzbekistan · Held by: the employer" }],
      }),
  ],
  [
    "repatriation-hand-to-partner",
    async () =>
      el((await import("@/components/repatriations/repatriation-forms")).HandToPartnerForm, {
        caseId: ID,
        version: 3,
        organisations: [{ id: ID, name: "Safe Return Tashkent" }],
      }),
  ],
  [
    "reintegration-add-assistance",
    async () => el((await import("@/components/reintegration/reintegration-forms")).AddAssistanceForm, { caseId: ID }),
  ],
  [
    "reintegration-follow-up",
    async () =>
      el((await import("@/components/reintegration/reintegration-forms")).FollowUpForm, {
        caseId: ID,
        taskId: ID,
        today: "2026-12-07",
      }),
  ],
  [
    "reintegration-flags",
    async () =>
      el((await import("@/components/reintegration/reintegration-forms")).FlagsForm, {
        caseId: ID,
        situations: [{ id: ID, name: "TSH-S-2026-0004" }],
        values: { version: 4, remigratedOn: "", retraffickedOn: "", retraffickedSituationId: "", lostContactOn: "" },
      }),
  ],
  [
    "repatriation-message",
    async () => el((await import("@/components/repatriations/repatriation-forms")).MessageForm, { caseId: ID }),
  ],
  [
    "repatriation-task",
    async () =>
      el((await import("@/components/repatriations/repatriation-forms")).TaskForm, {
        caseId: ID,
        sides: { SENDING: "Almaty", RECEIVING: "Tashkent" },
      }),
  ],
  [
    "repatriation-complete-task",
    async () =>
      el((await import("@/components/repatriations/repatriation-forms")).CompleteTaskForm, {
        caseId: ID,
        taskId: "t1",
        followUp: true,
        label: "Visit",
      }),
  ],
  [
    "settings-api-token",
    async () =>
      el((await import("@/components/settings/api-token-form")).ApiTokenForm, { maxDays: 90, secondFactorOn: true }),
  ],
  [
    "settings-change-password",
    async () => el((await import("@/components/settings/change-password-form")).ChangePasswordForm, {}),
  ],
  [
    "settings-retention",
    async () =>
      el((await import("@/components/settings/retention-form")).RetentionForm, { callDays: 365, caseDays: null }),
  ],
  [
    "settings-token-life",
    async () => el((await import("@/components/settings/token-life-form")).TokenLifeForm, { days: 90 }),
  ],
  [
    "settings-second-factor-setup",
    async () =>
      el((await import("@/components/settings/second-factor-forms")).SecondFactorSetup, {
        pending: { secret: "S", qrSvg: "<svg></svg>" },
        enabled: false,
      }),
  ],
  [
    "settings-second-factor-disable",
    async () => el((await import("@/components/settings/second-factor-forms")).SecondFactorDisable, {}),
  ],
  ["sign-in", async () => el((await import("@/components/auth/sign-in-form")).SignInForm, {})],
  [
    "invitation-new-account",
    async () =>
      el((await import("@/components/invitations/accept-invitation-form")).AcceptInvitationForm, {
        token: "tok",
        hasAccount: false,
      }),
  ],
  [
    "invitation-existing-account",
    async () =>
      el((await import("@/components/invitations/accept-invitation-form")).AcceptInvitationForm, {
        token: "tok",
        hasAccount: true,
      }),
  ],
  ["members-add", async () => el((await import("@/components/members/add-member-form")).AddMemberForm, {})],
  [
    "members-role",
    async () =>
      el((await import("@/components/members/member-role-form")).MemberRoleForm, {
        membershipId: ID,
        role: "CASE_WORKER",
        version: 1,
      }),
  ],
  [
    "proceeding-add",
    async () =>
      el((await import("@/components/proceedings/proceeding-forms")).AddProceedingForm, {
        victimId: ID,
        countries,
        defaultCountry: "KZ",
        links: { situations: [{ id: ID, reference: "ALA-S-2026-0001" }], perpetrators: [{ id: ID, name: "A. B." }] },
      }),
  ],
  [
    "proceeding-edit",
    async () =>
      el((await import("@/components/proceedings/proceeding-forms")).EditProceedingForm, {
        countries,
        links: { situations: [], perpetrators: [] },
        proceeding: {
          id: ID,
          version: 2,
          kind: "ADMINISTRATIVE",
          authority: "COURT",
          authorityName: "",
          countryCode: "RU",
          caseNumber: "5-118/2026",
          role: "ACCUSED",
          lawyer: "",
          openedOn: "2026-02-01",
          protectionAsked: ["ANONYMITY"],
          protectionGranted: [],
          compensationClaimed: "",
          compensationAwarded: "",
          compensationCurrency: "",
          outcome: "NON_PUNISHMENT_APPLIED",
          outcomeOn: "2026-03-01",
          situationId: "",
          perpetratorIds: [],
          notes: "",
        },
      }),
  ],
  [
    "proceeding-hearing",
    async () =>
      el((await import("@/components/proceedings/proceeding-forms")).HearingForm, {
        proceedingId: ID,
        today: "2026-03-03",
      }),
  ],
  [
    "proceeding-hearing-change",
    async () =>
      el((await import("@/components/proceedings/proceeding-forms")).EditHearingForm, {
        hearing: {
          id: ID,
          heldOn: "2026-03-10",
          timeOfDay: "10:30",
          status: "SCHEDULED",
          note: "Допрос в суде",
          version: 2,
        },
      }),
  ],
  [
    "counterpart-add",
    async () => el((await import("@/components/counterparts/counterpart-forms")).AddCounterpartForm, { countries }),
  ],
  [
    "counterpart-edit",
    async () =>
      el((await import("@/components/counterparts/counterpart-forms")).EditCounterpartForm, {
        countries,
        counterpart: {
          id: ID,
          version: 3,
          name: "IOM Kabul",
          countryCode: "AF",
          type: "IOM",
          contactPerson: "Head of the return unit",
          phone: "+93 20 000 0000",
          email: "",
          notes: "",
        },
      }),
  ],
  [
    "orgs-create",
    async () => el((await import("@/components/orgs/create-organisation-form")).CreateOrganisationForm, { countries }),
  ],
];

function victimDefaults() {
  return {
    givenName: "",
    familyName: "",
    patronymic: "",
    givenNameLatin: "",
    familyNameLatin: "",
    patronymicLatin: "",
    aliases: "",
    sex: "FEMALE",
    birthDate: "",
    estimatedAge: "",
    citizenships: [],
    identifiedOn: "2026-03-03",
    identifiedBy: "HOTLINE",
    riskLevel: "",
    passportStatus: "",
    restricted: false,
    documentNumber: "",
  };
}

beforeAll(() => {
  // The intake shows "now" and bounds its dates by this year.
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-03-03T10:30:00Z"));
});
afterAll(() => vi.useRealTimers());

// The first import of a form compiles its module graph: slow on a busy machine.
describe("forms keep their markup", { timeout: 120_000 }, () => {
  for (const [name, load] of cases) {
    it(name, async () => {
      const element = await load();
      everyFieldInError = false;
      await expect(render(element)).toMatchFileSnapshot(`__snapshots__/forms/${name}.html`);
      everyFieldInError = true;
      try {
        await expect(render(element)).toMatchFileSnapshot(`__snapshots__/forms/${name}.errors.html`);
      } finally {
        everyFieldInError = false;
      }
    });
  }
});
