// A person's case file: the summary header, the outline, a section's list with its own
// "add" beside it, empty states that say what to do first; and the dead ends of defect 5: a case
// worker is told who can refer, a return home lists both consents it needs with "record it" in
// place, and the refusal is said once.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { failOnConsoleErrors, failOnServerErrors, signIn } from "./fixtures/accounts";
import { createApiTokenFor, createUserIn, E2E_PASSWORD } from "./fixtures/factories";

async function apiAs(
  playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } },
  userId: string,
) {
  return playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(userId)}` },
  });
}

async function registerPerson(api: APIRequestContext, familyName: string, extra: Record<string, unknown> = {}) {
  const created = await api.post("/api/v1/victims", {
    data: {
      givenName: "Зарина",
      familyName,
      sex: "FEMALE",
      estimatedAge: 31,
      citizenships: ["UZ"],
      identifiedOn: "2026-10-01",
      identifiedBy: "NGO_OUTREACH",
      ...extra,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  return (await created.json()) as { id: string };
}

/** Opens a section's folded form by its summary, as a person would. */
async function openAdd(page: Page, section: string, summary: string) {
  await page.getByTestId(`section-${section}`).getByText(summary, { exact: true }).click();
}

test("a coordinator reads the case file at a glance and adds to the support plan beside its list", async ({
  page,
  playwright,
}) => {
  const serverErrors = failOnServerErrors(page);
  const consoleErrors = failOnConsoleErrors(page);
  const coordinator = await createUserIn("Almaty Crisis Centre", "COORDINATOR");
  const surname = `Рахимова${Math.floor(Math.random() * 1e6)}`;
  const api = await apiAs(playwright, coordinator.id);
  const person = await registerPerson(api, surname, {
    givenNameLatin: "Zarina",
    familyNameLatin: "Rakhimova",
    riskLevel: "HIGH",
    restricted: true,
  });
  await api.dispose();

  await signIn(page, coordinator.email, E2E_PASSWORD);
  await page.goto(`/victims/${person.id}`);

  // The header: both scripts, case number, status, risk, worker, and the flags.
  const header = page.getByTestId("casefile-header");
  await expect(header.getByRole("heading", { level: 1 })).toHaveText(`Зарина ${surname}`);
  await expect(header).toContainText("Zarina Rakhimova");
  await expect(header.getByTestId("case-number")).toHaveText(/^[A-Z]{3}-\d{4}-\d{5}$/);
  await expect(header.getByTestId("case-status")).toHaveText("Active");
  await expect(header).toContainText("High");
  await expect(header.getByTestId("casefile-flags")).toContainText("Consent missing");
  await expect(header.getByTestId("casefile-flags")).toContainText("Restricted");

  // Empty sections say what to do first.
  const support = page.getByTestId("section-support");
  await expect(support).toContainText("Nothing planned yet. Start with what the person needs most now");
  await expect(page.getByTestId("section-timeline")).toContainText("Nothing on the timeline yet.");
  await expect(page.getByTestId("section-consent")).toContainText("No consent recorded yet.");

  // The outline's links reach their sections.
  const outline = page.getByRole("navigation", { name: "Sections of the case file" });
  await outline.getByRole("link", { name: /Support plan/ }).click();
  await expect(page).toHaveURL(/#support$/);
  await expect(support.getByRole("heading", { level: 2, name: "Support plan" })).toBeInViewport();
  await outline.getByRole("link", { name: /Documents and legal status/ }).click();
  await expect(page.getByTestId("section-documents").getByRole("heading", { level: 2 })).toBeInViewport();

  // Forms are folded until asked for; the support plan's form sits in the support plan's section.
  await expect(support.getByLabel("Provided by")).toBeHidden();
  await openAdd(page, "support", "Add a support item");
  await support.getByLabel("Area").selectOption({ label: "Legal" });
  await support.getByLabel("Provided by").fill("Adilet legal clinic");
  await support.getByRole("button", { name: "Add to the support plan" }).click();
  await expect(support.getByText("Added to the support plan.")).toBeVisible();
  await expect(support.getByTestId("support-items")).toContainText("Legal: Planned (Adilet legal clinic)");
  await expect(support).not.toContainText("Nothing planned yet.");

  // Marking a step done says so afterwards (a success message after every action).
  await support.getByRole("button", { name: "Mark done" }).click();
  await expect(page.getByText("Support plan updated.")).toBeVisible();
  await expect(support.getByTestId("support-items")).toContainText("Legal: Done (Adilet legal clinic)");

  serverErrors();
  consoleErrors();
});

test("a case worker is told who refers and asks for a shelter place, and may prepare a return worked alone", async ({
  page,
  playwright,
}) => {
  const serverErrors = failOnServerErrors(page);
  const worker = await createUserIn("Almaty Crisis Centre", "CASE_WORKER");
  const surname = `Каримова${Math.floor(Math.random() * 1e6)}`;
  const api = await apiAs(playwright, worker.id);
  const person = await registerPerson(api, surname);
  await api.dispose();

  await signIn(page, worker.email, E2E_PASSWORD);
  await page.goto(`/victims/${person.id}`);
  const referrals = page.getByTestId("section-referrals");
  await expect(referrals.getByTestId("who-can")).toHaveText(
    "Referrals to another organisation are made by a coordinator of your organisation.",
  );
  await expect(referrals.getByRole("button", { name: "Refer" })).toHaveCount(0);
  // A return the organisation works alone (a counterpart, a deportation) is the case worker's to prepare.
  await expect(page.getByTestId("section-return").getByTestId("who-can")).toHaveCount(0);
  await expect(page.getByTestId("section-return").getByRole("link", { name: "Request return home" })).toBeVisible();
  await expect(page.getByTestId("section-shelter").getByTestId("who-can")).toHaveText(
    "A shelter place is asked for by a coordinator of your organisation.",
  );
  // What the case worker may do is there, folded beside its list.
  await openAdd(page, "timeline", "Add a note");
  await page
    .getByTestId("section-timeline")
    .getByLabel("Note")
    .fill("First meeting at the centre; she asked for a lawyer.");
  await page.getByTestId("section-timeline").getByRole("button", { name: "Add to the timeline" }).click();
  await expect(page.getByTestId("case-notes")).toContainText("she asked for a lawyer");
  serverErrors();
});

test("a return home lists both consents it needs, links to the consent form in place, and is refused once", async ({
  page,
  playwright,
}) => {
  test.setTimeout(90_000);
  const serverErrors = failOnServerErrors(page);
  const coordinator = await createUserIn("Almaty Crisis Centre", "COORDINATOR");
  const surname = `Юсупова${Math.floor(Math.random() * 1e6)}`;
  const api = await apiAs(playwright, coordinator.id);
  const person = await registerPerson(api, surname);
  await api.dispose();

  await signIn(page, coordinator.email, E2E_PASSWORD);
  await page.goto(`/victims/${person.id}`);
  // Before any case: what a request will need, on the person's page.
  const back = page.getByTestId("section-return");
  await expect(back.getByTestId("request-consents")).toContainText("Consent to return home (missing)");
  await expect(back.getByTestId("request-consents")).toContainText(
    "Consent to share the record with the receiving organisation",
  );
  // A referral needs sharing consent: said once, with "record it".
  await expect(page.getByTestId("section-referrals").getByTestId("consent-checklist")).toContainText(
    "Consent to share the record with the receiving organisation (missing)",
  );

  // Referring anyway: the refusal is said once, under the field (it stood twice, above and below).
  await openAdd(page, "referrals", "Refer to another organisation");
  await page.getByLabel("Refer to").selectOption({ label: "Safe Return Tashkent" });
  await page.getByLabel("Reason", { exact: true }).fill("Legal aid at home");
  await page.getByRole("button", { name: "Refer", exact: true }).click();
  await expect(
    page.getByText("The person has not consented to sharing with this organisation. Record the consent first."),
  ).toHaveCount(1);

  await back.getByRole("link", { name: "Request return home" }).click();
  await expect(page.getByTestId("request-consents")).toHaveCount(1);
  await page
    .getByLabel("Receiving organisation (home country)")
    .selectOption({ label: "Safe Return Tashkent · Uzbekistan" });
  await page.getByRole("button", { name: "Prepare the case" }).click();
  await expect(page).toHaveURL(/\/repatriations\/[0-9a-f-]{36}$/);
  const caseUrl = new URL(page.url()).pathname;

  // The draft's header names both consents, for this receiver.
  const checklist = page.getByTestId("request-consents");
  await expect(checklist).toContainText("Consent to return home (missing)");
  await expect(checklist).toContainText("Consent to share the record with Safe Return Tashkent (missing)");

  // Sending anyway: one refusal naming both consents, and a way to the checklist.
  await page.getByTestId("move-REQUESTED").getByRole("button", { name: "Send the request" }).click();
  await page.getByTestId("move-REQUESTED").getByRole("button", { name: "Yes, go ahead" }).click();
  const refusal =
    "Record the person's consent to return home and their consent to share their record with the receiving organisation first.";
  await expect(page.getByText(refusal)).toHaveCount(1);
  await expect(page.getByText(refusal)).toBeVisible();
  await expect(page.getByRole("link", { name: "See which consents are missing" })).toHaveAttribute(
    "href",
    "#request-consents",
  );

  // "record it" opens the consent form on the person's page, in place.
  await checklist.getByRole("link", { name: "record it" }).first().click();
  await expect(page).toHaveURL(new RegExp(`/victims/${person.id}\\?add=consent#consent$`));
  const consent = page.getByTestId("section-consent");
  await expect(consent.getByLabel("Consent to")).toBeVisible();
  await consent.getByLabel("Consent to").selectOption("RETURN");
  await consent.getByLabel("Language of the sheet read or signed").selectOption("ru");
  await consent.getByRole("button", { name: "Record consent" }).click();
  await expect(consent.getByText("Consent recorded.")).toBeVisible();
  await consent.getByLabel("Consent to").selectOption("SHARING");
  await consent.getByLabel("Sharing with").selectOption({ label: "Safe Return Tashkent" });
  await consent.getByLabel("Language of the sheet read or signed").selectOption("ru");
  await consent.getByRole("button", { name: "Record consent" }).click();
  await expect(consent.getByTestId("consents")).toContainText("Sharing with an organisation · Safe Return Tashkent");
  await expect(page.getByTestId("section-referrals")).toContainText(
    "The person agreed to share their record with: Safe Return Tashkent.",
  );
  // The return's consents are there; the consent to services, the base of all work, is not yet.
  await expect(page.getByTestId("casefile-flags")).toContainText("Consent missing");
  await consent.getByLabel("Consent to").selectOption("SERVICES");
  await consent.getByLabel("Language of the sheet read or signed").selectOption("ru");
  await consent.getByRole("button", { name: "Record consent" }).click();
  await expect(consent.getByTestId("consents")).toContainText("Receiving services");
  await expect(page.getByTestId("casefile-flags")).not.toContainText("Consent missing");

  await page.goto(caseUrl);
  await expect(page.getByTestId("request-consents")).toHaveCount(0);
  await page.getByTestId("move-REQUESTED").getByRole("button", { name: "Send the request" }).click();
  await page.getByTestId("move-REQUESTED").getByRole("button", { name: "Yes, go ahead" }).click();
  await expect(page.getByTestId("case-status")).toHaveText("Requested");
  serverErrors();
});
