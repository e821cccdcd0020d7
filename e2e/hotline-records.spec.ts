import { expect, test } from "@playwright/test";
import { failOnServerErrors, signIn } from "./fixtures/accounts";
import { createApiTokenFor, createCallIn, createUserIn, E2E_PASSWORD, unique } from "./fixtures/factories";

test("a coordinator opens a case from a call, prefilled and linked", async ({ page }) => {
  const checkServerErrors = failOnServerErrors(page);
  const coordinator = await createUserIn("Dushanbe Reintegration Centre", "COORDINATOR");
  const call = await createCallIn("Dushanbe Reintegration Centre", coordinator.id, {
    summary: "Sister held at a market in Istanbul",
  });
  await signIn(page, coordinator.email, E2E_PASSWORD);
  await page.goto(`/hotline/${call.id}`);
  await page.getByRole("link", { name: "Open a case from this call" }).click();
  await expect(page.getByLabel("Sex")).toHaveValue("FEMALE");
  await expect(page.getByLabel("Estimated age")).toHaveValue("21");
  await expect(page.getByLabel("Citizenship")).toHaveValue("UZ");
  await page.getByRole("button", { name: "Open the case" }).click();
  await expect(page.getByText("This field is required.")).toBeVisible();
  await page.getByLabel("Given name").fill("Gulnora");
  await page.getByLabel("Family name").fill("Rahimova");
  await page.getByRole("button", { name: "Open the case" }).click();
  await expect(page.getByText(/Case DUS-\d{4}-\d{5} opened from this call\./)).toBeVisible();
  await page.getByTestId("call-people").getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Gulnora Rahimova" })).toBeVisible();
  await expect(page.getByTestId("case-number")).toHaveText(/^DUS-\d{4}-\d{5}$/);
  checkServerErrors();
});

test("a callback due is highlighted in the queue and recorded as a new linked call", async ({ page }) => {
  const operator = await createUserIn("Bishkek Migrant Support", "HOTLINE_OPERATOR");
  const call = await createCallIn("Bishkek Migrant Support", operator.id, {
    phone: "+996555000111",
    receivedAt: new Date(Date.now() - 3 * 86_400_000),
    callbackDueAt: new Date(Date.now() - 86_400_000),
  });
  await signIn(page, operator.email, E2E_PASSWORD);
  await page.goto("/hotline/callbacks");
  const row = page
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: "Record the callback" }) })
    .filter({ hasText: "Overdue" });
  await expect(row.first()).toBeVisible();
  await page.locator(`a[href="/hotline/new?followUp=${call.id}"]`).click();
  await expect(page.getByRole("heading", { name: "Log the callback" })).toBeVisible();
  await expect(page.getByLabel("Caller's phone number")).toHaveValue("+996555000111");
  await page.keyboard.press("7"); // Thanks
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(page.getByText("Call saved. Ready for the next call.")).toBeVisible();
  await page.goto("/hotline/callbacks");
  await expect(page.locator(`a[href="/hotline/new?followUp=${call.id}"]`)).toHaveCount(0);
  await page.goto(`/hotline/${call.id}`);
  await expect(page.getByRole("heading", { name: "Follow-up calls" })).toBeVisible();
});

test("a call of another organisation answers 404 on the page and the API, and shows none of its data", async ({
  page,
  playwright,
}) => {
  const operator = await createUserIn("Safe Return Tashkent", "HOTLINE_OPERATOR");
  const secret = unique("Zarafshon");
  const call = await createCallIn("Safe Return Tashkent", operator.id, {
    summary: `${secret} recruited by a neighbour`,
    phone: "+998971112233",
  });
  const outsider = await createUserIn("Moscow Migrant Aid", "COORDINATOR");
  await signIn(page, outsider.email, E2E_PASSWORD);
  for (const url of [
    `/hotline/${call.id}`,
    `/hotline/${call.id}/edit`,
    `/hotline/${call.id}/open-case`,
    `/hotline/new?followUp=${call.id}`,
  ]) {
    const response = await page.goto(url);
    if (!url.includes("followUp")) expect(response?.status(), url).toBe(404);
    const html = await page.content();
    expect(html).not.toContain(secret);
    expect(html).not.toContain("971112233");
    const rsc = await (await page.request.get(url, { headers: { RSC: "1" } })).text();
    expect(rsc).not.toContain(secret);
  }
  await page.goto(`/hotline?q=${secret}`);
  await expect(page.getByText("No calls match these filters.")).toBeVisible();
  // Through the API, for every role of the other organisation.
  for (const role of [
    "ORG_ADMIN",
    "COORDINATOR",
    "CASE_WORKER",
    "HOTLINE_OPERATOR",
    "SHELTER_STAFF",
    "ANALYST",
  ] as const) {
    const member = await createUserIn("Moscow Migrant Aid", role);
    const api = await playwright.request.newContext({
      baseURL: process.env.E2E_BASE_URL,
      extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(member.id)}` },
    });
    const response = await api.get(`/api/v1/hotline-calls/${call.id}`);
    expect(response.status(), role).toBe(404);
    expect(await response.text()).not.toContain(secret);
    const patch = await api.patch(`/api/v1/hotline-calls/${call.id}`, { data: { version: 1, urgency: "CRITICAL" } });
    expect(patch.status(), role).toBe(404);
    const listed = await api.get(`/api/v1/hotline-calls?limit=100&q=${secret}`);
    // Roles without the hotline get 404 for the list itself; the others get their own calls only.
    if (["CASE_WORKER", "SHELTER_STAFF", "ANALYST"].includes(role)) expect(listed.status(), role).toBe(404);
    else expect((await listed.json()).items, role).toEqual([]);
    await api.dispose();
  }
});

test("an analyst sees the month's figures and no call", async ({ page }) => {
  const analyst = await createUserIn("Safe Return Tashkent", "ANALYST");
  await signIn(page, analyst.email, E2E_PASSWORD);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Reports" }).click();
  await expect(page.getByTestId("month-total")).toContainText(/\d+ calls? this month/);
  expect((await page.goto("/hotline"))?.status()).toBe(404);
});

test("the CSV export holds the filtered calls without personal fields", async ({ page }) => {
  const operator = await createUserIn("Almaty Crisis Centre", "HOTLINE_OPERATOR");
  const secret = unique("Saltanat");
  await createCallIn("Almaty Crisis Centre", operator.id, {
    summary: secret,
    phone: "+77019998877",
    topics: ["FORCED_BEGGING"],
  });
  await signIn(page, operator.email, E2E_PASSWORD);
  const response = await page.request.get(`/hotline/export?operator=${operator.id}`);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const csv = await response.text();
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toContain("received_at,status,call_type");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain("FORCED_BEGGING");
  expect(csv).not.toContain(secret);
  expect(csv).not.toContain("9998877");
});
