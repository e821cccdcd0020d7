// The relations matrix ("the one rule, shown"): every road to a person (lib/access/roads.ts,
// requests in e2e/access/relations.ts), asked by every role of the organisation that owns two people,
// by every role of a partner that holds a grant on one of them (the minimal set plus the place of origin),
// by an unrelated organisation, the network administrator and nobody; in three phases:
//   granted    the partner's grants live; one person is a restricted record
//   unlocked   the owner's coordinator broke the glass on the restricted record
//   revoked    the owner revoked the grant and cancelled both repatriations
// Each answer may carry a person's data only to those the rule lets see it in that phase, and the
// roads that exist to show a person must show it to those who may (a road that showed nobody would
// pass the first check for nothing).
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import pg from "pg";
import { PERSON_ROADS } from "../lib/access/roads";
import { DEMO_PASSWORD } from "./fixtures/accounts";
import { recordConsentDirect } from "./fixtures/consents";
import { createUserIn, E2E_PASSWORD } from "./fixtures/factories";
import { signInContext } from "./access/actors";
import { PERPETRATOR_ROWS, RELATION_ROWS, type RelationRecords } from "./access/relations";
import type { OrgRole } from "../lib/roles/roles";

test.describe.configure({ mode: "serial" });
test.setTimeout(300_000);

const OWNER = "Almaty Crisis Centre";
const PARTNER = "Safe Return Tashkent";
const OUTSIDER = "Bishkek Migrant Support";
const ROLES: Record<string, OrgRole> = {
  admin: "ORG_ADMIN",
  coordinator: "COORDINATOR",
  caseworker: "CASE_WORKER",
  hotline: "HOTLINE_OPERATOR",
  shelter: "SHELTER_STAFF",
  analyst: "ANALYST",
};
type Actor =
  | `owner.${keyof typeof ROLES}`
  | "owner.creator"
  | `partner.${keyof typeof ROLES}`
  | "outsider.coordinator"
  | "network"
  | "anonymous";
const ACTORS: Actor[] = [
  ...(Object.keys(ROLES).map((r) => `owner.${r}`) as Actor[]),
  "owner.creator",
  ...(Object.keys(ROLES).map((r) => `partner.${r}`) as Actor[]),
  "outsider.coordinator",
  "network",
  "anonymous",
];

const stamp = crypto.randomUUID().slice(0, 8);
const SECRETS = {
  surname: `Связова${stamp}`, // P's family name: the minimal set
  region: `relations-region-${stamp}`, // P's place of origin: granted to the partner beyond the minimal set
  narrative: `relations-narrative-${stamp}`, // P's story: never granted
  summary: `relationsummary${stamp}`, // the call about P: stays with the owner
  restricted: `Закрытова${stamp}`, // R's family name: a restricted record
  passport: `FA-${stamp}`, // P's passport number (a document): never in the partner's grant
  legalNote: `legal-note-${stamp}`, // a note on P's legal status in Russia: never in the partner's grant
  scan: `passport-scan-${stamp}`, // the name and the content of a file on P's passport: never in the partner's grant
  stayFile: `stay-file-${stamp}`, // a file on P's stay in the owner's shelter: the owner's, its shelter staff's too
  returnCertificate: `return-certificate-${stamp}`, // the partner's file on a task of P's return: both sides'
  claimEmployer: `claim-employer-${stamp}`, // the employer of a claim for P's and R's unpaid wages: never in the partner's grant
  proceedingCase: `УД-${stamp}`, // the number of P's criminal case: never in the partner's grant
  recruiter: `Вербовщиков${stamp}`, // the owner's perpetrator record, shared with the partner (FULL)
  recruiterNote: `recruiter-note-${stamp}`, // its notes: never shared
  recruiterPhone: `+99890${String(parseInt(stamp, 16) % 10_000_000).padStart(7, "0")}`, // its phone: shared under FULL
};
type Secret = keyof typeof SECRETS;
type Phase = "granted" | "unlocked" | "revoked";

