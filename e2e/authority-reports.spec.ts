// Reporting to the police or another authority in the browser: refused until the person's consent
// is recorded; a coordinator may decide without it in imminent danger, only with a reason (a case
// worker may not: lib/casework/authority-reports.int.test.ts); another organisation gets 404.
import { expect, test } from "@playwright/test";
import { failOnConsoleErrors, failOnServerErrors, signIn } from "./fixtures/accounts";
import { createApiTokenFor, createUserIn, E2E_PASSWORD } from "./fixtures/factories";

const ORG = "Safe Return Tashkent";

test("a report to the police waits for consent; imminent danger needs a coordinator and a reason; an outsider sees nothing", async ({
  page,
  playwright,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000); // two people, forms that ask before sending
  const checkServerErrors = failOnServerErrors(page);
  const checkConsole = failOnConsoleErrors(page);
  const coordinator = await createUserIn(ORG, "COORDINATOR");
  const api = await playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(coordinator.id)}` },
  });
  const person = await (
    await api.post("/api/v1/victims", {
      data: {
        givenName: "Nilufar",
        sex: "FEMALE",
        estimatedAge: 26,
        identifiedOn: "2026-11-02",
        identifiedBy: "HOTLINE",
      },
    })
  ).json();
  await api.dispose();

  await signIn(page, coordinator.email, E2E_PASSWORD);
  await page.goto(`/victims/${person.id}`);
  const reports = page.getByTestId("section-reports");
  await expect(reports).toContainText("No report to the police or another authority is recorded.");
  await reports.locator("summary", { hasText: "Record a report to an authority" }).click();
  await reports.getByRole("button", { name: "Record the report" }).click();
  await reports.getByRole("button", { name: "Yes, record it" }).click();
  await expect(reports.getByText(/Record the person's consent to a report first/)).toBeVisible();

  // Her consent, then the report on it.
  const consent = page.getByTestId("section-consent");
  await consent.locator("summary", { hasText: "Record a consent" }).click();
  await consent.getByLabel("Consent to").selectOption("AUTHORITY_REPORT");
  await consent.getByLabel("Language of the sheet read or signed").selectOption("ru");
  await consent.getByRole("button", { name: "Record consent" }).click();
  await expect(consent.getByTestId("consents")).toContainText("Reporting to the police or another authority");
  await reports.getByRole("button", { name: "Record the report" }).click();
  await reports.getByRole("button", { name: "Yes, record it" }).click();
  await expect(reports.getByTestId("authority-reports")).toContainText("Police");
  await expect(reports.getByTestId("authority-reports")).toContainText("The person's recorded consent");

  // Imminent danger: the reason is asked for, and kept with who decided.
  await reports.getByLabel("Authority").selectOption("PROSECUTOR");
  await reports.getByRole("radio", { name: /imminent danger/ }).check();
  await reports.getByRole("button", { name: "Record the report" }).click();
  await expect(reports.getByText(/Say why this could not wait for consent/)).toBeVisible();
  const reason = "Her employer said he would find her family in Andijan tonight.";
  await reports.getByLabel("Why it could not wait for consent").fill(reason);
  await reports.getByRole("button", { name: "Record the report" }).click();
  await reports.getByRole("button", { name: "Yes, record it" }).click();
  await expect(reports.getByTestId("authority-reports")).toContainText("Prosecutor's office");
  await expect(reports.getByTestId("authority-reports")).toContainText(reason);
  checkConsole();
  checkServerErrors();

  // Another organisation's coordinator: 404, and nothing of the reports.
  const outsider = await createUserIn("Bishkek Migrant Support", "COORDINATOR");
  const elsewhere = await (await browser.newContext({ baseURL })).newPage();
  await signIn(elsewhere, outsider.email, E2E_PASSWORD);
  expect((await elsewhere.goto(`/victims/${person.id}`))?.status()).toBe(404);
  expect(await elsewhere.content()).not.toContain("Andijan");
  await elsewhere.context().close();
});
