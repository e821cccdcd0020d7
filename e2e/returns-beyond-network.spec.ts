// Returns beyond the network (issue 19, decision 0030/0031), in the browser:
// - an Almaty case worker brings an Afghan woman home to Afghanistan with IOM Kabul, a counterpart
//   outside Tumar, working every step alone;
// - a Tashkent coordinator records a deportation from Russia announced for tomorrow, the person's
//   reception, and the 3-month follow-up whose score shows on the case and in the figures.
import { expect, test, type APIRequest, type Page } from "@playwright/test";
import { failOnConsoleErrors, failOnServerErrors, signIn } from "./fixtures/accounts";
import { createApiTokenFor, createUserIn, E2E_PASSWORD } from "./fixtures/factories";
import { recordConsentDirect } from "./fixtures/consents";
import { GOOD_ENOUGH, recordSurvey } from "./fixtures/reintegration";

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const ASKED = ["REQUESTED", "ACCEPTED", "CLOSED"];

async function move(page: Page, to: string, label: string, expected: string) {
  await page.getByTestId(`move-${to}`).getByRole("button", { name: label }).click();
  if (ASKED.includes(to)) await page.getByTestId(`move-${to}`).getByRole("button", { name: "Yes, go ahead" }).click();
  await expect(page.getByTestId("case-status")).toHaveText(expected);
}

async function saveStep(page: Page) {
  await page.getByTestId("step-record-form").getByRole("button", { name: "Save the step record" }).click();
  await expect(page.getByText("Step record saved.")).toBeVisible();
}

