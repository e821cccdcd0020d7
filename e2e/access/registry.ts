// The access matrix: every page and route handler of the app, with who may use it. The test
// (e2e/access-matrix.spec.ts) fails when a page or route exists that is not listed here, so a new
// endpoint cannot ship without a stated rule.
//   permission: any signed-in user whose role has it (each sees only their own organisation's data)
//   signedOut:  the sign-in page: shown to nobody-signed-in, signed-in users are sent on
//   nobody:     404 for everyone, signed in or not (the benchmark's floor page, off outside it)
//   actors:     exactly these actors get the record; everyone else gets 404 (401 for the API, the
//               sign-in page for pages when nobody is signed in). For writes: these actors reach
//               the record (any answer but 404; they may still be refused with a reason)
import type { Permission } from "../../lib/roles/permissions";
import type { ActorKey } from "./actors";

export interface Records {
  victimId: string;
  callId: string;
  shelterId: string;
  stayId: string;
  repatriationId: string;
  taskId: string;
  memberId: string;
  situationId: string;
  perpetratorId: string;
  counterpartId: string;
  /**
   * A deportation the owner meets alone, for a person assigned to its case worker (decision 0030);
   * handed over, so its reintegration is kept (decision 0031).
   */
  aloneRepatriationId: string;
  /** An item of the alone case's reintegration plan. */
  assistanceId: string;
}

export type Allow =
  | { permission: Permission }
  | { anyPermission: readonly Permission[] }
  | { actors: readonly ActorKey[] }
  | "public"
  | "signedIn"
  | "signedOut"
  | "nobody";

export interface Rule {
  /** The file-system route, as under app/ without route groups. */
  route: string;
  kind: "page" | "api";
  method: "GET" | "POST" | "PATCH";
  url: (r: Records) => string;
  allow: Allow;
  /** For writes: a well-formed body, so a refusal cannot hide behind a validation error. */
  body?: (r: Records) => unknown;
  /** For uploads: the multipart form instead of a JSON body. */
  multipart?: (r: Records) => Record<string, string | { name: string; mimeType: string; buffer: Buffer }>;
}

const OWNER_CASE_READERS = ["admin", "coordinator"] as const;
const ALONE_CASE_READERS = ["admin", "coordinator", "caseworker"] as const;
/** The organisation's directory of counterparts outside Tumar (counterparts.read): its own only. */
const COUNTERPART_READERS = ["admin", "coordinator", "caseworker"] as const;
/** A complete, well-formed reintegration follow-up survey (lib/reintegration/schema.ts followUpSchema). */
export const FOLLOW_UP_SURVEY = {
  conductedOn: "2026-01-02",
  incomeSource: "IRREGULAR",
  debts: "MANAGEABLE",
  housing: "STABLE",
  familyAcceptance: "ACCEPTED",
  communityAcceptance: "PARTLY",
  health: "GOOD",
  feelsSafe: "YES",
  wishToMigrate: "SOME",
};
const page = (route: string, allow: Allow, url?: (r: Records) => string): Rule => ({
  route,
  kind: "page",
  method: "GET",
  url: url ?? (() => route),
  allow,
});
const api = (route: string, allow: Allow, url?: (r: Records) => string): Rule => ({
  route,
  kind: "api",
  method: "GET",
  url: url ?? (() => route),
  allow,
});
const write = (
  route: string,
  method: "POST" | "PATCH",
  allow: Allow,
  url: (r: Records) => string,
  body: (r: Records) => unknown,
): Rule => ({ route, kind: "api", method, url, allow, body });

