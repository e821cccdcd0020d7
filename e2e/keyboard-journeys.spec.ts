// Issue 21, keyboard only: the shelter's and the return's everyday steps done without a mouse, the
// focus visible at each stop (the hotline's call is logged by keyboard in hotline-intake.spec.ts).
import { expect, test } from "@playwright/test";
import { failOnServerErrors, signIn } from "./fixtures/accounts";
import { recordConsentDirect } from "./fixtures/consents";
import { createApiTokenFor, createUserIn, E2E_PASSWORD, unique } from "./fixtures/factories";
import { expectVisibleFocus, tabTo } from "./fixtures/keyboard";

test("a shelter coordinator admits a person to a bed with the keyboard only", async ({ page, playwright }) => {
  const checkServerErrors = failOnServerErrors(page);
  const coordinator = await createUserIn("Almaty Crisis Centre", "COORDINATOR");
  const api = await playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(coordinator.id)}` },
  });
  const shelterName = unique("Keyboard shelter");
  const shelter = await (
    await api.post("/api/v1/shelters", {
      data: {
        name: shelterName,
        city: "Almaty",
        countryCode: "KZ",
        address: "Somewhere 1",
        population: "WOMEN",
        capacity: 2,
      },
    })
  ).json();
  const surname = unique("Клавишева");
  const person = await (
    await api.post("/api/v1/victims", {
      data: {
        givenName: "Айгерим",
        familyName: surname,
        sex: "FEMALE",
        estimatedAge: 29,
        identifiedOn: "2026-06-01",
        identifiedBy: "POLICE",
      },
    })
  ).json();
  await api.dispose();

  await signIn(page, coordinator.email, E2E_PASSWORD);
  await page.goto(`/shelters/${shelter.id}`);
  await expect(page.locator('[data-count="occupied"] strong')).toHaveText("0");
  // Open the admission form from its summary, choose the person by typing, save with Enter.
  await tabTo(page, { text: "Admit a person" });
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await tabTo(page, { id: "admit-person" });
  await expectVisibleFocus(page);
  await page.keyboard.type(person.caseNumber);
  await expect(page.locator("#admit-person")).toHaveValue(person.id);
  await tabTo(page, { text: "Admit a person" });
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Admitted.")).toBeVisible();
  await expect(page.locator('[data-count="occupied"] strong')).toHaveText("1");
  await expect(page.getByText(surname).first()).toBeVisible();
  checkServerErrors();
});

test("a coordinator sends a return request and the partner accepts it, with the keyboard only", async ({
  page,
  browser,
  playwright,
}) => {
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
  const tashkent = (await (await receiverApi.get("/api/v1/me")).json()).organisation.id as string;
  await receiverApi.dispose();
  const person = await (
    await api.post("/api/v1/victims", {
      data: {
        givenName: "Малика",
        familyName: unique("Клавишева"),
        sex: "FEMALE",
        estimatedAge: 33,
        citizenships: ["UZ"],
        identifiedOn: "2026-06-01",
        identifiedBy: "POLICE",
      },
    })
  ).json();
  await recordConsentDirect(person.id, "RETURN", null);
  await recordConsentDirect(person.id, "SHARING", tashkent);
  const repatriation = await (
    await api.post("/api/v1/repatriations", { data: { victimId: person.id, receivingOrganisationId: tashkent } })
  ).json();
  await api.dispose();

  await signIn(page, sender.email, E2E_PASSWORD);
  await page.goto(`/repatriations/${repatriation.id}`);
  await expect(page.getByTestId("case-status")).toHaveText("Draft");
  await tabTo(page, { text: "Send the request" });
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await tabTo(page, { text: "Yes, go ahead" });
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("case-status")).toHaveText("Requested");

  const partner = await (await browser.newContext()).newPage();
  await signIn(partner, receiver.email, E2E_PASSWORD);
  await partner.goto(`/repatriations/${repatriation.id}`);
  await tabTo(partner, { text: "Accept" });
  await expectVisibleFocus(partner);
  await partner.keyboard.press("Enter");
  await tabTo(partner, { text: "Yes, go ahead" });
  await partner.keyboard.press("Enter");
  await expect(partner.getByTestId("case-status")).toHaveText("Accepted");
  await partner.context().close();
});