/** Who may see each secret, anywhere, in each phase (the rule, restated independently of lib/). */
function maySee(secret: Secret, phase: Phase): Actor[] {
  const partnerCaseReaders: Actor[] = phase === "revoked" ? [] : ["partner.admin", "partner.coordinator"];
  switch (secret) {
    case "surname":
      return ["owner.admin", "owner.coordinator", "owner.shelter", ...partnerCaseReaders];
    case "region":
      return ["owner.admin", "owner.coordinator", ...partnerCaseReaders];
    case "narrative":
      return ["owner.admin", "owner.coordinator"];
    case "summary":
      return ["owner.admin", "owner.coordinator", "owner.hotline"];
    case "recruiter":
    case "recruiterPhone":
      // The owner's coordinators, the case worker in charge of its situation, and the partner's
      // coordinators while the share lives (it ends with P's grant).
      return ["owner.admin", "owner.coordinator", "owner.creator", ...partnerCaseReaders];
    case "passport":
    case "legalNote":
    case "scan":
    case "proceedingCase":
      // The grant names the place of origin, not documents; shelter staff's care view has none.
      return ["owner.admin", "owner.coordinator"];
    case "stayFile":
      // The owner's file on P's stay: whoever sees P whole, and the shelter's staff through the care
      // view (their organisation's files on stays); not the partner, whose grant names no documents.
      return ["owner.admin", "owner.coordinator", "owner.shelter"];
    case "returnCertificate":
      // The partner's own upload on P's return: its own while it sees P; the owner sees P whole.
      return ["owner.admin", "owner.coordinator", ...partnerCaseReaders];
    case "claimEmployer":
      // The claim is P's and R's: whoever sees either whole (R's creator through R's page); not the
      // partner, whose grant does not name labour claims; never shelter staff.
      return ["owner.admin", "owner.coordinator", "owner.creator"];
    case "recruiterNote":
      return ["owner.admin", "owner.coordinator", "owner.creator"];
    case "restricted":
      // Shared with the partner by the repatriation (the restriction is the owner's internal
      // matter); in the owner's organisation only its creator, and the coordinator after break-glass.
      return [
        "owner.creator",
        ...(phase === "granted" ? [] : (["owner.coordinator"] as Actor[])),
        ...partnerCaseReaders,
      ];
  }
}

