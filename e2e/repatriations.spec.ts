// The road home in two browsers: Almaty Crisis Centre (sending side) and Safe Return Tashkent
// (receiving side) work one case from request to closure; Bishkek sees none of it; an analyst
// sees figures only.
import { expect, test, type Page } from "@playwright/test";
import { failOnConsoleErrors, failOnServerErrors, signIn } from "./fixtures/accounts";
import { createApiTokenFor, createUserIn, E2E_PASSWORD } from "./fixtures/factories";
import { recordConsentDirect } from "./fixtures/consents";
import { GOOD_ENOUGH, recordSurvey } from "./fixtures/reintegration";

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** Moves that ask first: their form says what will happen and waits for "Yes, go ahead". */
const ASKED = ["REQUESTED", "ACCEPTED", "DECLINED", "CANCELLED", "CLOSED"];

async function move(page: Page, to: string, label: string, expected: string) {
  await page.getByTestId(`move-${to}`).getByRole("button", { name: label }).click();
  if (ASKED.includes(to)) await page.getByTestId(`move-${to}`).getByRole("button", { name: "Yes, go ahead" }).click();
  await expect(page.getByTestId("case-status")).toHaveText(expected);
}

async function saveStep(page: Page) {
  await page.getByTestId("step-record-form").getByRole("button", { name: "Save the step record" }).click();
  await expect(page.getByText("Step record saved.")).toBeVisible();
}

