// Turning on the second factor in the browser, then signing in with a code from the app.
import { expect, test } from "@playwright/test";
import { generate } from "otplib";
import { failOnConsoleErrors, failOnServerErrors } from "./fixtures/accounts";
import { createUserIn, E2E_PASSWORD } from "./fixtures/factories";

test("a case worker turns on the second factor and then signs in with a code", async ({ page }) => {
  const checkServerErrors = failOnServerErrors(page);
  // next-auth answers the password step of a two-step sign-in with 401 (the browser logs it).
  const checkConsole = failOnConsoleErrors(page, [/status of 401/]);
  const user = await createUserIn("Dushanbe Reintegration Centre", "CASE_WORKER");
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-role")).toBeVisible();

  await page.goto("/settings/two-factor");
  await expect(page.getByTestId("second-factor-status")).toHaveText("Off.");
  await page.getByRole("button", { name: "Set up" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("Current password").fill(E2E_PASSWORD);
  await page.getByLabel("Code from your authenticator app").fill("123456");
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByText("That code is not right, or it was already used.")).toBeVisible();
  await page.getByLabel("Code from your authenticator app").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Turn on" }).click();
  const codes = page.getByTestId("recovery-codes");
  await expect(codes.locator("code")).toHaveCount(10);
  // Regression: the page refreshes once the factor is on; the codes (shown only now) must stay.
  await expect(page.getByTestId("second-factor-status")).toContainText("On since");
  await expect(codes.locator("code")).toHaveCount(10);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  const code = page.getByLabel("Code from your authenticator app");
  await expect(code).toBeVisible();
  await code.fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-role")).toBeVisible();
  await page.goto("/settings/two-factor");
  await expect(page.getByTestId("second-factor-status")).toContainText("Recovery codes left: 10");
  checkServerErrors();
  checkConsole();
});
