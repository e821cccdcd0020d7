// The world the access matrix and the accessibility check walk through: a user of every role of the
// organisation that owns a set of records, a partner organisation the owner shared a record with,
// a partner without a grant, an organisation in another country, the network administrator and
// nobody; and the owner's records, made through the API. Each spec builds its own (unique names),
// so specs run in parallel.
import { expect, type APIRequestContext } from "@playwright/test";
import { roleHas } from "../../lib/roles/permissions";
import type { AnyRole } from "../../lib/roles/roles";
import { DEMO_PASSWORD } from "../fixtures/accounts";
import { recordConsentDirect } from "../fixtures/consents";
import { createApiTokenFor, createOrganisationWithUser, createUserIn, E2E_PASSWORD } from "../fixtures/factories";
import { ACTORS, OWNER_ROLES, ROLE_OF, signInContext, type ActorKey } from "./actors";
import type { Records, Rule } from "./registry";

interface PlaywrightRequest {
  request: {
    newContext(options: { baseURL?: string; extraHTTPHeaders?: Record<string, string> }): Promise<APIRequestContext>;
  };
}

export const OWNER = "Almaty Crisis Centre";
export const stamp = crypto.randomUUID().slice(0, 8);
/** Values that exist only in the owner's records: finding one in an answer is a leak. */
export const SECRETS = {
  surname: `Матрицова${stamp}`,
  narrative: `matrix-narrative-${stamp}`,
  summary: `matrixsummary${stamp}`,
  address: `matrix-address-${stamp}`,
  message: `matrix-message-${stamp}`,
  counterpart: `matrix-consul-${stamp}`,
};
export const MAY_SEE: Record<keyof typeof SECRETS, readonly ActorKey[]> = {
  surname: ["admin", "coordinator", "granted"],
  narrative: ["admin", "coordinator"],
  summary: ["admin", "coordinator", "hotline"],
  address: ["admin", "coordinator"],
  message: ["admin", "coordinator", "granted"],
  counterpart: ["admin", "coordinator", "caseworker"],
};

export const roleOf = (actor: ActorKey): AnyRole | null =>
  actor === "anonymous"
    ? null
    : actor === "network"
      ? "NETWORK_ADMIN"
      : actor in ROLE_OF
        ? ROLE_OF[actor as keyof typeof ROLE_OF]
        : "COORDINATOR";

export function allowed(rule: Rule, actor: ActorKey): boolean {
  if (rule.allow === "public") return true;
  if (rule.allow === "nobody") return false;
  if (rule.allow === "signedOut") return actor === "anonymous";
  if (actor === "anonymous") return false;
  if (rule.allow === "signedIn") return true;
  if ("permission" in rule.allow) return roleHas(roleOf(actor), rule.allow.permission);
  if ("anyPermission" in rule.allow) return rule.allow.anyPermission.some((p) => roleHas(roleOf(actor), p));
  return rule.allow.actors.includes(actor);
}

