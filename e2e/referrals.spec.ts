import { expect, test } from "@playwright/test";
import { failOnServerErrors, signIn } from "./fixtures/accounts";
import { createApiTokenFor, createUserIn, E2E_PASSWORD } from "./fixtures/factories";

test("a person is referred to another organisation, which accepts and then sees the shared fields", async ({
  page,
  browser,
  playwright,
}) => {
  const checkServerErrors = failOnServerErrors(page);
  const sender = await createUserIn("Moscow Migrant Aid", "COORDINATOR");
  const api = await playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(sender.id)}` },
  });
  const surname = `Тошматова${Math.floor(Math.random() * 1e6)}`;
  const victim = await (
    await api.post("/api/v1/victims", {
      data: {
        givenName: "Мадина",
        familyName: surname,
        sex: "FEMALE",
        estimatedAge: 24,
        identifiedOn: "2026-03-03",
        identifiedBy: "EMBASSY",
      },
    })
  ).json();
  await api.patch(`/api/v1/victims/${victim.id}`, {
    data: { version: 1, narrative: "Held in a flat in Podolsk, passport taken" },
  });
  await api.dispose();

  await signIn(page, sender.email, E2E_PASSWORD);
  await page.goto(`/victims/${victim.id}`);
  // Without the person's consent the referral is refused, with the reason on the field.
  await page.getByTestId("section-referrals").getByText("Refer to another organisation").click();
  await page.getByLabel("Refer to").selectOption({ label: "Safe Return Tashkent" });
  await page.getByLabel("Reason", { exact: true }).fill("Return home and reintegration");
  await page.getByRole("button", { name: "Refer" }).click();
  await expect(
    page.getByText("The person has not consented to sharing with this organisation. Record the consent first.").first(),
  ).toBeVisible();

  await page.getByTestId("section-consent").getByText("Record a consent").click();
  await page.getByLabel("Consent to").selectOption("SHARING");
  await page.getByLabel("Sharing with").selectOption({ label: "Safe Return Tashkent" });
  await page.getByLabel("Language of the sheet read or signed").selectOption("ru");
  await page.getByRole("button", { name: "Record consent" }).click();
  await expect(page.getByText("Consent recorded.")).toBeVisible();
  await page.getByLabel("Refer to").selectOption({ label: "Safe Return Tashkent" });
  await page.getByLabel("Reason", { exact: true }).fill("Return home and reintegration");
  await page.getByRole("button", { name: "Refer" }).click();
  await expect(page.getByText("Referral sent.")).toBeVisible();
  await expect(page.getByTestId("referrals")).toContainText("Waiting for an answer");

  const receiver = await createUserIn("Safe Return Tashkent", "COORDINATOR");
  const other = await (await browser.newContext()).newPage();
  await signIn(other, receiver.email, E2E_PASSWORD);
  expect((await other.goto(`/victims/${victim.id}`))?.status()).toBe(404);
  await other.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Referrals" }).click();
  const card = other.locator("li", { hasText: "Return home and reintegration" });
  await expect(card).toContainText("Moscow Migrant Aid");
  await expect(card).not.toContainText(surname);
  await card.getByRole("button", { name: "Send the answer" }).click();
  await card.getByRole("button", { name: "Yes, send the answer" }).click();
  // The success message lives in the form, which the refreshed list may already have replaced
  // by the answered card: wait for the answer itself.
  await expect(other.locator("li", { hasText: "Return home and reintegration" })).toContainText("Accepted");
  await other.goto(`/victims/${victim.id}`);
  await expect(other.getByRole("heading", { level: 1 })).toContainText(surname);
  await expect(
    other.getByText("Shared with your organisation by Moscow Migrant Aid: you see only the shared fields."),
  ).toBeVisible();
  expect(await other.content()).not.toContain("Podolsk");
  checkServerErrors();
});
