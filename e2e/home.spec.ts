//, "homes that are work queues": each role's home counts its work and links into the
// list it counted; a case opened from a call waits in the coordinator's intake queue (defect 4)
// until assigned; the home of an outsider and of the network administrator shows no case.
// Each journey works in an organisation of its own, so the counts are exact under parallel runs.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { failOnServerErrors, signIn } from "./fixtures/accounts";
import {
  addSupportStep,
  createApiTokenFor,
  createCallIn,
  createOrganisationWithUser,
  createUserIn,
  E2E_PASSWORD,
  unique,
} from "./fixtures/factories";

async function pageAs(browser: Browser, email: string, password = E2E_PASSWORD): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: process.env.E2E_BASE_URL })).newPage();
  await signIn(page, email, password);
  return page;
}

const count = (page: Page, key: string) => page.getByTestId(`count-${key}`);

// Journeys of several people, each signing in: longer than one page's default budget.
test.setTimeout(180_000);

test("coordinator: a case opened from a call waits in the intake queue, rings the bell, and leaves the queue once assigned", async ({
  browser,
}) => {
  const { organisation, user: coordinator } = await createOrganisationWithUser("UZ", "COORDINATOR");
  const operator = await createUserIn(organisation.name, "HOTLINE_OPERATOR");
  const worker = await createUserIn(organisation.name, "CASE_WORKER");
  const call = await createCallIn(organisation.name, operator.id, { receivedAt: new Date(Date.now() - 60_000) });
  const familyName = unique("Intakova");

  // The operator opens the case from the call.
  const operatorPage = await pageAs(browser, operator.email);
  await operatorPage.goto(`/hotline/${call.id}/open-case`);
  await operatorPage.getByLabel("Given name").fill("Gulnora");
  await operatorPage.getByLabel("Family name").fill(familyName);
  await operatorPage.getByRole("button", { name: "Open the case" }).click();
  const opened = operatorPage.getByText(/Case \S+ opened from this call\./);
  await expect(opened).toBeVisible();
  const caseNumber = (await opened.textContent())!.match(/Case (\S+) opened/)![1]!;

  // The coordinator's home: one case in the intake queue, one unread notification naming the case number.
  const page = await pageAs(browser, coordinator.email);
  const checkServerErrors = failOnServerErrors(page);
  await page.goto("/");
  await expect(count(page, "intake")).toHaveText("1");
  await expect(count(page, "unread")).toHaveText("1");
  await expect(page.getByTestId("work-queues")).not.toContainText(familyName);
  await page.getByTestId("home-bell").getByRole("link").click();
  await expect(
    page
      .getByTestId("notifications")
      .getByRole("link", { name: `Case ${caseNumber} opened from a call: assign a case worker` }),
  ).toBeVisible();
  await expect(page.getByTestId("notifications")).not.toContainText(familyName);

  // The count's link leads to the list showing exactly that case.
  await page.goto("/");
  await page.getByTestId("home-intake").getByRole("link").click();
  await expect(page).toHaveURL(/\/victims\?queue=intake$/);
  const rows = page.getByTestId("victims-table").locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(caseNumber);

  // Assigning a case worker takes it out of the queue and into that worker's caseload.
  const victimId = (await rows.first().getByRole("link", { name: caseNumber }).getAttribute("href"))!
    .split("/")
    .at(-1)!;
  await page.goto(`/victims/${victimId}/edit`);
  await page.getByLabel("Case worker").selectOption(worker.id);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(new RegExp(`/victims/${victimId}\\?saved=1`));
  await page.goto("/");
  await expect(count(page, "intake")).toHaveText("0");
  await expect(count(page, `worker-${worker.id}`)).toHaveText("1");
  await page.getByTestId("home-caseload").locator(`[data-count-key="worker-${worker.id}"] a`).click();
  await expect(page.getByTestId("victims-table").locator("tbody tr")).toHaveCount(1);
  await page.goto("/victims?queue=intake");
  await expect(page.getByTestId("victims-table")).toHaveCount(0);
  checkServerErrors();

  // The worker hears of it: their home's bell counts one message, naming the case by number only.
  const workerPage = await pageAs(browser, worker.email);
  await workerPage.goto("/");
  await expect(count(workerPage, "unread")).toHaveText("1");
  await expect(workerPage.getByTestId("bell-count")).toHaveText("1");
  await workerPage.getByTestId("home-bell").getByRole("link").click();
  await expect(
    workerPage.getByTestId("notifications").getByRole("link", { name: `Case ${caseNumber} was assigned to you` }),
  ).toBeVisible();
  await expect(workerPage.getByTestId("notifications")).not.toContainText(familyName);
  await workerPage
    .getByTestId("notifications")
    .getByRole("link", { name: `Case ${caseNumber} was assigned to you` })
    .click();
  await expect(workerPage).toHaveURL(new RegExp(`/victims/${victimId}$`));

  // An outsider's home counts none of it and shows nothing of it.
  const { user: outsider } = await createOrganisationWithUser("UZ", "COORDINATOR");
  const outsiderPage = await pageAs(browser, outsider.email);
  const response = await outsiderPage.goto("/");
  await expect(count(outsiderPage, "intake")).toHaveText("0");
  const html = (await response!.text()) + (await outsiderPage.content());
  for (const secret of [caseNumber, familyName, victimId]) expect(html).not.toContain(secret);
});

