import { expect, test } from "@playwright/test";
import { failOnConsoleErrors, failOnServerErrors, signIn } from "./fixtures/accounts";
import { createApiTokenFor, createUserIn, E2E_PASSWORD } from "./fixtures/factories";
import { uniqueSurname } from "./fixtures/names";

test("a person registered in Cyrillic is found with a Latin query", async ({ page }) => {
  const checkServerErrors = failOnServerErrors(page);
  const checkConsole = failOnConsoleErrors(page);
  const coordinator = await createUserIn("Safe Return Tashkent", "COORDINATOR");
  const surname = uniqueSurname();
  await signIn(page, coordinator.email, E2E_PASSWORD);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Victims" }).click();
  await page.getByRole("link", { name: "Register a person" }).click();

  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByText("This field is required.")).toBeVisible();
  await expect(page.getByText("Enter a birth date or an estimated age.")).toBeVisible();

  await page.getByLabel("Given name", { exact: true }).fill("Гулнора");
  await page.getByLabel("Family name", { exact: true }).fill(surname.cyrillic);
  await page.getByLabel("Sex").selectOption("FEMALE");
  await page.getByLabel("Birth date").fill("2031-01-01");
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByText("This date is in the future.")).toBeVisible();
  await page.getByLabel("Birth date").fill("1999-05-17");
  await page.getByLabel("Citizenship", { exact: true }).selectOption("UZ");
  await expect(page.getByText("No possible match in the network.")).toBeVisible();
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByText(/Record TSH-\d{4}-\d{5} registered\./)).toBeVisible();

  await page.goto(`/victims?q=${encodeURIComponent(`Gulnara ${surname.latin}`)}`);
  // The best match first: other tests' people with made-up surnames may come close enough to follow.
  await expect(page.getByTestId("victims-table").getByRole("row").nth(1)).toContainText(surname.cyrillic);
  await page.goto(`/victims?q=${encodeURIComponent(`${surname.latin} G.`)}`);
  await expect(page.getByTestId("victims-table")).toContainText(surname.cyrillic);
  checkServerErrors();
  checkConsole();
});

test("registering the same document number elsewhere names the organisation, not the person", async ({
  page,
  playwright,
}) => {
  const owner = await createUserIn("Almaty Crisis Centre", "COORDINATOR");
  const documentNumber = `N${Math.floor(Math.random() * 1e8)}`;
  const api = await playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(owner.id)}` },
  });
  const created = await api.post("/api/v1/victims", {
    data: {
      givenName: "Aigul",
      familyName: "Seitkali",
      sex: "FEMALE",
      estimatedAge: 27,
      identifiedOn: "2026-02-02",
      identifiedBy: "POLICE",
      documentNumber,
    },
  });
  expect(created.status()).toBe(201);
  await api.dispose();

  const other = await createUserIn("Bishkek Migrant Support", "CASE_WORKER");
  await signIn(page, other.email, E2E_PASSWORD);
  await page.goto("/victims/new");
  await page.getByLabel("Document number").fill(documentNumber.toLowerCase());
  await expect(page.getByTestId("duplicate-notice")).toContainText(
    "A possible match is held by Almaty Crisis Centre; contact them.",
  );
  await expect(page.getByTestId("duplicate-notice")).not.toContainText("Seitkali");
});

test("a record of another organisation answers 404 and shows none of its data", async ({ page, playwright }) => {
  const owner = await createUserIn("Dushanbe Reintegration Centre", "COORDINATOR");
  const api = await playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(owner.id)}` },
  });
  const victim = await (
    await api.post("/api/v1/victims", {
      data: {
        givenName: "Мавзуна",
        familyName: "Шарипова",
        sex: "FEMALE",
        estimatedAge: 19,
        identifiedOn: "2026-01-15",
        identifiedBy: "IOM",
      },
    })
  ).json();
  await api.dispose();
  const outsider = await createUserIn("Moscow Migrant Aid", "COORDINATOR");
  await signIn(page, outsider.email, E2E_PASSWORD);
  for (const url of [`/victims/${victim.id}`, `/victims/${victim.id}/edit`]) {
    expect((await page.goto(url))?.status(), url).toBe(404);
    expect(await page.content()).not.toContain("Шарипова");
    expect(await (await page.request.get(url, { headers: { RSC: "1" } })).text()).not.toContain("Шарипова");
  }
  await page.goto("/victims?q=Sharipova");
  await expect(page.getByText("No records match.")).toBeVisible();
});

test("a second, stale save is refused, marks what changed and keeps the input", async ({ page, browser }) => {
  const first = await createUserIn("Bishkek Migrant Support", "COORDINATOR");
  const second = await createUserIn("Bishkek Migrant Support", "COORDINATOR");
  const api = await (
    await import("@playwright/test")
  ).request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(first.id)}` },
  });
  const victim = await (
    await api.post("/api/v1/victims", {
      data: {
        givenName: "Азамат",
        familyName: "Осмонов",
        sex: "MALE",
        estimatedAge: 33,
        identifiedOn: "2026-01-10",
        identifiedBy: "NGO_OUTREACH",
      },
    })
  ).json();
  await api.dispose();

  await signIn(page, first.email, E2E_PASSWORD);
  await page.goto(`/victims/${victim.id}/edit`);
  const other = await (await browser.newContext()).newPage();
  await signIn(other, second.email, E2E_PASSWORD);
  await other.goto(`/victims/${victim.id}/edit`);
  await other.getByLabel("Risk level").selectOption("HIGH");
  await other.getByRole("button", { name: "Save" }).click();
  await expect(other.getByText("Record saved.")).toBeVisible();

  await page.getByLabel("Town or village of origin").fill("Osh");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(/Someone saved this record while you were editing/)).toBeVisible();
  await expect(page.getByText("Changed by someone else while you were editing.")).toBeVisible();
  await expect(page.getByLabel("Town or village of origin")).toHaveValue("Osh");
});