/** Roads that exist to show a person: who must find which secret there, in which phase. */
const MUST_SHOW: { road: string; actor: Actor; secret: Secret | "restrictedCaseNumber"; phases: Phase[] }[] = [
  { road: "victims.record", actor: "partner.coordinator", secret: "surname", phases: ["granted"] },
  { road: "victims.record", actor: "partner.coordinator", secret: "region", phases: ["granted"] },
  { road: "victims.record", actor: "owner.coordinator", secret: "narrative", phases: ["granted", "revoked"] },
  { road: "victims.record", actor: "owner.creator", secret: "restricted", phases: ["granted"] },
  { road: "victims.record", actor: "owner.coordinator", secret: "restricted", phases: ["unlocked"] },
  { road: "victims.list", actor: "owner.coordinator", secret: "surname", phases: ["granted"] },
  { road: "victims.list", actor: "partner.coordinator", secret: "surname", phases: ["granted"] },
  { road: "victims.search", actor: "partner.coordinator", secret: "surname", phases: ["granted"] },
  { road: "shelters.board", actor: "owner.coordinator", secret: "surname", phases: ["granted"] },
  { road: "shelters.board", actor: "owner.shelter", secret: "surname", phases: ["granted"] },
  { road: "shelters.board", actor: "owner.coordinator", secret: "restrictedCaseNumber", phases: ["granted"] },
  { road: "shelters.board", actor: "owner.shelter", secret: "restrictedCaseNumber", phases: ["granted", "unlocked"] },
  { road: "shelters.board", actor: "owner.coordinator", secret: "restricted", phases: ["unlocked"] },
  { road: "repatriations.case", actor: "partner.coordinator", secret: "surname", phases: ["granted"] },
  { road: "repatriations.case", actor: "partner.coordinator", secret: "restricted", phases: ["granted"] },
  { road: "repatriations.case", actor: "owner.coordinator", secret: "restrictedCaseNumber", phases: ["granted"] },
  { road: "repatriations.case", actor: "owner.coordinator", secret: "restricted", phases: ["unlocked"] },
  { road: "repatriations.board", actor: "partner.coordinator", secret: "surname", phases: ["granted"] },
  { road: "hotline.call", actor: "owner.hotline", secret: "summary", phases: ["granted"] },
  { road: "situations.people", actor: "owner.coordinator", secret: "surname", phases: ["granted", "revoked"] },
  { road: "situations.people", actor: "owner.coordinator", secret: "restrictedCaseNumber", phases: ["granted"] },
  { road: "situations.people", actor: "owner.coordinator", secret: "restricted", phases: ["unlocked"] },
  { road: "situations.people", actor: "owner.creator", secret: "restricted", phases: ["granted"] },
  { road: "victims.documents", actor: "owner.coordinator", secret: "passport", phases: ["granted", "revoked"] },
  { road: "victims.documents", actor: "owner.admin", secret: "legalNote", phases: ["granted", "revoked"] },
  { road: "victims.attachments", actor: "owner.coordinator", secret: "scan", phases: ["granted", "revoked"] },
  { road: "victims.attachments", actor: "owner.admin", secret: "scan", phases: ["granted", "revoked"] },
  { road: "victims.attachments", actor: "owner.shelter", secret: "stayFile", phases: ["granted", "revoked"] },
  { road: "victims.attachments", actor: "owner.coordinator", secret: "stayFile", phases: ["granted", "revoked"] },
  {
    road: "victims.attachments",
    actor: "owner.coordinator",
    secret: "returnCertificate",
    phases: ["granted", "revoked"],
  },
  { road: "victims.attachments", actor: "partner.coordinator", secret: "returnCertificate", phases: ["granted"] },
  { road: "victims.labourClaims", actor: "owner.coordinator", secret: "claimEmployer", phases: ["granted", "revoked"] },
  { road: "victims.labourClaims", actor: "owner.creator", secret: "claimEmployer", phases: ["granted", "revoked"] },
  // R, on P's claim: by case number only until the coordinator breaks the glass.
  { road: "victims.labourClaims", actor: "owner.coordinator", secret: "restrictedCaseNumber", phases: ["granted"] },
  { road: "victims.labourClaims", actor: "owner.coordinator", secret: "restricted", phases: ["unlocked"] },
  { road: "victims.proceedings", actor: "owner.coordinator", secret: "proceedingCase", phases: ["granted", "revoked"] },
  { road: "perpetrators.record", actor: "owner.creator", secret: "recruiterNote", phases: ["granted", "revoked"] },
  { road: "perpetrators.record", actor: "partner.coordinator", secret: "recruiter", phases: ["granted"] },
  { road: "perpetrators.record", actor: "partner.admin", secret: "recruiterPhone", phases: ["granted"] },
  { road: "perpetrators.list", actor: "partner.coordinator", secret: "recruiter", phases: ["granted"] },
  { road: "perpetrators.list", actor: "owner.coordinator", secret: "recruiter", phases: ["granted", "revoked"] },
];

const contexts = new Map<Actor, APIRequestContext>();
const users = new Map<Actor, { id: string; email: string }>();
let records: RelationRecords;
let restrictedCaseNumber: string;
let sql: pg.Client;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers of our own API
async function json(response: Awaited<ReturnType<APIRequestContext["post"]>>): Promise<any> {
  expect(response.status(), await response.text()).toBeLessThan(300);
  return response.json();
}

