// Every road to a person: each place in the app's code that reads people (the victims table, or a
// join to it), the roads it serves, and how it keeps to the one visibility rule. Two tests hold it
// true:
//   lib/access/roads.test.ts          a file that reads people and is not listed here, or is listed
//                                      but does not use the rule (lib/access/people.ts or the list
//                                      `where` of lib/victims/scope.ts), fails
//   e2e/relations-matrix.spec.ts      every road named here has its row in the relations matrix
//                                      (e2e/access/relations.ts), asked by owner, partner with a
//                                      grant, partner after revocation, outsider, and a restricted
//                                      record before and after break-glass
// So a new road cannot ship without going through the rule and without its row.

export const PERSON_ROADS = {
  "victims.record": "the person's own page and API read (/victims/[id], /api/v1/victims/[id])",
  "victims.list": "the list of people (/victims, /api/v1/victims)",
  "victims.search":
    "name search in any script (/victims, its words posted to /search and sealed in `s`; /api/v1/victims?q=)",
  "victims.duplicateCheck": "the network-wide duplicate check (/api/v1/victims/duplicate-check and the register form)",
  "victims.casework":
    "case notes, consents, reports to authorities, linked perpetrators and the access log of a record (its page)",
  "victims.documents":
    "a person's identity documents and the steps to get them back, and their legal status per country (the case file, /api/v1/victims/[id]/documents and /legal-status), asked of the rule itself (lib/access/people.ts personShowingField): a partner only where its grant names them",
  "victims.attachments":
    "files about a person (scans, photos, letters) on any of their records: the case file's list, /api/v1/victims/[id]/attachments, the files on a return's checklist tasks (/repatriations/[id]) and on shelter stays (/shelters/[id]), and the download /api/v1/attachments/[attachmentId], asked of the rule itself (lib/access/people.ts personShowingField, residentShowingField): a partner only where its grant names documents, else only its own uploads; shelter staff, through the care view, only their organisation's files on stays",
  "victims.labourClaims":
    "the claims for unpaid wages a person is part of (the case file, /api/v1/victims/[id]/labour-claims), asked of the rule itself (personShowingField): a partner only where its grant names them, and then that person's line only; the other people of a claim each through the rule; co-workers offered to add (the person's situations and the people search)",
  "victims.proceedings":
    "a person's legal proceedings with their hearings (the case file, /api/v1/victims/[id]/proceedings), asked of the rule itself (lib/access/people.ts personShowingField): a partner only where its grant names proceedings, and never the owner's links to situations and perpetrators",
  "victims.subjectRequest":
    "a data-subject request on a person: everything held on them, decrypted, as a page to print and a JSON file (/victims/[id]/subject-request, /victims/[id]/subject-request/export), with the legal hold and the erasure; the own organisation's COORDINATOR only, on a record the rule shows whole (lib/subject-requests/data.ts subjectRecord): anyone else 404",
  "shelters.board": "the bed board's residents (/shelters/[id], /api/v1/shelters/[id])",
  "shelters.admission": "the people a shelter may admit (the bed board's admission form)",
  "shelters.placementRequests":
    "placement requests, incoming and outgoing (/shelters/requests, /api/v1/placement-requests)",
  "shelters.personRecord":
    "a person's stays in the organisation's own shelters and its placement requests for them, on the case file (/victims/[id]): no address, no phone",
  "repatriations.case": "the person of a repatriation case (/repatriations/[id], /api/v1/repatriations/[id])",
  "repatriations.board": "the people on the repatriation board (/repatriations, /api/v1/repatriations)",
  "repatriations.request": "the person a new request is prepared for (/repatriations/new)",
  tasks:
    "reminders of dates on a person's records (/tasks, the home's and the bell's counts): of people the rule shows (lib/access/people.ts peopleListWhere), by case number only; the organisation's own",
  notifications: "the bell's page (/notifications): cases and tasks, never a person's name",
  "hotline.call": "the case linked to a hotline call (/hotline/[id], /api/v1/hotline-calls/[id])",
  "hotline.export": "the CSV export of calls (/hotline/export): no personal field",
  referrals: "referrals sent and received (/referrals)",
  "situations.people":
    "the people of a situation (/situations/[id], /api/v1/situations/[id]); linking a person (its own organisation's, among those one sees)",
  home: "the home's work queues (/): counts of the lists they link to, worker and shelter names; never a person",
} as const;