async function apiAs(playwright: { request: APIRequest }, userId: string) {
  return playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(userId)}` },
  });
}

test("an Almaty case worker returns a person to Afghanistan with IOM Kabul, working every step alone", async ({
  page,
  playwright,
}) => {
  test.setTimeout(120_000);
  const errors = failOnServerErrors(page);
  const consoleErrors = failOnConsoleErrors(page);
  const worker = await createUserIn("Almaty Crisis Centre", "CASE_WORKER");
  const api = await apiAs(playwright, worker.id);
  const surname = `Ахмадзай${Math.floor(Math.random() * 1e6)}`;
  // Her record is the case worker's own (a case worker's new record is assigned to them).
  const person = await (
    await api.post("/api/v1/victims", {
      data: {
        givenName: "Мариам",
        familyName: surname,
        sex: "FEMALE",
        estimatedAge: 26,
        citizenships: ["AF"],
        identifiedOn: "2026-10-01",
        identifiedBy: "NGO_OUTREACH",
      },
    })
  ).json();
  const iomName = `IOM Kabul ${surname.slice(-6)}`;
  const iom = await api.post("/api/v1/counterparts", {
    data: { name: iomName, countryCode: "AF", type: "IOM", phone: "+93 20 000 0000" },
  });
  expect(iom.status()).toBe(201);
  const passport = await api.post(`/api/v1/victims/${person.id}/documents`, {
    data: { type: "PASSPORT", issuingCountry: "AF", holder: "PERSON", expiresOn: inDays(700) },
  });
  expect(passport.status()).toBe(201);
  await api.dispose();
  await recordConsentDirect(person.id, "RETURN", null);

  await signIn(page, worker.email, E2E_PASSWORD);
  // Her consent to tell IOM Kabul about her, recorded on her record: it names the counterpart.
  await page.goto(`/victims/${person.id}?add=consent#consent`);
  const consent = page.getByTestId("section-consent");
  await consent.getByLabel("Consent to").selectOption("SHARING");
  await consent.getByLabel("Or a counterpart outside Tumar").selectOption({ label: iomName });
  await consent.getByLabel("Language of the sheet read or signed").selectOption("ru");
  await consent.getByRole("button", { name: "Record consent" }).click();
  await expect(consent.getByTestId("consents")).toContainText(iomName);

  await page.getByRole("link", { name: "Request return home" }).click();
  // A case worker is offered no partner organisation: only a counterpart, worked alone.
  await expect(page.getByLabel("Receiving organisation (home country)")).toHaveCount(0);
  await page.getByLabel("Counterpart outside Tumar").selectOption({ label: `${iomName} · Afghanistan` });
  await page.getByRole("button", { name: "Prepare the case" }).click();
  await expect(page).toHaveURL(/\/repatriations\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("case-counterpart")).toContainText(iomName);
  await expect(page.getByTestId("case-worked-alone")).toContainText("Your organisation works every step");

  // Every step, both sides' moves, by the one case worker.
  await move(page, "REQUESTED", "Send the request", "Requested");
  await move(page, "ACCEPTED", "Accept", "Accepted");
  await move(page, "RISK_ASSESSMENT", "Start the risk assessment", "Risk assessment");
  const risk = page.getByTestId("step-record-form");
  await risk.getByLabel("Assessment outcome").selectOption({ label: "Safe with support" });
  await risk
    .getByRole("group", { name: "Risks the person faces at home" })
    .getByLabel("Danger in the community")
    .check();
  await risk.getByLabel("Risks at home: details").fill("IOM Kabul will place her with her brother's family in Herat.");
  // The decision to plan despite an open exit condition is not the case worker's: no such field.
  await expect(risk.getByLabel("Coordinator's decision to plan the travel all the same")).toHaveCount(0);
  await saveStep(page);
  await move(page, "TRAVEL_DOCUMENTS", "Assessment done: travel documents", "Travel documents");
  const documents = page.getByTestId("step-record-form");
  await documents.getByLabel("Travel document (from the person's documents)").selectOption({ index: 1 });
  await saveStep(page);
  await expect(page.getByTestId("step-record")).toContainText("In hand");
  const plan = page.getByTestId("move-TRAVEL_PLANNED");
  await plan.getByLabel("Travel date").fill(inDays(12));
  await plan.getByLabel("Transport").selectOption({ label: "Air" });
  await plan.getByLabel("Route").fill("Almaty - Dubai - Kabul");
  await plan.getByLabel("Handover point").fill("Kabul airport, IOM reception desk");
  await move(page, "TRAVEL_PLANNED", "Plan the journey", "Travel planned");
  await move(page, "IN_TRANSIT", "The person has set off", "In transit");
  const handover = page.getByTestId("move-HANDED_OVER");
  await handover.getByLabel("Arrived on").fill(inDays(0));
  await handover.getByLabel("Received by").fill("IOM Kabul reception officer");
  await move(page, "HANDED_OVER", "Confirm the handover", "Handed over");
  await expect(page.getByTestId("timeline")).toContainText("moved the case to “Handed over”");
  // The board shows the counterpart as the other side.
  await page.goto("/repatriations?kind=ASSISTED");
  await expect(page.getByTestId("repatriations-table")).toContainText(iomName);
  errors();
  consoleErrors();
});

