// "Repatriation steps read backwards": a step's page reads in the order it is worked (the
// step's form, then its checklist, then the move on), a saved step form shows what was saved, the
// "review the request" task is done once the request is accepted, and the bell names the case.
import { expect, test, type Locator } from "@playwright/test";
import { failOnServerErrors, signIn } from "./fixtures/accounts";
import { createApiTokenFor, createUserIn, E2E_PASSWORD, unique } from "./fixtures/factories";
import { recordConsentDirect } from "./fixtures/consents";

async function top(locator: Locator) {
  const box = await locator.boundingBox();
  expect(box, "shown on the page").not.toBeNull();
  return box!.y;
}

test("#15.7 the risk assessment: form, then checklist, then the move; the saved outcome stays shown; the review task is done; the bell names the case", async ({
  page,
  playwright,
}) => {
  test.setTimeout(90_000);
  const serverErrors = failOnServerErrors(page);
  const sender = await createUserIn("Almaty Crisis Centre", "COORDINATOR");
  const receiver = await createUserIn("Safe Return Tashkent", "COORDINATOR");
  const api = await playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(sender.id)}` },
  });
  const receiverApi = await playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(receiver.id)}` },
  });
  const tashkentId = (await (await receiverApi.get("/api/v1/me")).json()).organisation.id as string;
  const familyName = unique("Эргашева");
  const person = await (
    await api.post("/api/v1/victims", {
      data: {
        givenName: "Мохира",
        familyName,
        sex: "FEMALE",
        estimatedAge: 30,
        citizenships: ["UZ"],
        identifiedOn: "2026-05-01",
        identifiedBy: "NGO_OUTREACH",
      },
    })
  ).json();
  await recordConsentDirect(person.id, "RETURN", null);
  await recordConsentDirect(person.id, "SHARING", tashkentId);
  const { id } = await (
    await api.post("/api/v1/repatriations", { data: { victimId: person.id, receivingOrganisationId: tashkentId } })
  ).json();
  expect((await api.post(`/api/v1/repatriations/${id}/transitions`, { data: { to: "REQUESTED" } })).status()).toBe(200);

  // The bell's notice names the case number, never the person.
  await signIn(page, receiver.email, E2E_PASSWORD);
  await page.goto("/notifications");
  const notice = page
    .getByTestId("notifications")
    .locator("li", { has: page.locator(`a[href="/repatriations/${id}"]`) });
  await expect(notice).toContainText(`Case ${person.caseNumber}`);
  await expect(notice).not.toContainText(familyName);

  for (const to of ["ACCEPTED", "RISK_ASSESSMENT"])
    expect((await receiverApi.post(`/api/v1/repatriations/${id}/transitions`, { data: { to } })).status()).toBe(200);
  await page.goto(`/repatriations/${id}`);
  await expect(page.getByTestId("case-status")).toHaveText("Risk assessment");
  // The person's papers were not part of the request: the receiving side is told so, and sees none.
  await expect(page.getByTestId("case-papers")).toContainText(
    "The person's documents and legal status are not shared with your organisation",
  );

  // The request was reviewed when it was accepted: its task is done, not left open.
  const review = page.getByTestId("task-row").filter({ hasText: "Review the request" });
  await expect(review).not.toContainText("Open");
  await expect(review.getByRole("button", { name: "Mark done" })).toHaveCount(0);

  // The step's form comes first, then its checklist, then the button that moves the case on.
  const form = page.getByTestId("step-record-form");
  const checklist = page.getByTestId("tasks-table");
  const moveOn = page.getByTestId("move-TRAVEL_DOCUMENTS");
  expect(await top(form)).toBeLessThan(await top(checklist));
  expect(await top(checklist)).toBeLessThan(await top(moveOn));

  // Saved values stay in the form: after the save, and when the page is opened again.
  await form.getByLabel("Assessment outcome").selectOption({ label: "Safe with support" });
  await form
    .getByLabel("Family and community assessment")
    .fill("Her aunt in Andijan takes her in; the recruiter is not from the area.");
  await form.getByRole("button", { name: "Save the step record" }).click();
  await expect(page.getByText("Step record saved.")).toBeVisible();
  await expect(form.getByLabel("Assessment outcome")).toHaveValue("SAFE_WITH_SUPPORT");
  await page.reload();
  await expect(page.getByTestId("step-record-form").getByLabel("Assessment outcome")).toHaveValue("SAFE_WITH_SUPPORT");
  await expect(page.getByTestId("step-record-form").getByLabel("Family and community assessment")).toHaveValue(
    /aunt in Andijan/,
  );

  await api.dispose();
  await receiverApi.dispose();
  serverErrors();
});
