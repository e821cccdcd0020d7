import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectMatchesOperation, type SuccessBody } from "./fixtures/api";
import { createApiTokenFor, createNetworkAdmin, createUserIn, unique } from "./fixtures/factories";

async function apiAs(
  playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } },
  token: string,
) {
  return playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
}

test("an ORG_ADMIN manages members through the API, scoped to their organisation", async ({ playwright }) => {
  const admin = await createUserIn("Bishkek Migrant Support", "ORG_ADMIN");
  const api = await apiAs(playwright, await createApiTokenFor(admin.id));

  // A new member is invited; the answer carries the one-time link.
  const email = `${unique("aibek")}@bishkek.example`;
  const created = await api.post("/api/v1/members", { data: { name: "Aibek Toktogulov", email, role: "CASE_WORKER" } });
  expect(created.status()).toBe(201);
  const invitation = await expectMatchesOperation(created, "POST /api/v1/members");
  expect(invitation).toMatchObject({ email, name: "Aibek Toktogulov", role: "CASE_WORKER" });
  expect(new URL(invitation.url).pathname).toBe("/invitation");
  expect(new URL(invitation.url).searchParams.get("token")).toMatch(/^[A-Za-z0-9_-]{43}$/);

  // An address with an account in another organisation gets exactly the same kind of answer.
  const elsewhere = await createUserIn("Almaty Crisis Centre", "CASE_WORKER");
  const forTaken = await api.post("/api/v1/members", {
    data: { name: "Someone Known", email: elsewhere.email, role: "CASE_WORKER" },
  });
  expect(forTaken.status()).toBe(201);
  const takenAnswer = await expectMatchesOperation(forTaken, "POST /api/v1/members");
  expect(Object.keys(takenAnswer).sort()).toEqual(Object.keys(invitation).sort());
  expect(takenAnswer).toMatchObject({ email: elsewhere.email, role: "CASE_WORKER" });

  // Within the admin's own organisation, "already a member" may be said.
  const member = { id: (await createUserIn("Bishkek Migrant Support", "CASE_WORKER")).membershipId };
  const colleague = await createUserIn("Bishkek Migrant Support", "ANALYST");
  const duplicate = await api.post("/api/v1/members", {
    data: { name: "Again", email: colleague.email, role: "CASE_WORKER" },
  });
  expect(duplicate.status()).toBe(409);
  await expectMatchesOperation(duplicate, "POST /api/v1/members");
  expect(await duplicate.json()).toEqual({
    error: {
      code: "CONFLICT",
      message: "This conflicts with existing data.",
      fields: { email: "This person is already a member of your organisation." },
    },
  });

  const invalid = await api.post("/api/v1/members", { data: { name: "", email: "nope", role: "KING" } });
  expect(invalid.status()).toBe(400);
  await expectMatchesOperation(invalid, "POST /api/v1/members");
  expect(Object.keys((await invalid.json()).error.fields).sort()).toEqual(["email", "name", "role"]);

  const malformed = await api.post("/api/v1/members", {
    headers: { "content-type": "application/json" },
    data: "{not json",
  });
  expect(malformed.status()).toBe(400);
  await expectMatchesOperation(malformed, "POST /api/v1/members");

  const read = await api.get(`/api/v1/members/${member.id}`);
  expect(read.status()).toBe(200);
  expect(await expectMatchesOperation(read, "GET /api/v1/members/{id}")).toMatchObject({
    id: member.id,
    role: "CASE_WORKER",
    version: 1,
  });

  const patched = await api.patch(`/api/v1/members/${member.id}`, { data: { role: "COORDINATOR", version: 1 } });
  expect(patched.status()).toBe(200);
  expect(await expectMatchesOperation(patched, "PATCH /api/v1/members/{id}")).toMatchObject({
    role: "COORDINATOR",
    version: 2,
  });
  const stale = await api.patch(`/api/v1/members/${member.id}`, { data: { role: "ANALYST", version: 1 } });
  expect(stale.status()).toBe(409);
  await expectMatchesOperation(stale, "PATCH /api/v1/members/{id}");
  const self = await api.patch(`/api/v1/members/${admin.membershipId}`, { data: { active: false, version: 1 } });
  expect(self.status()).toBe(422);
  await expectMatchesOperation(self, "PATCH /api/v1/members/{id}");

  // Keyset pagination: pages do not overlap and end with a null cursor.
  const seen = new Set<string>();
  let cursor: string | null = null;
  do {
    const page: SuccessBody<"GET /api/v1/members"> = await expectMatchesOperation(
      await api.get(`/api/v1/members?status=all&limit=2${cursor ? `&cursor=${cursor}` : ""}`),
      "GET /api/v1/members",
    );
    expect(page.items.length).toBeLessThanOrEqual(2);
    for (const item of page.items) {
      expect(seen.has(item.id)).toBe(false);
      seen.add(item.id);
    }
    cursor = page.nextCursor;
  } while (cursor);
  expect(seen.has(member.id)).toBe(true);
  expect(seen.size).toBeGreaterThanOrEqual(9); // six demo staff, the admin, two new members
  const tooMany = await api.get("/api/v1/members?limit=1000");
  expect(tooMany.status()).toBe(400);
  await expectMatchesOperation(tooMany, "GET /api/v1/members");
  await api.dispose();
});