export const RULES: Rule[] = [
  page("/sign-in", "signedOut"),
  // An invitation's page; the token in its query string is the credential, so it answers
  // everyone (without a valid token: "this link does not work").
  page("/invitation", "public"),
  page("/bench/floor", "nobody"),
  page("/", "signedIn"),
  page("/settings", "signedIn"),
  page("/settings/two-factor", "signedIn"),
  page("/settings/counterparts", { permission: "counterparts.read" }),
  // Consent and information sheets hold no personal data: every signed-in member may print them.
  page("/consent-sheets", "signedIn"),
  page("/consent-sheets/[kind]/[language]", "signedIn", () => "/consent-sheets/family-tracing/uz-Cyrl"),
  page("/consent-sheets/[kind]/[language]/read-aloud", "signedIn", () => "/consent-sheets/sharing/tg/read-aloud"),
  page("/information-sheets", "signedIn"),
  page("/information-sheets/[sheet]/[language]", "signedIn", () => "/information-sheets/migrant-rights/ky"),
  page(
    "/settings/counterparts/[id]",
    { actors: COUNTERPART_READERS },
    (r) => `/settings/counterparts/${r.counterpartId}`,
  ),
  page("/notifications", { permission: "cases.list" }),
  page("/tasks", { permission: "cases.list" }),
  page("/admin/audit", { permission: "org.audit.read" }),
  api("/admin/audit/export", { permission: "org.audit.read" }),
  page("/admin/break-glass", { permission: "org.audit.read" }),
  page("/admin/members", { permission: "org.members.manage" }),
  page("/admin/members/new", { permission: "org.members.manage" }),
  page("/admin/members/[id]", { actors: ["admin"] }, (r) => `/admin/members/${r.memberId}`),
  page("/admin/retention", { permission: "org.settings.manage" }),
  page("/network/organisations", { permission: "network.organisations.manage" }),
  page("/network/organisations/new", { permission: "network.organisations.manage" }),
  page("/situations", { permission: "situations.list" }),
  page("/situations/new", { permission: "situations.write" }),
  page("/situations/[id]", { actors: OWNER_CASE_READERS }, (r) => `/situations/${r.situationId}`),
  // The list opens for every role that reads some perpetrator records (never an analyst); what it
  // shows is the policy's (a case worker and an operator do not see the coordinator's record).
  page("/perpetrators", { permission: "perpetrators.list" }),
  // Requests that reached the actor's own organisation only (lib/perpetrators/contact-requests.int.test.ts).
  page("/perpetrators/requests", { permission: "perpetrators.contact" }),
  page("/perpetrators/[id]", { actors: OWNER_CASE_READERS }, (r) => `/perpetrators/${r.perpetratorId}`),
  page("/hotline", { permission: "hotline.calls.read" }),
  page("/hotline/new", { permission: "hotline.calls.log" }),
  page("/hotline/callbacks", { permission: "hotline.calls.read" }),
  api("/hotline/export", { permission: "hotline.calls.read" }),
  page("/hotline/[id]", { actors: ["admin", "coordinator", "hotline"] }, (r) => `/hotline/${r.callId}`),
  page("/hotline/[id]/edit", { actors: ["coordinator", "hotline"] }, (r) => `/hotline/${r.callId}/edit`),
  page("/hotline/[id]/open-case", { actors: ["coordinator", "hotline"] }, (r) => `/hotline/${r.callId}/open-case`),
  page(
    "/hotline/[id]/register-group",
    { actors: ["coordinator", "hotline"] },
    (r) => `/hotline/${r.callId}/register-group`,
  ),
  page("/victims", { permission: "cases.list" }),
  page("/victims/new", { permission: "cases.write" }),
  page("/victims/[id]", { actors: [...OWNER_CASE_READERS, "granted"] }, (r) => `/victims/${r.victimId}`),
  page("/victims/[id]/edit", { actors: OWNER_CASE_READERS }, (r) => `/victims/${r.victimId}/edit`),
  // A data-subject request: the person's own organisation's coordinator only (decision 0033).
  page("/victims/[id]/subject-request", { actors: ["coordinator"] }, (r) => `/victims/${r.victimId}/subject-request`),
  api(
    "/victims/[id]/subject-request/export",
    { actors: ["coordinator"] },
    (r) => `/victims/${r.victimId}/subject-request/export`,
  ),
  page("/referrals", { permission: "cases.referral.send" }),
  page("/repatriations", { permission: "repatriations.read" }),
  page("/repatriations/new", { permission: "repatriations.alone.move" }),
  page("/repatriations/figures", { permission: "reports.aggregate.read" }),
  page(
    "/repatriations/[id]",
    { actors: [...OWNER_CASE_READERS, "granted"] },
    (r) => `/repatriations/${r.repatriationId}`,
  ),
  // A case the organisation works alone is also its case worker's, for the people assigned to them;
  // the partner organisation of the other case has no part in it.
  page("/repatriations/[id]", { actors: ALONE_CASE_READERS }, (r) => `/repatriations/${r.aloneRepatriationId}`),
  page("/reports", { permission: "reports.aggregate.read" }),
  // Counts of the actor's own organisation only (lib/reports/figures.int.test.ts).
  page("/reports/figures/[section]", { permission: "reports.aggregate.read" }, () => "/reports/figures/people"),
  page("/reports/period", { permission: "reports.aggregate.read" }),
  // The actor's own organisation's people, k-anonymous; the network administrator the pool of the
  // organisations that opted in (lib/reports/case-level.int.test.ts).
  page("/reports/anonymised", { anyPermission: ["reports.aggregate.read", "reports.network.export"] }),
  api("/reports/anonymised/export", { anyPermission: ["reports.aggregate.read", "reports.network.export"] }),
  api("/reports/period/export", { permission: "reports.aggregate.read" }),
  api(
    "/reports/figures/[section]/export",
    { permission: "reports.aggregate.read" },
    () => "/reports/figures/people/export?format=csv",
  ),
  page("/shelters", { permission: "shelters.availability.read" }),
  page("/shelters/new", { permission: "shelters.manage" }),
  page("/shelters/availability", { permission: "shelters.availability.read" }),
  page("/shelters/requests", { permission: "shelters.availability.read" }),
  page("/shelters/[id]", { actors: OWNER_CASE_READERS }, (r) => `/shelters/${r.shelterId}`),

  api("/api/health", "public"),
  api("/api/v1/openapi.json", "public"),
  api("/api/auth/[...nextauth]", "public", () => "/api/auth/csrf"),
  api("/api/v1/me", "signedIn"),
  api("/api/v1/hotline-calls", { permission: "hotline.calls.read" }),
  api(
    "/api/v1/hotline-calls/[id]",
    { actors: ["admin", "coordinator", "hotline"] },
    (r) => `/api/v1/hotline-calls/${r.callId}`,
  ),
  api("/api/v1/members", { permission: "org.members.manage" }),
  api("/api/v1/members/[id]", { actors: ["admin"] }, (r) => `/api/v1/members/${r.memberId}`),
  api("/api/v1/organisations", { permission: "network.organisations.manage" }),
  api("/api/v1/placement-requests", { permission: "shelters.availability.read" }),
  api("/api/v1/repatriations", { permission: "repatriations.read" }),
  api(
    "/api/v1/repatriations/[id]",
    { actors: ALONE_CASE_READERS },
    (r) => `/api/v1/repatriations/${r.aloneRepatriationId}`,
  ),
  api(
    "/api/v1/repatriations/[id]",
    { actors: [...OWNER_CASE_READERS, "granted"] },
    (r) => `/api/v1/repatriations/${r.repatriationId}`,
  ),
  // A case's reintegration: whoever reads the case (its answers only where the person is shown).
  api(
    "/api/v1/repatriations/[id]/reintegration",
    { actors: ALONE_CASE_READERS },
    (r) => `/api/v1/repatriations/${r.aloneRepatriationId}/reintegration`,
  ),
  api(
    "/api/v1/repatriations/[id]/reintegration",
    { actors: [...OWNER_CASE_READERS, "granted"] },
    (r) => `/api/v1/repatriations/${r.repatriationId}/reintegration`,
  ),
  api(
    "/api/v1/repatriations/[id]/messages",
    { actors: [...OWNER_CASE_READERS, "granted"] },
    (r) => `/api/v1/repatriations/${r.repatriationId}/messages`,
  ),
  api(
    "/api/v1/repatriations/[id]/tasks",
    { actors: [...OWNER_CASE_READERS, "granted"] },
    (r) => `/api/v1/repatriations/${r.repatriationId}/tasks`,
  ),
  api("/api/v1/shelters", { permission: "shelters.residents.read" }),
  api("/api/v1/shelters/availability", { permission: "shelters.availability.read" }),
  api("/api/v1/shelters/[id]", { actors: OWNER_CASE_READERS }, (r) => `/api/v1/shelters/${r.shelterId}`),
  api("/api/v1/victims", "signedIn"),
  api("/api/v1/victims/[id]", { actors: [...OWNER_CASE_READERS, "granted"] }, (r) => `/api/v1/victims/${r.victimId}`),
  // A partner reads documents and legal status only where its grant names them (this one's does not).
  api(
    "/api/v1/victims/[id]/legal-status",
    { actors: OWNER_CASE_READERS },
    (r) => `/api/v1/victims/${r.victimId}/legal-status`,
  ),
  api(
    "/api/v1/victims/[id]/documents",
    { actors: OWNER_CASE_READERS },
    (r) => `/api/v1/victims/${r.victimId}/documents`,
  ),
  // Files about the person: a partner without documents in its grant lists only its own uploads
  // (none here: an empty list).
  api(
    "/api/v1/victims/[id]/attachments",
    { actors: [...OWNER_CASE_READERS, "granted"] },
    (r) => `/api/v1/victims/${r.victimId}/attachments`,
  ),
  // Any id: not found, whoever asks (lib/attachments/attachments.int.test.ts downloads a real one
  // as owner, partners with and without documents, outsider; e2e/relations-matrix.spec.ts too).
  api(
    "/api/v1/attachments/[attachmentId]",
    { actors: [] },
    () => "/api/v1/attachments/00000000-0000-4000-8000-000000000000",
  ),
  // Attaching to the person's record: their organisation's case staff; the partner sees the record,
  // so it is told it may not change it (422).
  {
    route: "/api/v1/attachments",
    kind: "api",
    method: "POST",
    url: () => "/api/v1/attachments",
    allow: { actors: [...OWNER_CASE_READERS, "granted"] },
    multipart: (r) => ({
      parentType: "VICTIM",
      parentId: r.victimId,
      file: {
        name: "probe.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from("%PDF-1.4\n% matrix probe\n%%EOF\n"),
      },
    }),
  },
  // A partner reads a person's line of a claim only where its grant names labourClaims (this one's does not).
  api(
    "/api/v1/victims/[id]/labour-claims",
    { actors: OWNER_CASE_READERS },
    (r) => `/api/v1/victims/${r.victimId}/labour-claims`,
  ),
  // Proceedings likewise: only where the grant names them (this one's does not).
  api(
    "/api/v1/victims/[id]/proceedings",
    { actors: OWNER_CASE_READERS },
    (r) => `/api/v1/victims/${r.victimId}/proceedings`,
  ),

  api("/api/v1/situations", "signedIn"),
  write(
    "/api/v1/situations",
    "POST",
    { permission: "situations.write" },
    () => "/api/v1/situations",
    () => ({
      countryCode: "KZ",
    }),
  ),
  api("/api/v1/situations/[id]", { actors: OWNER_CASE_READERS }, (r) => `/api/v1/situations/${r.situationId}`),
  write(
    "/api/v1/situations/[id]/people",
    "POST",
    { actors: OWNER_CASE_READERS },
    (r) => `/api/v1/situations/${r.situationId}/people`,
    (r) => ({ victimId: r.victimId }),
  ),
  write(
    "/api/v1/situations/[id]/calls",
    "POST",
    { actors: OWNER_CASE_READERS },
    (r) => `/api/v1/situations/${r.situationId}/calls`,
    (r) => ({ callId: r.callId }),
  ),
  write(
    "/api/v1/situations/[id]/notes",
    "POST",
    { actors: OWNER_CASE_READERS },
    (r) => `/api/v1/situations/${r.situationId}/notes`,
    () => ({ body: "A note from the access matrix" }),
  ),

  api("/api/v1/perpetrators", "signedIn"),
  write(
    "/api/v1/perpetrators",
    "POST",
    { permission: "perpetrators.write" },
    () => "/api/v1/perpetrators",
    () => ({
      name: "Matrix Probe",
      source: "STAFF",
    }),
  ),
  api("/api/v1/perpetrators/[id]", { actors: OWNER_CASE_READERS }, (r) => `/api/v1/perpetrators/${r.perpetratorId}`),
  // Anyone who records perpetrators may ask; what comes back is their own organisation's and a count.
  write(
    "/api/v1/perpetrators/match",
    "POST",
    { permission: "perpetrators.write" },
    () => "/api/v1/perpetrators/match",
    () => ({
      name: "Matrix Probe",
    }),
  ),
  write(
    "/api/v1/situations/[id]/perpetrators",
    "POST",
    { actors: OWNER_CASE_READERS },
    (r) => `/api/v1/situations/${r.situationId}/perpetrators`,
    (r) => ({ perpetratorId: r.perpetratorId, role: "RECRUITER" }),
  ),

  // The directory of counterparts is one organisation's (lib/counterparts/counterparts.int.test.ts).
  api("/api/v1/counterparts", { permission: "counterparts.read" }),
  // A name already listed answers 400 to the second actor allowed: still not a 404.
  write(
    "/api/v1/counterparts",
    "POST",
    { permission: "counterparts.write" },
    () => "/api/v1/counterparts",
    () => ({ name: "Matrix probe consulate", countryCode: "AF", type: "EMBASSY_CONSULATE" }),
  ),
  api("/api/v1/counterparts/[id]", { actors: COUNTERPART_READERS }, (r) => `/api/v1/counterparts/${r.counterpartId}`),
  // At a version never read: those who see it get 409, everyone else 404; nothing changes.
  write(
    "/api/v1/counterparts/[id]",
    "PATCH",
    { actors: COUNTERPART_READERS },
    (r) => `/api/v1/counterparts/${r.counterpartId}`,
    () => ({ version: 999, phone: "+93 20 000 0000" }),
  ),

  // Every list's filter form posts its words here (lib/search); the list's own permission decides.
  write(
    "/search",
    "POST",
    {
      anyPermission: ["cases.list", "hotline.calls.read", "org.members.manage", "network.organisations.manage"],
    },
    () => "/search",
    () => ({ list: "victims", q: "Karimova" }),
  ),

  // Writes on a record: outsiders get 404 with a well-formed body, and nothing changes.
  // A move that is never next (CLOSED from REQUESTED): those who see the case get a reasoned
  // refusal (422), everyone else 404; the case itself is left as it was.
  write(
    "/api/v1/repatriations/[id]/transitions",
    "POST",
    { actors: [...OWNER_CASE_READERS, "granted"] },
    (r) => `/api/v1/repatriations/${r.repatriationId}/transitions`,
    () => ({ to: "CLOSED" }),
  ),
  // The alone case's reintegration (handed over): those who read the case reach it; the ORG_ADMIN,
  // who does not move cases, is told why (422); everyone else: not found, and nothing changes.
  // A new item is added (201) by those who keep the plan.
  write(
    "/api/v1/repatriations/[id]/reintegration/assistance",
    "POST",
    { actors: ALONE_CASE_READERS },
    (r) => `/api/v1/repatriations/${r.aloneRepatriationId}/reintegration/assistance`,
    () => ({ type: "LEGAL", provider: "matrix probe" }),
  ),
  // At a version never read: those who keep the plan get 409.
  write(
    "/api/v1/repatriations/[id]/reintegration/assistance/[assistanceId]",
    "PATCH",
    { actors: ALONE_CASE_READERS },
    (r) => `/api/v1/repatriations/${r.aloneRepatriationId}/reintegration/assistance/${r.assistanceId}`,
    () => ({ type: "MICRO_GRANT", status: "CANCELLED", version: 999 }),
  ),
  // Follow-ups are recorded in REINTEGRATION only: those who see the handed-over case get 422.
  write(
    "/api/v1/repatriations/[id]/reintegration/follow-ups",
    "POST",
    { actors: ALONE_CASE_READERS },
    (r) => `/api/v1/repatriations/${r.aloneRepatriationId}/reintegration/follow-ups`,
    () => ({ taskId: "00000000-0000-4000-8000-000000000000", ...FOLLOW_UP_SURVEY }),
  ),
  // At a version never read: those who keep the plan get 409.
  write(
    "/api/v1/repatriations/[id]/reintegration/flags",
    "PATCH",
    { actors: ALONE_CASE_READERS },
    (r) => `/api/v1/repatriations/${r.aloneRepatriationId}/reintegration/flags`,
    () => ({ lostContactOn: "2026-01-02", version: 999 }),
  ),
  // Handing a counterpart case to a partner: the coordinators who see the case reach it (this network
  // case is refused with a reason: it is no counterpart case); everyone else 404, and nothing changes.
  write(
    "/api/v1/repatriations/[id]/partner",
    "POST",
    { actors: ["coordinator", "granted"] },
    (r) => `/api/v1/repatriations/${r.repatriationId}/partner`,
    (r) => ({ receivingOrganisationId: r.repatriationId, version: 1 }),
  ),
  // The receiving side's own task: only it may mark it done.
  write(
    "/api/v1/repatriations/[id]/tasks/[taskId]/done",
    "POST",
    { actors: ["granted"] },
    (r) => `/api/v1/repatriations/${r.repatriationId}/tasks/${r.taskId}/done`,
    () => ({}),
  ),
  // Admissions and stays are run by coordinators and assigned shelter staff, not by the ORG_ADMIN.
  write(
    "/api/v1/shelters/[id]/stays",
    "POST",
    { actors: ["coordinator"] },
    (r) => `/api/v1/shelters/${r.shelterId}/stays`,
    (r) => ({ victimId: r.victimId, admittedAt: "2026-01-02" }),
  ),
  write(
    "/api/v1/shelter-stays/[id]",
    "PATCH",
    { actors: ["coordinator"] },
    (r) => `/api/v1/shelter-stays/${r.stayId}`,
    () => ({ version: 999, healthNotes: "probe" }),
  ),
  // A partner that was shared the record sees it, so it is told why it may not refer it (422).
  write(
    "/api/v1/victims/[id]/referrals",
    "POST",
    { actors: ["coordinator", "granted"] },
    (r) => `/api/v1/victims/${r.victimId}/referrals`,
    () => ({ toOrganisationId: "00000000-0000-4000-8000-000000000000", reason: "matrix probe" }),
  ),
  // The partner sees the record, so it is told it may not change it (422); others: not found.
  write(
    "/api/v1/victims/[id]/documents",
    "POST",
    { actors: [...OWNER_CASE_READERS, "granted"] },
    (r) => `/api/v1/victims/${r.victimId}/documents`,
    () => ({ type: "OTHER", holder: "UNKNOWN" }),
  ),
  write(
    "/api/v1/victims/[id]/legal-status",
    "POST",
    { actors: [...OWNER_CASE_READERS, "granted"] },
    (r) => `/api/v1/victims/${r.victimId}/legal-status`,
    () => ({ countryCode: "RU", registration: "NOT_REGISTERED" }),
  ),
  write(
    "/api/v1/victims/[id]/labour-claims",
    "POST",
    { actors: [...OWNER_CASE_READERS, "granted"] },
    (r) => `/api/v1/victims/${r.victimId}/labour-claims`,
    (r) => ({
      employerName: "matrix probe employer",
      countryCode: "RU",
      currency: "RUB",
      route: "NEGOTIATION",
      people: [{ victimId: r.victimId, owed: "1" }],
    }),
  ),
  // A claim of another organisation's person (any id): not found, whoever asks
  // (lib/labour-claims/labour-claims.int.test.ts shows a partner and an outsider refused a real one).
  write(
    "/api/v1/victims/[id]/labour-claims/[claimId]",
    "PATCH",
    { actors: [] },
    (r) => `/api/v1/victims/${r.victimId}/labour-claims/00000000-0000-4000-8000-000000000000`,
    (r) => ({
      version: 1,
      employerName: "matrix probe employer",
      countryCode: "RU",
      currency: "RUB",
      route: "NEGOTIATION",
      people: [{ victimId: r.victimId, owed: "1" }],
    }),
  ),
  write(
    "/api/v1/victims/[id]/proceedings",
    "POST",
    { actors: [...OWNER_CASE_READERS, "granted"] },
    (r) => `/api/v1/victims/${r.victimId}/proceedings`,
    () => ({ kind: "CIVIL", authority: "COURT", countryCode: "RU", role: "CLAIMANT" }),
  ),
  // A case of another organisation's person (any id): not found, whoever asks
  // (lib/proceedings/proceedings.int.test.ts shows an outsider and a partner refused a real one).
  write(
    "/api/v1/victims/[id]/proceedings/[proceedingId]",
    "PATCH",
    { actors: [] },
    (r) => `/api/v1/victims/${r.victimId}/proceedings/00000000-0000-4000-8000-000000000000`,
    () => ({ version: 1, kind: "CIVIL", authority: "COURT", countryCode: "RU", role: "CLAIMANT" }),
  ),
  write(
    "/api/v1/victims/[id]/proceedings/[proceedingId]/hearings",
    "POST",
    { actors: [] },
    (r) => `/api/v1/victims/${r.victimId}/proceedings/00000000-0000-4000-8000-000000000000/hearings`,
    () => ({ heldOn: "2026-01-02", timeOfDay: "10:00" }),
  ),
  write(
    "/api/v1/victims/[id]/proceedings/[proceedingId]/hearings/[hearingId]",
    "PATCH",
    { actors: [] },
    (r) =>
      `/api/v1/victims/${r.victimId}/proceedings/00000000-0000-4000-8000-000000000000/hearings/00000000-0000-4000-8000-000000000000`,
    () => ({ heldOn: "2026-01-02", status: "HELD", version: 1 }),
  ),
  // A document of another organisation's person (any id): not found, whoever asks
  // (lib/documents/documents.int.test.ts shows an outsider refused a real one).
  write(
    "/api/v1/victims/[id]/documents/[documentId]",
    "PATCH",
    { actors: [] },
    (r) => `/api/v1/victims/${r.victimId}/documents/00000000-0000-4000-8000-000000000000`,
    () => ({ version: 1, type: "OTHER", holder: "UNKNOWN" }),
  ),
  write(
    "/api/v1/victims/[id]/documents/[documentId]/steps",
    "POST",
    { actors: [] },
    (r) => `/api/v1/victims/${r.victimId}/documents/00000000-0000-4000-8000-000000000000/steps`,
    () => ({ kind: "ASKED_HOLDER", takenOn: "2026-01-02" }),
  ),
  write(
    "/api/v1/victims/duplicate-check",
    "POST",
    { permission: "cases.write" },
    () => "/api/v1/victims/duplicate-check",
    () => ({ givenName: "Probe", familyName: "Probe" }),
  ),
  write(
    "/api/v1/placement-requests/[id]/answer",
    "POST",
    { actors: [] },
    () => "/api/v1/placement-requests/00000000-0000-4000-8000-000000000000/answer",
    () => ({ decision: "DECLINE", reason: "probe" }),
  ),
  write(
    "/api/v1/placement-requests/[id]/withdraw",
    "POST",
    { actors: [] },
    () => "/api/v1/placement-requests/00000000-0000-4000-8000-000000000000/withdraw",
    () => ({}),
  ),
];