/** Signs every actor in (one request context each) and makes the owner's records. */
export async function buildWorld(playwright: PlaywrightRequest): Promise<{
  contexts: Map<ActorKey, APIRequestContext>;
  records: Records;
}> {
  const contexts = new Map<ActorKey, APIRequestContext>();
  // Names that must be unique in the owner's organisation, fresh for each world: a worker may build
  // one for the matrix and another for the accessibility walk.
  const run = crypto.randomUUID().slice(0, 8);
  const baseURL = process.env.E2E_BASE_URL;
  const users: Partial<Record<ActorKey, { id?: string; email: string; password: string }>> = {};
  for (const key of OWNER_ROLES) users[key] = { ...(await createUserIn(OWNER, ROLE_OF[key])), password: E2E_PASSWORD };
  users.granted = { ...(await createUserIn("Safe Return Tashkent", "COORDINATOR")), password: E2E_PASSWORD };
  users.ungranted = { ...(await createOrganisationWithUser("KZ", "COORDINATOR")).user, password: E2E_PASSWORD };
  users.foreign = { ...(await createUserIn("Bishkek Migrant Support", "COORDINATOR")), password: E2E_PASSWORD };
  users.network = { email: "admin@network.demo", password: DEMO_PASSWORD };
  for (const actor of ACTORS) {
    const context = await playwright.request.newContext({ baseURL });
    const user = users[actor];
    if (user) await signInContext(context, user.email, user.password);
    contexts.set(actor, context);
  }

  // The owner's records, made through the API as its coordinator.
  const coordinatorId = users.coordinator!.id!;
  const api = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(coordinatorId)}` },
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers of our own API
  const json = async (response: Awaited<ReturnType<APIRequestContext["post"]>>): Promise<any> => {
    expect(response.status(), await response.text()).toBeLessThan(300);
    return response.json();
  };
  const victim = await json(
    await api.post("/api/v1/victims", {
      data: {
        givenName: "Ойша",
        familyName: SECRETS.surname,
        sex: "FEMALE",
        estimatedAge: 31,
        citizenships: ["UZ"],
        identifiedOn: "2026-06-01",
        identifiedBy: "POLICE",
      },
    }),
  );
  await json(await api.patch(`/api/v1/victims/${victim.id}`, { data: { version: 1, narrative: SECRETS.narrative } }));
  const call = await json(
    await api.post("/api/v1/hotline-calls", {
      data: {
        receivedAt: new Date(Date.now() - 3600_000).toISOString(),
        channel: "PHONE",
        callType: "DATA",
        callerRelationship: "VICTIM_SELF",
        topics: ["LABOUR_EXPLOITATION"],
        urgency: "URGENT",
        actions: ["INFORMATION_GIVEN"],
        summary: `Worker in a greenhouse ${SECRETS.summary}`,
      },
    }),
  );
  const shelter = await json(
    await api.post("/api/v1/shelters", {
      data: {
        name: `Matrix shelter ${run}`,
        city: "Almaty",
        countryCode: "KZ",
        address: SECRETS.address,
        population: "WOMEN",
        capacity: 3,
      },
    }),
  );
  const tashkent = (await (await contexts.get("granted")!.get("/api/v1/me")).json()).organisation.id;
  await recordConsentDirect(victim.id, "RETURN", null);
  await recordConsentDirect(victim.id, "SHARING", tashkent);
  const repatriation = await json(
    await api.post("/api/v1/repatriations", { data: { victimId: victim.id, receivingOrganisationId: tashkent } }),
  );
  await json(await api.post(`/api/v1/repatriations/${repatriation.id}/transitions`, { data: { to: "REQUESTED" } }));
  await json(await api.post(`/api/v1/repatriations/${repatriation.id}/messages`, { data: { text: SECRETS.message } }));
  const tasks = await json(await api.get(`/api/v1/repatriations/${repatriation.id}/tasks`));
  // A second victim for the stay, so admitting the first through the matrix stays possible.
  const resident = await json(
    await api.post("/api/v1/victims", {
      data: {
        givenName: "Probe",
        familyName: `Resident${run}`,
        sex: "FEMALE",
        estimatedAge: 30,
        identifiedOn: "2026-06-01",
        identifiedBy: "POLICE",
      },
    }),
  );
  const stay = await json(
    await api.post(`/api/v1/shelters/${shelter.id}/stays`, {
      data: { victimId: resident.id, admittedAt: "2026-06-02" },
    }),
  );
  const situation = await json(
    await api.post("/api/v1/situations", { data: { countryCode: "KZ", exploitationTypes: ["FORCED_LABOUR"] } }),
  );
  await json(await api.post(`/api/v1/situations/${situation.id}/people`, { data: { victimId: victim.id } }));
  await json(await api.post(`/api/v1/situations/${situation.id}/calls`, { data: { callId: call.id } }));
  const perpetrator = await json(
    await api.post("/api/v1/perpetrators", {
      data: { name: `Вербовщик ${SECRETS.surname}`, roles: ["RECRUITER"], source: "VICTIM" },
    }),
  );
  const counterpart = await json(
    await api.post("/api/v1/counterparts", {
      data: {
        name: `Matrix consulate ${run}`,
        countryCode: "AF",
        type: "EMBASSY_CONSULATE",
        contactPerson: SECRETS.counterpart,
      },
    }),
  );
  // A deportation the organisation meets alone, for a person its case worker is assigned to.
  const deported = await json(
    await api.post("/api/v1/victims", {
      data: {
        givenName: "Probe",
        familyName: `Deported${run}`,
        sex: "MALE",
        estimatedAge: 27,
        identifiedOn: "2026-06-01",
        identifiedBy: "POLICE",
      },
    }),
  );
  await json(
    await api.patch(`/api/v1/victims/${deported.id}`, { data: { version: 1, assignedToId: users.caseworker!.id } }),
  );
  const aloneCase = await json(
    await api.post("/api/v1/repatriations", {
      data: { victimId: deported.id, kind: "DEPORTATION", fromCountry: "RU" },
    }),
  );
  // Met on arrival and handed over, so its reintegration plan is kept (decision 0031).
  await json(
    await api.post(`/api/v1/repatriations/${aloneCase.id}/transitions`, {
      data: { to: "HANDED_OVER", arrivedOn: new Date().toISOString().slice(0, 10), receivedBy: "Duty caseworker" },
    }),
  );
  const assistance = await json(
    await api.post(`/api/v1/repatriations/${aloneCase.id}/reintegration/assistance`, {
      data: { type: "MICRO_GRANT", amount: "500", currency: "USD", provider: `Matrix fund ${run}` },
    }),
  );
  const caseworkerMember = await (await contexts.get("admin")!.get("/api/v1/members?limit=100")).json();
  const memberId = caseworkerMember.items.find((m: { email: string }) => m.email === users.caseworker!.email).id;
  const records: Records = {
    victimId: victim.id,
    callId: call.id,
    shelterId: shelter.id,
    stayId: stay.id,
    repatriationId: repatriation.id,
    taskId: tasks.items.find((t: { assigneeSide: string }) => t.assigneeSide === "RECEIVING").id,
    memberId,
    situationId: situation.id,
    perpetratorId: perpetrator.id,
    counterpartId: counterpart.id,
    aloneRepatriationId: aloneCase.id,
    assistanceId: assistance.id,
  };
  await api.dispose();
  return { contexts, records };
}