test("Almaty requests the return of an Uzbek citizen and Tashkent brings her home, step by step", async ({
  page,
  browser,
  playwright,
}) => {
  test.setTimeout(120_000);
  const almatyErrors = failOnServerErrors(page);
  const almatyConsole = failOnConsoleErrors(page);
  const sender = await createUserIn("Almaty Crisis Centre", "COORDINATOR");
  const receiver = await createUserIn("Safe Return Tashkent", "COORDINATOR");
  const api = await playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(sender.id)}` },
  });
  const surname = `Юлдашева${Math.floor(Math.random() * 1e6)}`;
  const person = await (
    await api.post("/api/v1/victims", {
      data: {
        givenName: "Феруза",
        familyName: surname,
        sex: "FEMALE",
        estimatedAge: 27,
        citizenships: ["UZ"],
        identifiedOn: "2026-09-01",
        identifiedBy: "NGO_OUTREACH",
      },
    })
  ).json();
  await api.patch(`/api/v1/victims/${person.id}`, {
    data: { version: 1, narrative: "Kept in a dormitory in Kaskelen, passport taken by the foreman" },
  });
  await api.dispose();
  const tashkentId = (
    await (
      await (
        await playwright.request.newContext({
          baseURL: process.env.E2E_BASE_URL,
          extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(receiver.id)}` },
        })
      ).get("/api/v1/me")
    ).json()
  ).organisation.id;

  // Almaty prepares the case from the person's record.
  await signIn(page, sender.email, E2E_PASSWORD);
  await page.goto(`/victims/${person.id}`);
  await page.getByRole("link", { name: "Request return home" }).click();
  await page.getByRole("button", { name: "Prepare the case" }).click();
  await expect(
    page.getByText("Choose who is on the other side: a partner organisation or a counterpart from your directory."),
  ).toBeVisible();
  await page
    .getByLabel("Receiving organisation (home country)")
    .selectOption({ label: "Safe Return Tashkent · Uzbekistan" });
  await page.getByLabel("Target travel date").fill(inDays(30));
  await page.getByRole("button", { name: "Prepare the case" }).click();
  await expect(page).toHaveURL(/\/repatriations\/[0-9a-f-]{36}$/);
  const caseUrl = new URL(page.url()).pathname;
  await expect(page.getByTestId("case-status")).toHaveText("Draft");

  // Without the person's consents the request is refused, with the reason.
  await page.getByTestId("move-REQUESTED").getByRole("button", { name: "Send the request" }).click();
  await page.getByTestId("move-REQUESTED").getByRole("button", { name: "Yes, go ahead" }).click();
  await expect(
    page.getByText(
      "Record the person's consent to return home and their consent to share their record with the receiving organisation first.",
    ),
  ).toBeVisible();
  await recordConsentDirect(person.id, "RETURN", null);
  await recordConsentDirect(person.id, "SHARING", tashkentId);
  await move(page, "REQUESTED", "Send the request", "Requested");

  // Tashkent hears of it through the bell, accepts, and assesses the family.
  const tashkentPage = await (await browser.newContext()).newPage();
  const tashkentErrors = failOnServerErrors(tashkentPage);
  const tashkentConsole = failOnConsoleErrors(tashkentPage);
  await signIn(tashkentPage, receiver.email, E2E_PASSWORD);
  await expect(tashkentPage.getByTestId("bell-count")).toBeVisible();
  await tashkentPage.getByTestId("bell").click();
  await tashkentPage.getByTestId("notifications").locator(`a[href="${caseUrl}"]`).first().click();
  await expect(tashkentPage.getByRole("heading", { level: 1 })).toContainText(surname);
  expect(await tashkentPage.content()).not.toContain("Kaskelen");
  await move(tashkentPage, "ACCEPTED", "Accept", "Accepted");
  await move(tashkentPage, "RISK_ASSESSMENT", "Start the risk assessment", "Risk assessment");
  await tashkentPage
    .getByTestId("move-TRAVEL_DOCUMENTS")
    .getByRole("button", { name: "Assessment done: travel documents" })
    .click();
  await expect(tashkentPage.getByText("Record the risk assessment first.")).toBeVisible();
  const risk = tashkentPage.getByTestId("step-record-form");
  await risk.getByLabel("Assessment outcome").selectOption({ label: "Safe with support" });
  await risk
    .getByLabel("Family and community assessment")
    .fill("Her mother in Namangan welcomes her; the recruiter is a cousin who now lives in Russia.");
  // What she may face at home is the home side's to say (a citizen is never barred from entry).
  await risk
    .getByRole("group", { name: "Risks the person faces at home" })
    .getByLabel("Within the recruiter's reach")
    .check();
  await saveStep(tashkentPage);
  await move(tashkentPage, "TRAVEL_DOCUMENTS", "Assessment done: travel documents", "Travel documents");
  await expect(tashkentPage.getByTestId("step-record")).toContainText("Within the recruiter's reach");
  await tashkentPage
    .getByLabel("Message", { exact: true })
    .fill("Nothing stands against her at home. We will meet her at Tashkent airport.");
  await tashkentPage.getByRole("button", { name: "Send" }).click();
  await expect(tashkentPage.getByTestId("messages")).toContainText("We will meet her at Tashkent airport.");

  // Almaty gets the document, answers, plans the journey and sees her off.
  await page.reload();
  await expect(page.getByTestId("case-status")).toHaveText("Travel documents");
  await expect(page.getByTestId("messages")).toContainText("Nothing stands against her at home.");
  await page.getByLabel("Message", { exact: true }).fill("The consulate issued a certificate of return today.");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByTestId("messages")).toContainText("certificate of return today");
  // The certificate is one of her documents: recorded there (issued, kept by the centre until the
  // journey), then named by the step, which reads from it where the document stands.
  await page.getByTestId("travel-document-note").getByRole("link", { name: "Open the person's documents" }).click();
  await expect(page).toHaveURL(new RegExp(`/victims/${person.id}`));
  const papers = page.getByTestId("section-documents");
  await papers.locator("summary", { hasText: "Record a document" }).click();
  const paper = papers.getByTestId("add-document-form");
  await paper.getByLabel("Document", { exact: true }).selectOption("CERTIFICATE_OF_RETURN");
  await paper.getByLabel("Issued by (country)").selectOption("UZ");
  await paper.getByLabel("Who holds it now").selectOption("ORGANISATION");
  await paper.getByLabel("Valid until").fill(inDays(20));
  await paper.getByRole("button", { name: "Record a document" }).click();
  await expect(page.getByText("The document is recorded.")).toBeVisible();
  await page.goto(caseUrl);
  const documents = page.getByTestId("step-record-form");
  const chosen = documents.getByLabel("Travel document (from the person's documents)");
  await expect(chosen.locator("option")).toHaveCount(2);
  await expect(chosen.locator("option").nth(1)).toContainText("Certificate of return · Uzbekistan");
  await chosen.selectOption({ index: 1 });
  await documents.getByLabel("Issuing consulate").fill("Consulate General of Uzbekistan in Almaty");
  await saveStep(page);
  await expect(page.getByTestId("step-record")).toContainText("In hand");
  // The saved record (document in hand) ends the document task by itself.
  await expect(
    page
      .getByTestId("task-row")
      .filter({ hasText: "Apply for a passport or certificate of return" })
      .getByRole("button", { name: "Mark done" }),
  ).toHaveCount(0);
  // A fine for the overstay holds her in Kazakhstan: recorded where she is, it blocks the plan until paid.
  await documents
    .getByRole("group", { name: "Exit conditions in the destination country" })
    .getByLabel("Fines")
    .check();
  await saveStep(page);
  const plan = page.getByTestId("move-TRAVEL_PLANNED");
  await plan.getByLabel("Travel date").fill(inDays(25));
  await plan.getByLabel("Transport").selectOption({ label: "Air" });
  await plan.getByLabel("Route").fill("Almaty - Tashkent, direct flight");
  await plan.getByLabel("Escort").fill("Almaty Crisis Centre caseworker");
  await plan.getByLabel("Handover point").fill("Tashkent airport, arrivals hall");
  await plan.getByRole("button", { name: "Plan the journey" }).click();
  await expect(page.getByText(/An exit condition still holds the person where they are/)).toBeVisible();
  await page.getByTestId("step-record-form").getByLabel("The exit conditions are resolved").check();
  await saveStep(page);
  await plan.getByRole("button", { name: "Plan the journey" }).click();
  await expect(page.getByText("The travel document expires before the travel date.")).toBeVisible();
  await plan.getByLabel("Travel date").fill(inDays(10));
  await move(page, "TRAVEL_PLANNED", "Plan the journey", "Travel planned");
  await move(page, "IN_TRANSIT", "The person has set off", "In transit");

  // Tashkent confirms the handover, plans reintegration and records the follow-ups; then closes.
  await tashkentPage.reload();
  await expect(tashkentPage.getByTestId("messages")).toContainText("certificate of return today");
  const handover = tashkentPage.getByTestId("move-HANDED_OVER");
  await handover.getByLabel("Arrived on").fill(today());
  await handover.getByLabel("Received by").fill("Safe Return Tashkent duty caseworker");
  await move(tashkentPage, "HANDED_OVER", "Confirm the handover", "Handed over");
  const reintegration = tashkentPage.getByTestId("move-REINTEGRATION");
  await reintegration.getByLabel("Health").check();
  await reintegration.getByLabel("Livelihood and vocational").check();
  await move(tashkentPage, "REINTEGRATION", "Start reintegration", "Reintegration");
  const followUps = tashkentPage.getByTestId("task-row").filter({ hasText: /Follow-up after about/ });
  await expect(followUps).toHaveCount(4);
  await tashkentPage.getByTestId("move-CLOSED").getByRole("button", { name: "Close the case" }).click();
  await tashkentPage.getByTestId("move-CLOSED").getByRole("button", { name: "Yes, go ahead" }).click();
  await expect(
    tashkentPage.getByText("Follow-ups are still open: record them, or give a reason to close now."),
  ).toBeVisible();
  // The first follow-up is a survey; its score shows on the case. The case closes early with a reason.
  await recordSurvey(tashkentPage, 1, GOOD_ENOUGH, "Living with her mother, attends a sewing course");
  await expect(tashkentPage.getByTestId("follow-up-row-1")).toBeVisible();
  await tashkentPage
    .getByTestId("move-CLOSED")
    .getByLabel(/reason/i)
    .fill("She moved to her aunt in Fergana; the Fergana partner follows up");
  await move(tashkentPage, "CLOSED", "Close the case", "Closed");
  tashkentErrors();
  tashkentConsole();

  // Almaty sees the whole road in the timeline.
  await page.reload();
  await expect(page.getByTestId("case-status")).toHaveText("Closed");
  const timeline = page.getByTestId("timeline");
  for (const status of [
    "Requested",
    "Accepted",
    "Risk assessment",
    "Travel documents",
    "Travel planned",
    "In transit",
    "Handed over",
    "Reintegration",
    "Closed",
  ]) {
    await expect(timeline).toContainText(`moved the case to “${status}”`);
  }
  await expect(page.getByTestId("step-record")).toContainText("Safe with support");
  almatyErrors();
  almatyConsole();

  // Bishkek sees none of it: not the case, not the person, not on its board.
  const bishkek = await createUserIn("Bishkek Migrant Support", "COORDINATOR");
  const bishkekPage = await (await browser.newContext()).newPage();
  await signIn(bishkekPage, bishkek.email, E2E_PASSWORD);
  const denied = await bishkekPage.goto(caseUrl);
  expect(denied?.status()).toBe(404);
  expect(await bishkekPage.content()).not.toContain(surname);
  expect((await bishkekPage.goto(`/victims/${person.id}`))?.status()).toBe(404);
  await bishkekPage.goto("/repatriations");
  expect(await bishkekPage.content()).not.toContain(surname);
  await bishkekPage.goto("/notifications");
  expect(await bishkekPage.content()).not.toContain(caseUrl);

  // A Tashkent analyst sees figures, not cases.
  const analystPage = await (await browser.newContext()).newPage();
  await signIn(analystPage, "analyst@tashkent.demo");
  expect((await analystPage.goto(caseUrl))?.status()).toBe(404);
  expect((await analystPage.goto("/repatriations"))?.status()).toBe(404);
  await analystPage.goto("/repatriations/figures");
  await expect(analystPage.getByTestId("repatriation-figures")).toBeVisible();
  await expect(analystPage.getByTestId("median-to-handover")).toContainText("day");
  expect(await analystPage.content()).not.toContain(surname);
});
