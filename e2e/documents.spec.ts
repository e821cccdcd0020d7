// Issue 18: a person's documents. A case worker records the passport the employer keeps, a police
// report and a request to the consulate, and sees them on the person's page; the number is refused
// in place when mistyped and nothing typed is lost; a partner whose grant does not name documents
// sees the person but none of the documents, and an outsider gets 404.
import { expect, test } from "@playwright/test";
import pg from "pg";
import { failOnConsoleErrors, failOnServerErrors, signIn } from "./fixtures/accounts";
import { recordConsentDirect } from "./fixtures/consents";
import { createApiTokenFor, createUserIn, E2E_PASSWORD } from "./fixtures/factories";

test("a case worker records a passport held by the employer, a police report, a consulate request and his legal status", async ({
  page,
  browser,
  playwright,
}) => {
  test.setTimeout(120_000);
  const checkServerErrors = failOnServerErrors(page);
  const checkConsole = failOnConsoleErrors(page);
  const stamp = crypto.randomUUID().slice(0, 8);
  const number = `FA${parseInt(stamp, 16) % 10_000_000}`;
  const coordinator = await createUserIn("Moscow Migrant Aid", "COORDINATOR");
  const worker = await createUserIn("Moscow Migrant Aid", "CASE_WORKER");
  const api = await playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(coordinator.id)}` },
  });
  const person = await (
    await api.post("/api/v1/victims", {
      data: {
        givenName: "Бахтиёр",
        familyName: `Усмонов${stamp}`,
        sex: "MALE",
        estimatedAge: 31,
        citizenships: ["UZ"],
        identifiedOn: "2026-04-02",
        identifiedBy: "HOTLINE",
      },
    })
  ).json();
  const sql = new pg.Client({ connectionString: process.env.MAINTENANCE_DATABASE_URL });
  await sql.connect();
  await sql.query("UPDATE victims SET assigned_to_id = $1 WHERE id = $2", [worker.id, person.id]);
  const tashkent = (await sql.query("SELECT id FROM organisations WHERE name = 'Safe Return Tashkent'")).rows[0];
  await sql.end();

  await signIn(page, worker.email, E2E_PASSWORD);
  await page.goto(`/victims/${person.id}`);
  const section = page.getByTestId("section-documents");
  await section.locator("summary", { hasText: "Record a document" }).click();
  const form = section.getByTestId("add-document-form");
  await form.getByLabel("Document", { exact: true }).selectOption("PASSPORT");
  await form.getByLabel("Issued by (country)").selectOption("UZ");
  await form.getByLabel("Number", { exact: true }).fill(`${number}<`);
  await form.getByLabel("Who holds it now").selectOption("EMPLOYER");
  await form.getByLabel("Valid until").fill("2029-02-28");
  await form.getByRole("button", { name: "Record a document" }).click();
  // A mistyped number is refused in place, and the rest of the form is kept.
  await expect(form.getByText("Use letters, digits, spaces, dots, dashes or slashes only.")).toBeVisible();
  await expect(form.getByLabel("Valid until")).toHaveValue("2029-02-28");
  await form.getByLabel("Number", { exact: true }).fill(number);
  await form.getByRole("button", { name: "Record a document" }).click();
  await expect(page.getByText("The document is recorded.")).toBeVisible();
  const listed = page.getByTestId("person-documents").getByRole("listitem").filter({ hasText: number });
  await expect(listed).toContainText("Passport");
  await expect(listed).toContainText("Held by: the employer");

  // The steps taken to get it back, each with its date and outcome.
  for (const [kind, date, outcome] of [
    ["POLICE_REPORT", "2026-04-03", "PENDING"],
    ["CONSULATE_REQUEST", "2026-04-05", "PENDING"],
  ] as const) {
    const step = listed.locator("form[data-testid^='recovery-step-']");
    // The folded form stays open after a step: open it only when it is not.
    if (!(await step.isVisible())) await listed.locator("summary", { hasText: "Record a step to get it back" }).click();
    await step.getByLabel("Step", { exact: true }).selectOption(kind);
    await step.getByLabel("Date", { exact: true }).fill(date);
    await step.getByLabel("Outcome").selectOption(outcome);
    await step.getByRole("button", { name: "Record a step to get it back" }).click();
    await expect(page.getByText("The step is recorded.")).toBeVisible();
  }
  const steps = listed.getByTestId("document-steps");
  await expect(steps.getByRole("listitem")).toHaveCount(2);
  await expect(steps).toContainText("Reported to the police · waiting");
  await expect(steps).toContainText("Request to the consulate · waiting");

  // His legal status in Russia: expelled, a fine to pay; the line says what falls due next.
  const legal = page.getByTestId("legal-statuses");
  await legal.locator("summary", { hasText: "Record the legal status in a country" }).click();
  const status = legal.getByTestId("legal-status-form-new");
  await status.getByLabel("Country").selectOption("RU");
  await status.getByLabel("Registration", { exact: true }).selectOption("EXPIRED");
  await status.getByLabel("Overstaying since").fill("2026-03-02");
  await status.getByLabel("Fines owed").fill("5000");
  await status.getByRole("button", { name: "Save the status" }).click();
  // A fine without its currency is refused in place.
  await expect(status.getByText("Choose the currency of the amount.")).toBeVisible();
  await status.getByLabel("Currency").selectOption("RUB");
  await status.getByLabel("Fines due by").fill("2099-07-01");
  await status.getByLabel("Decision to remove").selectOption("ADMINISTRATIVE_EXPULSION");
  await status.getByLabel("Decided on").fill("2026-05-10");
  await status.getByRole("button", { name: "Save the status" }).click();
  const russia = legal.getByTestId("legal-status-RU");
  await expect(russia).toContainText("expulsion decided");
  await expect(russia).toContainText("overstaying since");
  await expect(russia).toContainText("fines owed: 5,000 RUB");
  await expect(russia.getByTestId("legal-status-next")).toContainText("Next: fines to be paid");
  checkConsole();
  checkServerErrors();

  // A partner that took him through a referral naming no documents: the person, not his papers.
  await recordConsentDirect(person.id, "SHARING", tashkent.id);
  const referral = await api.post(`/api/v1/victims/${person.id}/referrals`, {
    data: { toOrganisationId: tashkent.id, reason: `Return ${stamp}`, sharedFields: [] },
  });
  expect(referral.status(), await referral.text()).toBeLessThan(300);
  await api.dispose();
  const receiver = await createUserIn("Safe Return Tashkent", "COORDINATOR");
  const partner = await (await browser.newContext()).newPage();
  await signIn(partner, receiver.email, E2E_PASSWORD);
  await partner.goto("/referrals");
  const card = partner.locator("li", { hasText: `Return ${stamp}` });
  await card.getByRole("button", { name: "Send the answer" }).click();
  await card.getByRole("button", { name: "Yes, send the answer" }).click();
  await expect(partner.locator("li", { hasText: `Return ${stamp}` })).toContainText("Accepted");
  await partner.goto(`/victims/${person.id}`);
  await expect(partner.getByRole("heading", { level: 1 })).toContainText(`Усмонов${stamp}`);
  expect(await partner.content()).not.toContain(number);
  expect((await partner.request.get(`/api/v1/victims/${person.id}/documents`)).status()).toBe(404);

  const outsider = await createUserIn("Bishkek Migrant Support", "COORDINATOR");
  const other = await (await browser.newContext()).newPage();
  await signIn(other, outsider.email, E2E_PASSWORD);
  expect((await other.request.get(`/api/v1/victims/${person.id}/documents`)).status()).toBe(404);
});