test("a Tashkent coordinator records a deportation announced for tomorrow, the reception, and the 3-month follow-up's score", async ({
  page,
  playwright,
}) => {
  test.setTimeout(120_000);
  const errors = failOnServerErrors(page);
  const consoleErrors = failOnConsoleErrors(page);
  const coordinator = await createUserIn("Safe Return Tashkent", "COORDINATOR");
  const api = await apiAs(playwright, coordinator.id);
  const surname = `Рахимов${Math.floor(Math.random() * 1e6)}`;
  const person = await (
    await api.post("/api/v1/victims", {
      data: {
        givenName: "Бахтиёр",
        familyName: surname,
        sex: "MALE",
        estimatedAge: 31,
        citizenships: ["UZ"],
        identifiedOn: "2026-11-20",
        identifiedBy: "HOTLINE",
      },
    })
  ).json();
  await api.dispose();

  await signIn(page, coordinator.email, E2E_PASSWORD);
  await page.goto(`/victims/${person.id}`);
  await page.getByRole("link", { name: "Request return home" }).click();
  await page.getByLabel("Deportation or expulsion").check();
  await page.getByLabel("Deported from").selectOption({ label: "Russia" });
  await page.getByRole("button", { name: "Prepare the case" }).click();
  await expect(page).toHaveURL(/\/repatriations\/[0-9a-f-]{36}$/);
  const caseUrl = page.url();
  await expect(page.getByTestId("case-kind")).toContainText("Deportation or expulsion");
  // Nothing is asked of the person before a deportation: no consent checklist, no request.
  await expect(page.getByTestId("request-consents")).toHaveCount(0);
  await expect(page.getByTestId("move-REQUESTED")).toHaveCount(0);

  // Announced for tomorrow: flight and arrival point, as the consulate said.
  const announce = page.getByTestId("move-TRAVEL_PLANNED");
  await announce.getByLabel("Travel date").fill(inDays(1));
  await announce.getByRole("button", { name: "Record the announced deportation" }).click();
  await expect(page.getByText("Give the date of the deportation and where the person arrives.")).toBeVisible();
  await announce.getByLabel("Route").fill("Moscow (Vnukovo) - Tashkent, flight HY-604");
  await announce.getByLabel("Transport").selectOption({ label: "Air" });
  await announce.getByLabel("Handover point").fill("Tashkent International Airport, border control");
  await move(page, "TRAVEL_PLANNED", "Record the announced deportation", "Deportation announced");
  await expect(page.getByTestId("task-row").filter({ hasText: "Arrange the reception" })).toBeVisible();

  // Met on arrival.
  const reception = page.getByTestId("move-HANDED_OVER");
  await reception.getByLabel("Arrived on").fill(inDays(1));
  await reception.getByLabel("Received by").fill("Safe Return Tashkent duty caseworker");
  await move(page, "HANDED_OVER", "Record the reception", "Met on arrival");

  // The plan and the 3-month follow-up.
  const section = page.getByTestId("reintegration");
  await section.locator("summary", { hasText: "Add assistance to the plan" }).click();
  const item = page.getByTestId("add-assistance");
  await item.getByLabel("Assistance", { exact: true }).selectOption({ label: "Micro-grant" });
  await item.getByLabel("Provider").fill("IOM Tashkent");
  await item.getByLabel("Amount").fill("1200");
  await item.getByLabel("Currency").selectOption("USD");
  await item.getByRole("button", { name: "Add assistance to the plan" }).click();
  await expect(page.getByText("The assistance was added to the plan.")).toBeVisible();
  await expect(page.getByTestId("assistance-table")).toContainText("1200.00 USD");
  const start = page.getByTestId("move-REINTEGRATION");
  await start.getByLabel("Livelihood and vocational").check();
  await move(page, "REINTEGRATION", "Start reintegration", "Reintegration");
  await recordSurvey(page, 3, GOOD_ENOUGH, "Runs a small bakery stall with the grant");
  // economic (0.5 + 0.5 + 1) / 3, social (1 + 0.5) / 2, psychosocial (1 + 1 + 0.5) / 3, weighed 35/30/35.
  await expect(page.getByTestId("follow-up-overall-3")).toHaveText("75");
  await expect(page.getByTestId("task-row").filter({ hasText: "Follow-up after about 3 months" })).not.toContainText(
    "Record the survey",
  );

  // The figures count it, by kind of return, country pair and assistance.
  await page.goto("/repatriations/figures");
  const figures = page.getByTestId("reintegration-figures");
  await expect(figures.getByTestId("scores-by-kind")).toContainText("Deportation or expulsion");
  await expect(figures.getByTestId("scores-by-assistance")).toContainText("Micro-grant");
  await expect(figures.getByTestId("scores-by-pair")).toContainText("Russia → Uzbekistan");
  // On a phone the case page and the figures fit.
  await page.setViewportSize({ width: 360, height: 740 });
  for (const url of ["/repatriations/figures", caseUrl]) {
    await page.goto(url);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      fits: document.documentElement.clientWidth,
    }));
    expect(widths.page, `${url} scrolls sideways`).toBeLessThanOrEqual(widths.fits);
  }
  errors();
  consoleErrors();
});