/** Breaks the glass as a person would: the restricted record's page, a reason, the button. */
async function breakGlassAs(page: Page, victimId: string) {
  await page.goto(`/victims/${victimId}`);
  await page.getByLabel("Reason").fill("Preparing her return with the consulate this week");
  await page.getByRole("button", { name: "Open the record" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(SECRETS.restricted);
}

test.beforeAll(async ({ playwright, browser }) => {
  // Thirteen accounts and every kind of record a road can show: more than a hook's default 30 s on
  // a busy two-core machine.
  test.setTimeout(180_000);
  const baseURL = process.env.E2E_BASE_URL;
  sql = new pg.Client({ connectionString: process.env.MAINTENANCE_DATABASE_URL });
  await sql.connect();
  for (const [key, role] of Object.entries(ROLES)) {
    users.set(`owner.${key}` as Actor, await createUserIn(OWNER, role));
    users.set(`partner.${key}` as Actor, await createUserIn(PARTNER, role));
  }
  users.set("owner.creator", await createUserIn(OWNER, "CASE_WORKER"));
  users.set("outsider.coordinator", await createUserIn(OUTSIDER, "COORDINATOR"));
  for (const actor of ACTORS) {
    const context = await playwright.request.newContext({ baseURL });
    if (actor === "network") await signInContext(context, "admin@network.demo", DEMO_PASSWORD);
    else if (actor !== "anonymous") await signInContext(context, users.get(actor)!.email, E2E_PASSWORD);
    contexts.set(actor, context);
  }
  const owner = contexts.get("owner.coordinator")!;
  const creator = contexts.get("owner.creator")!;
  const partnerId = (await (await contexts.get("partner.coordinator")!.get("/api/v1/me")).json()).organisation.id;
  const birthDate = "1994-03-11";

  // P, with a region of origin and a story; R, restricted, made by the creator (a case worker).
  const person = await json(
    await owner.post("/api/v1/victims", {
      data: {
        givenName: "Ойгул",
        familyName: SECRETS.surname,
        sex: "FEMALE",
        birthDate,
        citizenships: ["UZ"],
        identifiedOn: "2026-06-01",
        identifiedBy: "POLICE",
      },
    }),
  );
  await json(
    await owner.patch(`/api/v1/victims/${person.id}`, {
      data: { version: 1, narrative: SECRETS.narrative, placeOfOrigin: SECRETS.region },
    }),
  );
  const passport = await json(
    await owner.post(`/api/v1/victims/${person.id}/documents`, {
      data: { type: "PASSPORT", issuingCountry: "UZ", number: SECRETS.passport, holder: "EMPLOYER" },
    }),
  );
  // A scan of it: the file's name and its content both carry the secret.
  const scan = await json(
    await owner.post("/api/v1/attachments", {
      multipart: {
        parentType: "DOCUMENT",
        parentId: passport.id,
        file: {
          name: `${SECRETS.scan}.pdf`,
          mimeType: "application/pdf",
          buffer: Buffer.from(`%PDF-1.4\n% ${SECRETS.scan}\n%%EOF\n`),
        },
      },
    }),
  );
  await json(
    await owner.post(`/api/v1/victims/${person.id}/legal-status`, {
      data: { countryCode: "KZ", registration: "EXPIRED", overstaySince: "2026-05-01", notes: SECRETS.legalNote },
    }),
  );
  const restricted = await json(
    await creator.post("/api/v1/victims", {
      data: {
        givenName: "Нодира",
        familyName: SECRETS.restricted,
        sex: "FEMALE",
        estimatedAge: 27,
        citizenships: ["UZ"],
        identifiedOn: "2026-06-01",
        identifiedBy: "POLICE",
        restricted: true,
      },
    }),
  );
  restrictedCaseNumber = restricted.caseNumber;

  // A call about P, kept by the owner.
  const call = await json(
    await owner.post("/api/v1/hotline-calls", {
      data: {
        receivedAt: new Date(Date.now() - 3600_000).toISOString(),
        channel: "PHONE",
        callType: "DATA",
        callerRelationship: "VICTIM_SELF",
        topics: ["LABOUR_EXPLOITATION"],
        urgency: "URGENT",
        actions: ["INFORMATION_GIVEN"],
        summary: `She works in a greenhouse ${SECRETS.summary}`,
      },
    }),
  );
  await sql.query("INSERT INTO call_people (call_id, victim_id, how, linked_by_id) VALUES ($1, $2, 'LINKED', $3)", [
    call.id,
    person.id,
    users.get("owner.coordinator")!.id,
  ]);

  // The owner's shelter, with its shelter staff member, and both people staying there.
  const shelter = await json(
    await owner.post("/api/v1/shelters", {
      data: {
        name: `Relations shelter ${stamp}`,
        city: "Almaty",
        countryCode: "KZ",
        address: `relations-address-${stamp}`,
        population: "WOMEN",
        capacity: 4,
      },
    }),
  );
  await sql.query("INSERT INTO shelter_assignments (user_id, shelter_id, updated_at) VALUES ($1, $2, now())", [
    users.get("owner.shelter")!.id,
    shelter.id,
  ]);
  const stay = await json(
    await owner.post(`/api/v1/shelters/${shelter.id}/stays`, {
      data: { victimId: person.id, admittedAt: "2026-06-02" },
    }),
  );
  // A file on P's stay: the owner's (its shelter staff read it on the bed board).
  await json(
    await owner.post("/api/v1/attachments", {
      multipart: {
        parentType: "SHELTER_STAY",
        parentId: stay.id,
        file: {
          name: `${SECRETS.stayFile}.pdf`,
          mimeType: "application/pdf",
          buffer: Buffer.from(`%PDF-1.4\n% ${SECRETS.stayFile}\n%%EOF\n`),
        },
      },
    }),
  );

  // The coordinator breaks the glass to admit R and prepare her return; the access then lapses.
  const page = await (await browser.newContext({ baseURL })).newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(users.get("owner.coordinator")!.email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-role")).toBeVisible();
  await breakGlassAs(page, restricted.id);
  await json(
    await owner.post(`/api/v1/shelters/${shelter.id}/stays`, {
      data: { victimId: restricted.id, admittedAt: "2026-06-03" },
    }),
  );
  for (const id of [person.id, restricted.id]) {
    await recordConsentDirect(id, "RETURN", null);
    await recordConsentDirect(id, "SHARING", partnerId);
  }
  const repatriations: string[] = [];
  for (const id of [person.id, restricted.id]) {
    const created = await json(
      await owner.post("/api/v1/repatriations", { data: { victimId: id, receivingOrganisationId: partnerId } }),
    );
    await json(await owner.post(`/api/v1/repatriations/${created.id}/transitions`, { data: { to: "REQUESTED" } }));
    repatriations.push(created.id);
  }
  // P's return: a task for the receiving side, where the partner attaches its certificate of return,
  // and the owner a scan it keeps to itself (the partner's grant names no documents).
  const task = await json(
    await owner.post(`/api/v1/repatriations/${repatriations[0]}/tasks`, {
      data: { title: "Certificate of return", assigneeSide: "RECEIVING" },
    }),
  );
  for (const [context, secret] of [
    [contexts.get("partner.coordinator")!, SECRETS.returnCertificate],
    [owner, `${SECRETS.scan}-ticket`],
  ] as const)
    await json(
      await context.post("/api/v1/attachments", {
        multipart: {
          parentType: "REPATRIATION_STEP",
          parentId: task.id,
          file: {
            name: `${secret}.pdf`,
            mimeType: "application/pdf",
            buffer: Buffer.from(`%PDF-1.4\n% ${secret}\n%%EOF\n`),
          },
        },
      }),
    );
  await sql.query("UPDATE break_glass_accesses SET expires_at = now() - interval '1 second' WHERE victim_id = $1", [
    restricted.id,
  ]);
  await page.context().close();

  // A referral the partner accepted, sharing the region of origin beyond the minimal set.
  const ownerOrg = (await (await owner.get("/api/v1/me")).json()).organisation.id;
  const {
    rows: [referralGrant],
  } = await sql.query<{ id: string }>(
    `INSERT INTO access_grants (id, record_type, record_id, owner_organisation_id, grantee_organisation_id, scope, fields, reason, granted_by_id, updated_at)
     VALUES (gen_random_uuid(), 'VICTIM', $1, $2, $3, 'MINIMAL', ARRAY['placeOfOrigin'], 'referral', $4, now()) RETURNING id`,
    [person.id, ownerOrg, partnerId, users.get("owner.coordinator")!.id],
  );
  // A situation of the owner with both people: the coordinator records it and puts the creator
  // (a case worker) in charge, who links R, the record only they see.
  const situation = await json(
    await owner.post("/api/v1/situations", {
      data: { countryCode: "KZ", exploitationTypes: ["FORCED_LABOUR"], assignedToId: users.get("owner.creator")!.id },
    }),
  );
  await json(await owner.post(`/api/v1/situations/${situation.id}/people`, { data: { victimId: person.id } }));
  await json(await creator.post(`/api/v1/situations/${situation.id}/people`, { data: { victimId: restricted.id } }));
  // The situation's recruiter, linked to P, shared with the partner through P's grant (the share's
  // own journey through the record's page: e2e/perpetrator-sharing.spec.ts).
  const recruiter = await json(
    await owner.post("/api/v1/perpetrators", {
      data: {
        name: `Бахром ${SECRETS.recruiter}`,
        roles: ["RECRUITER"],
        source: "VICTIM",
        notes: SECRETS.recruiterNote,
        identifiers: [{ kind: "PHONE", value: SECRETS.recruiterPhone }],
        situationId: situation.id,
      },
    }),
  );
  await sql.query(
    `INSERT INTO person_perpetrators (victim_id, perpetrator_id, organisation_id, role, linked_by_id)
     VALUES ($1, $2, $3, 'RECRUITER', $4)`,
    [person.id, recruiter.id, ownerOrg, users.get("owner.coordinator")!.id],
  );
  await sql.query(
    `INSERT INTO access_grants (id, record_type, record_id, owner_organisation_id, grantee_organisation_id, scope, reason, granted_by_id, parent_grant_id, updated_at)
     VALUES (gen_random_uuid(), 'PERPETRATOR', $1, $2, $3, 'FULL', 'perpetrator.shared', $4, $5, now())`,
    [recruiter.id, ownerOrg, partnerId, users.get("owner.coordinator")!.id, referralGrant!.id],
  );
  // A claim for P's unpaid wages; R worked beside her (her line written as the table's owner: the
  // coordinator may not add a record it does not see, lib/labour-claims/labour-claims.int.test.ts).
  const claim = await json(
    await owner.post(`/api/v1/victims/${person.id}/labour-claims`, {
      data: {
        employerName: SECRETS.claimEmployer,
        countryCode: "KZ",
        currency: "KZT",
        route: "LABOUR_INSPECTORATE",
        people: [{ victimId: person.id, owed: "250000", recovered: "50000" }],
      },
    }),
  );
  await sql.query(
    `INSERT INTO labour_claim_people (claim_id, victim_id, organisation_id, owed, recovered, updated_at)
     VALUES ($1, $2, $3, 180000, 0, now())`,
    [claim.id, restricted.id, ownerOrg],
  );
  // P's criminal case against the recruiter, linked to the situation and the recruiter's record.
  await json(
    await owner.post(`/api/v1/victims/${person.id}/proceedings`, {
      data: {
        kind: "CRIMINAL",
        authority: "COURT",
        countryCode: "KZ",
        role: "VICTIM",
        caseNumber: SECRETS.proceedingCase,
        situationId: situation.id,
        perpetratorIds: [recruiter.id],
        hearings: [{ heldOn: "2099-03-01", timeOfDay: "10:00" }],
      },
    }),
  );
  records = {
    situation: situation.id,
    person: person.id,
    restricted: restricted.id,
    shelter: shelter.id,
    call: call.id,
    repatriation: repatriations[0]!,
    restrictedRepatriation: repatriations[1]!,
    surname: SECRETS.surname,
    birthDate,
    perpetrator: recruiter.id,
    attachment: scan.id,
  };
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
  await sql?.end();
});

/** Every road, every actor, one phase: what leaked, and what a road failed to show. */
async function sweep(phase: Phase) {
  const leaks: string[] = [];
  const shown = new Set<string>();
  for (const [road, requests] of Object.entries({ ...RELATION_ROWS, ...PERPETRATOR_ROWS })) {
    for (const request of requests) {
      const url = request.url(records);
      for (const actor of ACTORS) {
        const response = await contexts.get(actor)!.fetch(url, {
          method: request.method,
          maxRedirects: 0,
          ...(request.body ? { data: request.body(records) } : {}),
        });
        expect(response.status(), `${request.method} ${url} as ${actor}`).toBeLessThan(500);
        const body = await response.text();
        for (const [secret, value] of Object.entries(SECRETS) as [Secret, string][]) {
          if (!body.includes(value)) continue;
          shown.add(`${road}|${actor}|${secret}`);
          if (!maySee(secret, phase).includes(actor))
            leaks.push(`${phase}: ${actor} saw the ${secret} at ${request.method} ${url} (${road})`);
        }
        if (body.includes(restrictedCaseNumber)) shown.add(`${road}|${actor}|restrictedCaseNumber`);
      }
    }
  }
  const missing = MUST_SHOW.filter(
    (m) => m.phases.includes(phase) && !shown.has(`${m.road}|${m.actor}|${m.secret}`),
  ).map((m) => `${phase}: ${m.road} did not show ${m.actor} the ${m.secret}`);
  return { leaks, missing };
}

test("every road to a person in lib/access/roads.ts has its row in the relations matrix", () => {
  expect(Object.keys(PERSON_ROADS).filter((road) => !(road in RELATION_ROWS))).toEqual([]);
});

test("proceedings: the owner reads them; a partner whose grant does not name them and an outsider get 404", async () => {
  const url = `/api/v1/victims/${records.person}/proceedings`;
  const owner = await contexts.get("owner.coordinator")!.get(url);
  expect(owner.status()).toBe(200);
  expect((await owner.json()).items[0]).toMatchObject({
    caseNumber: SECRETS.proceedingCase,
    perpetratorIds: [records.perpetrator],
  });
  for (const actor of ["partner.coordinator", "partner.admin", "outsider.coordinator"] as const)
    expect((await contexts.get(actor)!.get(url)).status(), actor).toBe(404);
});

test("while the grant lives: each road shows each actor what the rule allows, and a restricted record only as such", async () => {
  const { leaks, missing } = await sweep("granted");
  expect(leaks).toEqual([]);
  expect(missing).toEqual([]);
});

test("after break-glass: the restricted record opens to the coordinator who gave a reason, on every road", async ({
  browser,
}) => {
  const page = await (await browser.newContext({ baseURL: process.env.E2E_BASE_URL })).newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(users.get("owner.coordinator")!.email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-role")).toBeVisible();
  await breakGlassAs(page, records.restricted);
  await page.context().close();
  const { leaks, missing } = await sweep("unlocked");
  expect(leaks).toEqual([]);
  expect(missing).toEqual([]);
});

test("after revocation: the partner sees neither person on any road", async () => {
  await sql.query(
    "UPDATE access_grants SET revoked_at = now() WHERE record_id = $1 AND reason = 'referral' AND revoked_at IS NULL",
    [records.person],
  );
  const owner = contexts.get("owner.coordinator")!;
  for (const id of [records.repatriation, records.restrictedRepatriation]) {
    await json(
      await owner.post(`/api/v1/repatriations/${id}/transitions`, {
        data: { to: "CANCELLED", reason: "The person chose to stay" },
      }),
    );
  }
  const { leaks, missing } = await sweep("revoked");
  expect(leaks).toEqual([]);
  expect(missing).toEqual([]);
});