test("another organisation's admin gets 404 for a member and sees none of the data", async ({ playwright }) => {
  const member = await createUserIn("Moscow Migrant Aid", "CASE_WORKER");
  const outsider = await createUserIn("Almaty Crisis Centre", "ORG_ADMIN");
  const api = await apiAs(playwright, await createApiTokenFor(outsider.id));
  for (const [response, key] of [
    [await api.get(`/api/v1/members/${member.membershipId}`), "GET /api/v1/members/{id}"],
    [
      await api.patch(`/api/v1/members/${member.membershipId}`, { data: { active: false, version: 1 } }),
      "PATCH /api/v1/members/{id}",
    ],
  ] as const) {
    expect(response.status()).toBe(404);
    await expectMatchesOperation(response, key);
    const text = await response.text();
    expect(text).not.toContain(member.email);
    expect(text).not.toContain(member.name);
  }
  const list = await expectMatchesOperation(
    await api.get(`/api/v1/members?status=all&q=${encodeURIComponent(member.email)}`),
    "GET /api/v1/members",
  );
  expect(list).toEqual({ items: [], nextCursor: null });
  await api.dispose();
});

test("roles without the permission get 404 from admin endpoints", async ({ playwright }) => {
  const coordinator = await createUserIn("Moscow Migrant Aid", "COORDINATOR");
  const api = await apiAs(playwright, await createApiTokenFor(coordinator.id));
  const members = await api.get("/api/v1/members");
  expect(members.status()).toBe(404);
  await expectMatchesOperation(members, "GET /api/v1/members");
  const organisations = await api.get("/api/v1/organisations");
  expect(organisations.status()).toBe(404);
  await expectMatchesOperation(organisations, "GET /api/v1/organisations");
  const created = await api.post("/api/v1/organisations", { data: {} });
  expect(created.status()).toBe(404);
  await expectMatchesOperation(created, "POST /api/v1/organisations");
  await api.dispose();
});

test("the network administrator lists organisations and creates one with its first administrator's invitation", async ({
  playwright,
}) => {
  const api = await apiAs(playwright, await createApiTokenFor((await createNetworkAdmin()).id));
  const code = Array.from({ length: 5 }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join("");
  const name = unique("API Partner");
  const adminEmail = `${unique("first-admin")}@partner.example`;
  const created = await api.post("/api/v1/organisations", {
    data: {
      name,
      code,
      kind: "NGO",
      countryCode: "KG",
      timeZone: "Asia/Bishkek",
      adminName: "Asel Bekova",
      adminEmail,
    },
  });
  expect(created.status()).toBe(201);
  const organisation = await expectMatchesOperation(created, "POST /api/v1/organisations");
  expect(organisation).toMatchObject({
    name,
    code,
    memberCount: 0,
    adminInvitation: { email: adminEmail, role: "ORG_ADMIN" },
  });
  const listed = await expectMatchesOperation(
    await api.get(`/api/v1/organisations?q=${encodeURIComponent(name)}`),
    "GET /api/v1/organisations",
  );
  expect(listed.items.map((o) => o.id)).toEqual([organisation.id]);
  const invalid = await api.post("/api/v1/organisations", { data: { name, code: "not a code" } });
  expect(invalid.status()).toBe(400);
  await expectMatchesOperation(invalid, "POST /api/v1/organisations");
  await api.dispose();
});