export type PersonRoad = keyof typeof PERSON_ROADS;

/**
 * The files that read people, and the roads each serves. `rule: "people"` files ask
 * lib/access/people.ts for each person they show; `rule: "scope"` files only find people through
 * the rule's list `where` (lib/victims/scope.ts) and return ids or what the person's own page shows.
 */
export const PERSON_READERS: Record<string, { roads: PersonRoad[]; rule: "people" | "scope" }> = {
  "lib/victims/data.ts": {
    roads: ["victims.record", "victims.list", "victims.search", "victims.duplicateCheck", "home"],
    rule: "people",
  },
  "lib/victims/scope.ts": { roads: ["victims.record", "victims.list"], rule: "people" },
  "lib/victims/editable.ts": { roads: ["victims.record"], rule: "scope" },
  "lib/victims/mutations.ts": { roads: ["victims.record"], rule: "scope" },
  "lib/casework/data.ts": { roads: ["victims.casework"], rule: "scope" },
  "lib/casework/mutations.ts": { roads: ["victims.casework"], rule: "scope" },
  "lib/casework/authority-reports.ts": { roads: ["victims.casework"], rule: "scope" },
  // Linking a perpetrator from the person's page: the person found through the rule's `where`.
  "lib/perpetrators/mutations.ts": { roads: ["victims.casework"], rule: "scope" },
  "lib/labour-claims/data.ts": { roads: ["victims.labourClaims"], rule: "people" },
  "lib/labour-claims/mutations.ts": { roads: ["victims.labourClaims"], rule: "people" },
  "lib/subject-requests/data.ts": { roads: ["victims.subjectRequest"], rule: "people" },
  "lib/shelters/data.ts": {
    roads: ["shelters.board", "shelters.admission", "shelters.placementRequests", "shelters.personRecord"],
    rule: "people",
  },
  "lib/shelters/mutations.ts": { roads: ["shelters.admission", "shelters.placementRequests"], rule: "scope" },
  "lib/repatriations/data.ts": {
    roads: ["repatriations.case", "repatriations.board", "repatriations.request"],
    rule: "people",
  },
  "lib/repatriations/mutations.ts": { roads: ["repatriations.case"], rule: "scope" },
  "lib/hotline/data.ts": { roads: ["hotline.call"], rule: "people" },
  "lib/notifications/data.ts": { roads: ["notifications"], rule: "people" },
  "lib/tasks/data.ts": { roads: ["tasks"], rule: "people" },
  "lib/situations/data.ts": { roads: ["situations.people"], rule: "people" },
  "lib/situations/mutations.ts": { roads: ["situations.people"], rule: "scope" },
};

/**
 * Files that touch the people table without showing anyone, each with the reason. The list only
 * shrinks: a new entry needs a reviewer's agreement that it shows nobody.
 */
export const NOT_A_ROAD: Record<string, string> = {
  "lib/retention/data.ts": "counts the organisation's records due for anonymisation (numbers only, ORG_ADMIN)",
  "lib/reports/case-level.ts":
    "the anonymised case-level file: codes selected in SQL (no name, contact, document or free text), k-anonymous before it leaves (lib/reports/case-level.int.test.ts); the organisation's own people, or the pool of organisations that opted in",
  "lib/reports/people-figures.ts":
    "counts the organisation's own people by category in the database (numbers only, reports.aggregate.read; lib/reports/figures.int.test.ts): no row, name or id leaves the statement",
  "lib/retention/mutations.ts": "anonymises the organisation's own closed records (operator command, owner connection)",
  "lib/access/people.ts": "the rule itself",
  "lib/access/person.ts": "the rule itself",
  "lib/access/roads.ts": "this registry",
};
