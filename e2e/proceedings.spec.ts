// Issue 18: a person's legal proceedings. A coordinator records a criminal case against the
// recruiter, the person a victim, the court running it, with a hearing next week, and sees it on the
// case file with the hearing date highlighted; the section fits a 360 px phone, forms open.
import { expect, test } from "@playwright/test";
import { failOnConsoleErrors, failOnServerErrors, signIn } from "./fixtures/accounts";
import { createApiTokenFor, createUserIn, E2E_PASSWORD } from "./fixtures/factories";

/** The calendar day `days` from now, as the date input takes it (YYYY-MM-DD). */
const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test("a coordinator records a criminal case with a hearing next week and sees it on the case file", async ({
  page,
  playwright,
}) => {
  test.setTimeout(120_000);
  const checkServerErrors = failOnServerErrors(page);
  const checkConsole = failOnConsoleErrors(page);
  const stamp = crypto.randomUUID().slice(0, 8);
  const caseNumber = `12757${parseInt(stamp, 16) % 1_000_000}`;
  const coordinator = await createUserIn("Almaty Crisis Centre", "COORDINATOR");
  const api = await playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(coordinator.id)}` },
  });
  const person = await (
    await api.post("/api/v1/victims", {
      data: {
        givenName: "Зарина",
        familyName: `Каримова${stamp}`,
        sex: "FEMALE",
        estimatedAge: 23,
        citizenships: ["UZ"],
        identifiedOn: "2026-04-02",
        identifiedBy: "HOTLINE",
      },
    })
  ).json();
  await api.dispose();

  await signIn(page, coordinator.email, E2E_PASSWORD);
  await page.goto(`/victims/${person.id}`);
  const section = page.getByTestId("section-proceedings");
  await expect(section).toContainText("No legal proceedings recorded.");
  await section.locator("summary", { hasText: "Record a case" }).click();
  const form = section.getByTestId("add-proceeding-form");
  await form.getByLabel("Kind of case").selectOption("CRIMINAL");
  await form.getByLabel("The person's role in the case").selectOption("VICTIM");
  await form.getByLabel("Who runs it now").selectOption("COURT");
  await form.getByLabel("Name of the court or department").fill("Auezov District Court of Almaty");
  await form.getByLabel("Country").selectOption("KZ");
  await form.getByLabel("Case number at the authority").fill(caseNumber);
  await form.getByLabel("Closed hearing").first().check();
  await form.getByLabel("Compensation claimed").fill("2500000");
  await form.getByRole("button", { name: "Record a case" }).click();
  // An amount without its currency is refused in place, and the rest of the form is kept.
  await expect(form.getByText("Choose the currency of the amount.")).toBeVisible();
  await expect(form.getByLabel("Case number at the authority")).toHaveValue(caseNumber);
  await form.getByLabel("Currency").selectOption("KZT");
  const hearingOn = dayFromNow(7);
  await form.getByLabel("Hearing date").fill(hearingOn);
  await form.getByLabel("Time (local)").fill("10:30");
  await form.getByRole("button", { name: "Record a case" }).click();
  await expect(page.getByText("The case is recorded.")).toBeVisible();

  const listed = page.getByTestId("person-proceedings").getByRole("listitem").filter({ hasText: caseNumber });
  await expect(listed).toContainText("Criminal case · Court (Auezov District Court of Almaty) · Kazakhstan");
  await expect(listed.getByTestId("proceeding-role")).toHaveText("Role: Victim (injured party)");
  await expect(listed.getByTestId("non-punishment")).toHaveCount(0);
  const shownDate = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${hearingOn}T00:00:00Z`),
  );
  await expect(listed.getByTestId("next-hearing")).toContainText(`Next hearing ${shownDate}, 10:30`);
  await expect(listed).toContainText("Protection asked: Closed hearing; granted: none");
  await expect(listed).toContainText("Compensation claimed: 2,500,000 KZT; awarded: —");
  await expect(listed.getByTestId("proceeding-outcome")).toHaveText("Outcome: Under way");

  // The person is charged in a second case: the case file marks it, with the non-punishment hint.
  // The folded form stays open after a case: open it only when it is not.
  if (!(await form.isVisible())) await section.locator("summary", { hasText: "Record a case" }).click();
  await form.getByLabel("Kind of case").selectOption("ADMINISTRATIVE");
  await form.getByLabel("The person's role in the case").selectOption("ACCUSED");
  await form.getByLabel("Who runs it now").selectOption("MIGRATION_SERVICE");
  await form.getByLabel("Case number at the authority").fill(`5-${stamp}/2026`);
  await form.getByRole("button", { name: "Record a case" }).click();
  await expect(page.getByText("The case is recorded.")).toBeVisible();
  const charged = page
    .getByTestId("person-proceedings")
    .getByRole("listitem")
    .filter({ hasText: `5-${stamp}/2026` });
  await expect(charged.getByTestId("proceeding-role")).toContainText("Charged");
  await expect(charged.getByTestId("non-punishment")).toContainText("non-punishment principle");
  // The hearing next week is among the organisation's reminders, by case number only; done, it
  // leaves the open ones.
  await page.goto("/tasks?view=all");
  const reminder = page.getByTestId("tasks").getByRole("listitem").filter({ hasText: person.caseNumber });
  await expect(reminder).toContainText(`Hearing on ${shownDate}`);
  await expect(reminder).not.toContainText(person.familyName);
  await reminder.getByRole("button", { name: "Mark done" }).click();
  await expect(page.getByText("The task is done.")).toBeVisible();
  await expect(page.getByTestId("tasks").getByRole("listitem").filter({ hasText: person.caseNumber })).toHaveCount(0);

  // The court postpones the hearing by a week: changed on the case file, the reminder comes back
  // with the new date (a new date is a new thing to act on).
  await page.goto(`/victims/${person.id}`);
  const hearingRow = listed.getByTestId("proceeding-hearings").getByRole("listitem").first();
  await hearingRow.locator("summary", { hasText: "Change: postponed, held or cancelled" }).click();
  const change = hearingRow.locator("form[data-testid^='edit-hearing-']");
  const postponedTo = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await change.getByLabel("Hearing date").fill(postponedTo);
  await change.getByLabel("What it is for, what came of it").fill("Postponed: the judge is on leave");
  await change.getByRole("button", { name: "Save the hearing" }).click();
  await expect(page.getByText("The hearing is saved; its reminder follows.")).toBeVisible();
  const postponedShown = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${postponedTo}T00:00:00Z`),
  );
  await expect(listed.getByTestId("next-hearing")).toContainText(`Next hearing ${postponedShown}, 10:30`);
  await page.goto("/tasks?view=all");
  await expect(page.getByTestId("tasks").getByRole("listitem").filter({ hasText: person.caseNumber })).toContainText(
    `Hearing on ${postponedShown}`,
  );
  await page.goto(`/victims/${person.id}`);
  checkConsole();
  checkServerErrors();

  // On a 360 px phone the section fits, its forms open.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.reload();
  await page.locator("#proceedings summary", { hasText: "Record a case" }).click();
  await listed.locator("summary", { hasText: "Change this case" }).click();
  await listed.locator("summary", { hasText: "Record a hearing" }).click();
  await listed.locator("summary", { hasText: "Change: postponed, held or cancelled" }).first().click();
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    fits: document.documentElement.clientWidth,
    section: Math.ceil(document.getElementById("proceedings")!.getBoundingClientRect().right),
  }));
  expect(widths.page, "the page scrolls sideways").toBeLessThanOrEqual(widths.fits);
  expect(widths.section, "the section sticks out").toBeLessThanOrEqual(widths.fits);
});
