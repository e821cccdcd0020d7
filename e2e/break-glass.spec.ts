import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures/accounts";
import { createApiTokenFor, createUserIn, E2E_PASSWORD } from "./fixtures/factories";

test("a coordinator must give a reason to open a restricted record, and the admin sees it", async ({
  page,
  browser,
  playwright,
}) => {
  const worker = await createUserIn("Almaty Crisis Centre", "CASE_WORKER");
  const api = await playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(worker.id)}` },
  });
  const victim = await (
    await api.post("/api/v1/victims", {
      data: {
        givenName: "Жанар",
        familyName: "Сейтова",
        sex: "FEMALE",
        estimatedAge: 35,
        identifiedOn: "2026-02-02",
        identifiedBy: "SELF_REFERRAL",
        restricted: true,
      },
    })
  ).json();
  await api.dispose();

  const coordinator = await createUserIn("Almaty Crisis Centre", "COORDINATOR");
  await signIn(page, coordinator.email, E2E_PASSWORD);
  await page.goto(`/victims/${victim.id}`);
  await expect(page.getByRole("heading", { name: "Restricted record" })).toBeVisible();
  expect(await page.content()).not.toContain("Сейтова");
  await page.getByRole("button", { name: "Open the record" }).click();
  await expect(page.getByText("State the reason in at least 10 characters.")).toBeVisible();
  await page.getByLabel("Reason").fill("She called the hotline asking for her case worker, who is away");
  await page.getByRole("button", { name: "Open the record" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Сейтова");

  const admin = await createUserIn("Almaty Crisis Centre", "ORG_ADMIN");
  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, admin.email, E2E_PASSWORD);
  await adminPage.goto("/admin/break-glass");
  await expect(adminPage.getByTestId("break-glass-log")).toContainText(
    "She called the hotline asking for her case worker, who is away",
  );
  await expect(adminPage.getByTestId("break-glass-log")).toContainText(coordinator.name);
});
