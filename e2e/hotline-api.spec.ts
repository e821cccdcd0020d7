import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures/accounts";
import { expectMatchesOperation } from "./fixtures/api";
import { createApiTokenFor, createUserIn, E2E_PASSWORD } from "./fixtures/factories";

test("a telephony system creates a call with a token and the operator completes it", async ({ playwright, page }) => {
  const operator = await createUserIn("Bishkek Migrant Support", "HOTLINE_OPERATOR");
  const api = await playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(operator.id)}` },
  });
  const created = await api.post("/api/v1/hotline-calls", {
    data: {
      receivedAt: new Date(Date.now() - 120_000).toISOString(),
      callType: "DATA",
      status: "INCOMPLETE",
      durationSeconds: 312,
      callerPhone: "0555 123 456",
    },
  });
  expect(created.status()).toBe(201);
  const call = await expectMatchesOperation(created, "POST /api/v1/hotline-calls");
  expect(call).toMatchObject({ status: "INCOMPLETE", callerPhone: "+996555123456", durationSeconds: 312, version: 1 });

  // Completing needs the data call's fields: a clear 400 with each field named.
  const incomplete = await api.patch(`/api/v1/hotline-calls/${call.id}`, { data: { version: 1, summary: "x" } });
  expect(incomplete.status()).toBe(400);
  await expectMatchesOperation(incomplete, "PATCH /api/v1/hotline-calls/{id}");
  expect(Object.keys((await incomplete.json()).error.fields).sort()).toEqual([
    "actions",
    "callerRelationship",
    "topics",
    "urgency",
  ]);

  const completed = await api.patch(`/api/v1/hotline-calls/${call.id}`, {
    data: {
      version: 1,
      callerRelationship: "VICTIM_SELF",
      topics: ["WAGE_THEFT"],
      urgency: "URGENT",
      actions: ["INFORMATION_GIVEN"],
      summary: "<img src=x onerror=window.__pwned=1> unpaid",
    },
  });
  expect(completed.status()).toBe(200);
  expect(await expectMatchesOperation(completed, "PATCH /api/v1/hotline-calls/{id}")).toMatchObject({
    status: "COMPLETE",
    topics: ["WAGE_THEFT"],
    version: 2,
    durationSeconds: 312,
  });

  // The summary's HTML is shown as text and never runs.
  await signIn(page, operator.email, E2E_PASSWORD);
  await page.goto(`/hotline/${call.id}`);
  await expect(page.getByTestId("call-summary")).toHaveText("<img src=x onerror=window.__pwned=1> unpaid");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  const read = await api.get(`/api/v1/hotline-calls/${call.id}`);
  expect(await expectMatchesOperation(read, "GET /api/v1/hotline-calls/{id}")).toMatchObject({
    id: call.id,
    callerPhone: "+996555123456",
    summary: "<img src=x onerror=window.__pwned=1> unpaid",
  });
  const listed = await expectMatchesOperation(
    await api.get(`/api/v1/hotline-calls?operator=${operator.id}`),
    "GET /api/v1/hotline-calls",
  );
  expect(listed.items.map((c) => c.id)).toContain(call.id);

  const voided = await api.patch(`/api/v1/hotline-calls/${call.id}`, {
    data: { version: 2, voidReason: "duplicate from the switchboard" },
  });
  expect((await expectMatchesOperation(voided, "PATCH /api/v1/hotline-calls/{id}")).voided).toBe(true);
  await api.dispose();
});

test("bad API input answers 400 with per-field errors, never 500", async ({ playwright }) => {
  const operator = await createUserIn("Bishkek Migrant Support", "HOTLINE_OPERATOR");
  const api = await playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(operator.id)}` },
  });
  const bodies = [
    { receivedAt: "2099-01-01T00:00:00Z", callType: "SILENT" },
    { receivedAt: new Date().toISOString(), callType: "NOPE" },
    { receivedAt: new Date().toISOString(), callType: "SILENT", durationSeconds: 10_000_000 },
    { receivedAt: new Date().toISOString(), callType: "DATA", status: "INCOMPLETE", callerPhone: "not a phone" },
    { receivedAt: new Date().toISOString(), callType: "DATA", status: "INCOMPLETE", summary: "x".repeat(5000) },
    { receivedAt: new Date().toISOString(), callType: "DATA", status: "INCOMPLETE", topics: "WAGE_THEFT" },
    "[]",
  ];
  for (const data of bodies) {
    const response = await api.post("/api/v1/hotline-calls", { data });
    expect(response.status(), JSON.stringify(data).slice(0, 80)).toBe(400);
    await expectMatchesOperation(response, "POST /api/v1/hotline-calls");
    expect((await response.json()).error.code).toBe("INVALID");
  }
  const badFilter = await api.get("/api/v1/hotline-calls?topic=NOPE");
  expect(badFilter.status()).toBe(400);
  await expectMatchesOperation(badFilter, "GET /api/v1/hotline-calls");
  const notAnId = await api.get("/api/v1/hotline-calls/not-a-uuid");
  expect(notAnId.status()).toBe(404);
  await expectMatchesOperation(notAnId, "GET /api/v1/hotline-calls/{id}");
  await api.dispose();
});
