// The relations dimension of the access matrix: for each road to a person named in
// lib/access/roads.ts, the requests that travel it. e2e/relations-matrix.spec.ts asks each of them
// as every role of the owner, of a partner holding a grant of some fields, of an unrelated
// organisation, the network administrator and nobody; in three phases: while the grant lives,
// after the owner broke the glass on a restricted record, and after the grants were revoked. The
// spec fails when a road of lib/access/roads.ts has no row here.
import type { PersonRoad } from "../../lib/access/roads";

/** Ids made by the spec's set-up. */
export interface RelationRecords {
  person: string; // P: shared with the partner (grant: minimal + region of origin), in the owner's shelter, a call, a repatriation
  restricted: string; // R: restricted, in the owner's shelter, a repatriation to the partner
  shelter: string;
  call: string;
  repatriation: string; // P's
  restrictedRepatriation: string; // R's
  surname: string; // P's family name (for the search and the duplicate check)
  birthDate: string;
  situation: string; // the owner's, with P and R
  perpetrator: string; // the owner's recruiter in that situation, linked to P, shared with the partner through P's grant
  attachment: string; // a scan of P's passport, uploaded by the owner
}

export interface RelationRequest {
  method: "GET" | "POST";
  url: (r: RelationRecords) => string;
  body?: (r: RelationRecords) => unknown;
}

const get = (url: (r: RelationRecords) => string): RelationRequest => ({ method: "GET", url });

export const RELATION_ROWS: Record<PersonRoad, RelationRequest[]> = {
  "victims.record": [
    get((r) => `/victims/${r.person}`),
    get((r) => `/api/v1/victims/${r.person}`),
    get((r) => `/victims/${r.restricted}`),
    get((r) => `/api/v1/victims/${r.restricted}`),
  ],
  "victims.list": [get(() => "/victims"), get(() => "/api/v1/victims?limit=100")],
  // Through the API: the search page repeats the asker's own words in its search box.
  "victims.search": [get((r) => `/api/v1/victims?q=${encodeURIComponent(r.surname)}`)],
  "victims.duplicateCheck": [
    {
      method: "POST",
      url: () => "/api/v1/victims/duplicate-check",
      body: (r) => ({ familyName: r.surname, birthDate: r.birthDate }),
    },
  ],
  "victims.casework": [get((r) => `/victims/${r.person}`)],
  "victims.documents": [
    get((r) => `/api/v1/victims/${r.person}/documents`),
    get((r) => `/api/v1/victims/${r.person}/legal-status`),
    get((r) => `/victims/${r.person}`),
  ],
  // P's files: the person's own list, a download, the files on P's return's tasks and on P's stay.
  "victims.attachments": [
    get((r) => `/api/v1/victims/${r.person}/attachments`),
    get((r) => `/api/v1/attachments/${r.attachment}`),
    get((r) => `/victims/${r.person}`),
    get((r) => `/repatriations/${r.repatriation}`),
    get((r) => `/shelters/${r.shelter}`),
  ],
  // P's claim, with R on it: from either person's page and the API.
  "victims.labourClaims": [
    get((r) => `/api/v1/victims/${r.person}/labour-claims`),
    get((r) => `/api/v1/victims/${r.restricted}/labour-claims`),
    get((r) => `/victims/${r.person}`),
  ],
  // The partner's grant does not name proceedings: 404 from the API, no section on the page.
  "victims.proceedings": [get((r) => `/api/v1/victims/${r.person}/proceedings`), get((r) => `/victims/${r.person}`)],
  // The owner's coordinator only (after break-glass for R); everyone else 404.
  "victims.subjectRequest": [
    get((r) => `/victims/${r.person}/subject-request`),
    get((r) => `/victims/${r.person}/subject-request/export`),
    get((r) => `/victims/${r.restricted}/subject-request/export`),
  ],
  "shelters.board": [get((r) => `/shelters/${r.shelter}`), get((r) => `/api/v1/shelters/${r.shelter}`)],
  "shelters.admission": [get((r) => `/shelters/${r.shelter}`)],
  "shelters.placementRequests": [get(() => "/shelters/requests"), get(() => "/api/v1/placement-requests")],
  // The case file's shelter section and its "in a shelter" flag.
  "shelters.personRecord": [get((r) => `/victims/${r.person}`), get((r) => `/victims/${r.restricted}`)],
  "repatriations.case": [
    get((r) => `/repatriations/${r.repatriation}`),
    get((r) => `/api/v1/repatriations/${r.repatriation}`),
    get((r) => `/repatriations/${r.restrictedRepatriation}`),
    get((r) => `/api/v1/repatriations/${r.restrictedRepatriation}`),
  ],
  "repatriations.board": [get(() => "/repatriations"), get(() => "/api/v1/repatriations")],
  "repatriations.request": [
    get((r) => `/repatriations/new?victim=${r.person}`),
    get((r) => `/repatriations/new?victim=${r.restricted}`),
  ],
  // Reminders of P's hearing and passport: the owner's own, by case number only.
  tasks: [get(() => "/tasks?view=all"), get(() => "/tasks?view=unassigned"), get(() => "/tasks")],
  notifications: [get(() => "/notifications")],
  "hotline.call": [get((r) => `/hotline/${r.call}`), get((r) => `/api/v1/hotline-calls/${r.call}`)],
  "hotline.export": [get(() => "/hotline/export")],
  referrals: [get(() => "/referrals")],
  home: [get(() => "/")],
  "situations.people": [get((r) => `/api/v1/situations/${r.situation}`)],
};

/**
 * Perpetrator records are people too (decision 0022): the roads that show one, asked the same way.
 * Every road above is also searched for the recruiter's name, notes and phone.
 */
export const PERPETRATOR_ROWS: Record<string, RelationRequest[]> = {
  "perpetrators.record": [
    get((r) => `/perpetrators/${r.perpetrator}`),
    get((r) => `/api/v1/perpetrators/${r.perpetrator}`),
  ],
  "perpetrators.list": [get(() => "/perpetrators"), get(() => "/api/v1/perpetrators?limit=100")],
};