test("case worker: my people by status and support steps overdue, each leading to the list that shows them", async ({
  browser,
  playwright,
}) => {
  const { user: worker } = await createOrganisationWithUser("KZ", "CASE_WORKER");
  const api = await playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(worker.id)}` },
  });
  const created = await api.post("/api/v1/victims", {
    data: {
      givenName: "Aigerim",
      familyName: unique("Homeova"),
      sex: "FEMALE",
      estimatedAge: 26,
      citizenships: ["KZ"],
      identifiedOn: "2026-04-01",
      identifiedBy: "NGO_OUTREACH",
    },
  });
  expect(created.status()).toBe(201);
  const person = await created.json();
  await addSupportStep(person.id, new Date(Date.now() - 5 * 86_400_000));
  // Her passport runs out in a month: its reminder (two months ahead) is already late.
  const expiresOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const passport = await api.post(`/api/v1/victims/${person.id}/documents`, {
    data: { type: "PASSPORT", holder: "EMPLOYER", expiresOn },
  });
  expect(passport.status()).toBe(201);
  await api.dispose();

  const page = await pageAs(browser, worker.email);
  const checkServerErrors = failOnServerErrors(page);
  await page.goto("/");
  await expect(count(page, "status-ACTIVE")).toHaveText("1");
  await expect(count(page, "overdue")).toHaveText("1");
  await expect(count(page, "renew")).toHaveText("0");
  // Registered without any consent: the consent to services is to be recorded.
  await expect(count(page, "consent")).toHaveText("1");
  await expect(count(page, "unread")).toHaveText("0");
  await page.getByTestId("home-renewals").locator('[data-count-key="consent"] a').click();
  await expect(page).toHaveURL(/\/victims\?queue=consent$/);
  await expect(page.getByTestId("victims-table")).toContainText(person.caseNumber);
  await page.goto("/");
  await page.getByTestId("home-tasks").locator('[data-count-key="overdue"] a').click();
  await expect(page).toHaveURL(/\/victims\?queue=overdue$/);
  await expect(page.getByTestId("victims-table").locator("tbody tr")).toHaveCount(1);
  await expect(page.getByTestId("victims-table")).toContainText(person.caseNumber);
  await page.goto("/");
  await page.getByTestId("home-my-people").locator('[data-count-key="status-ACTIVE"] a').click();
  await expect(page.getByTestId("victims-table").locator("tbody tr")).toHaveCount(1);
  // The late reminder: on the home page, and the list it leads to names the case, not the person.
  await page.goto("/");
  await expect(count(page, "reminders-overdue")).toHaveText("1");
  await page.getByTestId("home-reminders").locator('[data-count-key="reminders-overdue"] a').click();
  await expect(page).toHaveURL(/\/tasks$/);
  const reminder = page.getByTestId("tasks").getByRole("listitem");
  await expect(reminder).toHaveCount(1);
  await expect(reminder).toContainText(person.caseNumber);
  await expect(reminder).toContainText("late");
  await expect(reminder).not.toContainText(person.familyName);
  checkServerErrors();
});

test("hotline operator: today's calls and callbacks due, overdue first, each a link to its list", async ({
  browser,
}) => {
  const { organisation, user: operator } = await createOrganisationWithUser("KG", "HOTLINE_OPERATOR");
  await createCallIn(organisation.name, operator.id, { receivedAt: new Date(Date.now() - 60_000) });
  await createCallIn(organisation.name, operator.id, {
    receivedAt: new Date(Date.now() - 120_000),
    callbackDueAt: new Date(Date.now() - 30_000),
  });
  const page = await pageAs(browser, operator.email);
  const checkServerErrors = failOnServerErrors(page);
  await page.goto("/");
  await expect(count(page, "today-calls")).toHaveText("2");
  await expect(count(page, "callbacks-overdue")).toHaveText("1");
  await expect(count(page, "callbacks-due")).toHaveText("1");
  await expect(page.getByTestId("home-draft")).toContainText("No unfinished call.");
  await page.getByTestId("home-today-calls").locator('[data-count-key="today-calls"] a').click();
  await expect(page).toHaveURL(/\/hotline\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByTestId("calls-table").locator("tbody tr")).toHaveCount(2);
  await page.goto("/");
  await page.getByTestId("home-callbacks").locator('[data-count-key="callbacks-overdue"] a').click();
  await expect(page).toHaveURL(/\/hotline\/callbacks$/);
  checkServerErrors();
});

test("shelter staff: the shelters they work in, with occupancy and this week's arrivals and departures", async ({
  page,
}) => {
  const checkServerErrors = failOnServerErrors(page);
  await signIn(page, "shelter@dushanbe.demo");
  await page.goto("/");
  const section = page.getByTestId("home-shelters");
  await expect(section.getByText(/beds occupied/).first()).toBeVisible();
  await expect(section.getByText(/Last 7 days:/).first()).toBeVisible();
  // Each shelter links to its bed board (not followed here: the board is the shelters spec's journey).
  await expect(section.getByRole("link").first()).toHaveAttribute("href", /^\/shelters\/[0-9a-f-]{36}$/);
  checkServerErrors();
});

test("analyst: headline figures only, no person and no case", async ({ page }) => {
  const checkServerErrors = failOnServerErrors(page);
  await signIn(page, "analyst@bishkek.demo");
  await page.goto("/");
  await expect(count(page, "calls-month")).toHaveText(/^\d+$/);
  await expect(count(page, "repatriations-open")).toHaveText(/^\d+$/);
  await expect(page.locator('a[href^="/victims"]')).toHaveCount(0);
  checkServerErrors();
});

test("network administrator: organisations and their members, never case data", async ({ page }) => {
  const { organisation } = await createOrganisationWithUser("TJ", "COORDINATOR");
  const checkServerErrors = failOnServerErrors(page);
  await signIn(page, "admin@network.demo");
  await page.goto("/");
  const row = page.getByTestId("home-organisation").filter({ hasText: organisation.name });
  await expect(row.getByTestId("home-organisation-members")).toHaveText("1");
  await expect(page.getByTestId("home-intake")).toHaveCount(0);
  await expect(page.locator('a[href^="/victims"], a[href^="/repatriations"], a[href^="/hotline"]')).toHaveCount(0);
  // No case number of any organisation (ABC-2026-00001).
  expect(await page.getByTestId("work-queues").textContent()).not.toMatch(/[A-Z]{3,5}-\d{4}-\d{5}/);
  checkServerErrors();
});
