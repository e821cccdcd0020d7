import { expect, test, type APIRequestContext } from "@playwright/test";
import { createApiTokenFor, createUserIn, unique } from "./fixtures/factories";

async function apiAs(playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } }, token: string) {
  return playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
}

test("an ORG_ADMIN manages members through the API, scoped to their organisation", async ({ playwright }) => {
  const admin = await createUserIn("Bishkek Migrant Support", "ORG_ADMIN");
  const api = await apiAs(playwright, await createApiTokenFor(admin.id));

  // #14.13: a new member is invited; the answer carries the one-time link.
  const email = `${unique("aibek")}@bishkek.example`;
  const created = await api.post("/api/v1/members", { data: { name: "Aibek Toktogulov", email, role: "CASE_WORKER" } });
  expect(created.status()).toBe(201);
  const invitation = await created.json();
  expect(invitation).toMatchObject({ email, name: "Aibek Toktogulov", role: "CASE_WORKER" });
  expect(new URL(invitation.url).pathname).toBe("/invitation");
  expect(new URL(invitation.url).searchParams.get("token")).toMatch(/^[A-Za-z0-9_-]{43}$/);

  // An address with an account in another organisation gets exactly the same kind of answer.
  const elsewhere = await createUserIn("Almaty Crisis Centre", "CASE_WORKER");
  const forTaken = await api.post("/api/v1/members", { data: { name: "Someone Known", email: elsewhere.email, role: "CASE_WORKER" } });
  expect(forTaken.status()).toBe(201);
  const takenAnswer = await forTaken.json();
  expect(Object.keys(takenAnswer).sort()).toEqual(Object.keys(invitation).sort());
  expect(takenAnswer).toMatchObject({ email: elsewhere.email, role: "CASE_WORKER" });

  // Within the admin's own organisation, "already a member" may be said.
  const member = { id: (await createUserIn("Bishkek Migrant Support", "CASE_WORKER")).membershipId };
  const colleague = await createUserIn("Bishkek Migrant Support", "ANALYST");
  const duplicate = await api.post("/api/v1/members", { data: { name: "Again", email: colleague.email, role: "CASE_WORKER" } });
  expect(duplicate.status()).toBe(409);
  expect(await duplicate.json()).toEqual({
    error: { code: "CONFLICT", message: "This conflicts with existing data.", fields: { email: "This person is already a member of your organisation." } },
  });

  const invalid = await api.post("/api/v1/members", { data: { name: "", email: "nope", role: "KING" } });
  expect(invalid.status()).toBe(400);
  expect(Object.keys((await invalid.json()).error.fields).sort()).toEqual(["email", "name", "role"]);

  const malformed = await api.post("/api/v1/members", { headers: { "content-type": "application/json" }, data: "{not json" });
  expect(malformed.status()).toBe(400);

  const patched = await api.patch(`/api/v1/members/${member.id}`, { data: { role: "COORDINATOR", version: 1 } });
  expect(patched.status()).toBe(200);
  expect(await patched.json()).toMatchObject({ role: "COORDINATOR", version: 2 });
  const stale = await api.patch(`/api/v1/members/${member.id}`, { data: { role: "ANALYST", version: 1 } });
  expect(stale.status()).toBe(409);
  const self = await api.patch(`/api/v1/members/${admin.membershipId}`, { data: { active: false, version: 1 } });
  expect(self.status()).toBe(422);

  // Keyset pagination: pages do not overlap and end with a null cursor.
  const seen = new Set<string>();
  let cursor: string | null = null;
  do {
    const page: { items: { id: string; email: string }[]; nextCursor: string | null } = await (
      await api.get(`/api/v1/members?status=all&limit=2${cursor ? `&cursor=${cursor}` : ""}`)
    ).json();
    expect(page.items.length).toBeLessThanOrEqual(2);
    for (const item of page.items) {
      expect(seen.has(item.id)).toBe(false);
      seen.add(item.id);
    }
    cursor = page.nextCursor;
  } while (cursor);
  expect(seen.has(member.id)).toBe(true);
  expect(seen.size).toBeGreaterThanOrEqual(9); // six demo staff, the admin, two new members
  expect((await api.get("/api/v1/members?limit=1000")).status()).toBe(400);
  await api.dispose();
});

test("another organisation's admin gets 404 for a member and sees none of the data", async ({ playwright }) => {
  const member = await createUserIn("Moscow Migrant Aid", "CASE_WORKER");
  const outsider = await createUserIn("Almaty Crisis Centre", "ORG_ADMIN");
  const api = await apiAs(playwright, await createApiTokenFor(outsider.id));
  for (const response of [
    await api.get(`/api/v1/members/${member.membershipId}`),
    await api.patch(`/api/v1/members/${member.membershipId}`, { data: { active: false, version: 1 } }),
  ]) {
    expect(response.status()).toBe(404);
    const text = await response.text();
    expect(text).not.toContain(member.email);
    expect(text).not.toContain(member.name);
  }
  const list = await (await api.get(`/api/v1/members?status=all&q=${encodeURIComponent(member.email)}`)).json();
  expect(list).toEqual({ items: [], nextCursor: null });
  await api.dispose();
});

test("roles without the permission get 404 from admin endpoints", async ({ playwright }) => {
  const coordinator = await createUserIn("Moscow Migrant Aid", "COORDINATOR");
  const api = await apiAs(playwright, await createApiTokenFor(coordinator.id));
  expect((await api.get("/api/v1/members")).status()).toBe(404);
  expect((await api.get("/api/v1/organisations")).status()).toBe(404);
  expect((await api.post("/api/v1/organisations", { data: {} })).status()).toBe(404);
  await api.dispose();
});
