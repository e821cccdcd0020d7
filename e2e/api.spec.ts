import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures/accounts";
import { expectMatchesOperation } from "./fixtures/api";
import { createUserIn, E2E_PASSWORD } from "./fixtures/factories";

test("health and the OpenAPI document are public", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await expectMatchesOperation(health, "GET /api/health")).toMatchObject({ status: "ok", database: "ok" });
  // Every response carries its request id; a malformed one from the client is replaced.
  expect(health.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  const spoofed = await request.get("/api/health", { headers: { "x-request-id": "<script>alert(1)</script>" } });
  expect(spoofed.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  const traced = await request.get("/api/health", { headers: { "x-request-id": "lb-trace-12345678" } });
  expect(traced.headers()["x-request-id"]).toBe("lb-trace-12345678");
  const served = await request.get("/api/v1/openapi.json");
  await expectMatchesOperation(served, "GET /api/v1/openapi.json");
  const openapi = await served.json();
  expect(openapi.openapi).toBe("3.1.0");
  expect(Object.keys(openapi.paths)).toEqual(
    expect.arrayContaining([
      "/api/health",
      "/api/v1/me",
      "/api/v1/members",
      "/api/v1/members/{id}",
      "/api/v1/organisations",
      "/api/v1/hotline-calls",
      "/api/v1/hotline-calls/{id}",
      "/api/v1/victims",
      "/api/v1/victims/{id}",
      "/api/v1/victims/duplicate-check",
      "/api/v1/victims/{id}/referrals",
      "/api/v1/shelters/{id}",
      "/api/v1/repatriations/{id}/tasks/{taskId}/done",
    ]),
  );
  expect(openapi.components.schemas.CreateMember.required).toEqual(expect.arrayContaining(["name", "email", "role"]));
  // Members are invited; nobody sends a password for someone else.
  expect(openapi.components.schemas.CreateMember.properties).not.toHaveProperty("password");
  expect(openapi.components.schemas.Me.properties.permissions).toBeTruthy();
  // Every answer is described, errors included (the 503 of a database outage too).
  expect(openapi.components.schemas.Victim.properties.caseNumber).toBeTruthy();
  expect(openapi.paths["/api/v1/victims/{id}"].get.responses["503"]).toEqual({
    $ref: "#/components/responses/Unavailable",
  });
});

test("/api/v1/me answers 401 in the documented error format without credentials", async ({ request }) => {
  const response = await request.get("/api/v1/me", { headers: { authorization: "Bearer tmr_not-a-real-token" } });
  expect(response.status()).toBe(401);
  await expectMatchesOperation(response, "GET /api/v1/me");
  expect(await response.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: "Please sign in." } });
});

test("a personal API token created in Settings works until it is revoked", async ({ page, playwright }) => {
  const user = await createUserIn("Dushanbe Reintegration Centre", "COORDINATOR");
  await signIn(page, user.email, E2E_PASSWORD);
  await page.goto("/settings");
  await page.getByLabel("Token name").fill("case export");
  // A session alone does not mint a token; the password is asked for again.
  await page.getByTestId("api-token-form").getByLabel("Current password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  expect(token).toMatch(/^tmr_/);

  const api = await playwright.request.newContext({
    baseURL: page.url(),
    extraHTTPHeaders: { authorization: `Bearer ${token}` },
  });
  const me = await api.get("/api/v1/me");
  expect(me.status()).toBe(200);
  const body = await expectMatchesOperation(me, "GET /api/v1/me");
  expect(body.user.email).toBe(user.email);
  expect(body.role).toBe("COORDINATOR");
  expect(body.organisation?.name).toBe("Dushanbe Reintegration Centre");
  expect(body.permissions).toContain("repatriations.move");

  await page.getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByRole("cell", { name: "Revoked" })).toBeVisible();
  expect((await api.get("/api/v1/me")).status()).toBe(401);
  await api.dispose();
});
