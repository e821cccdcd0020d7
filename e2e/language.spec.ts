import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures/accounts";
import { createUserIn, E2E_PASSWORD } from "./fixtures/factories";

test("switching to Russian translates the page and is saved on the profile", async ({ page, browser }) => {
  const user = await createUserIn("Almaty Crisis Centre", "COORDINATOR");
  await signIn(page, user.email, E2E_PASSWORD);
  await expect(page.getByRole("heading", { level: 2, name: "Your work areas" })).toBeVisible();

  await page.getByLabel("Language").selectOption("ru");
  await expect(page.getByRole("heading", { level: 2, name: "Ваши разделы" })).toBeVisible();
  await expect(page.getByTestId("current-role")).toHaveText("Координатор");
  await expect(page.getByRole("button", { name: "Выйти" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");

  // A new browser (no cookies but the session) still gets Russian: it is on the profile.
  const context = await browser.newContext({ locale: "en-GB" });
  const other = await context.newPage();
  await signIn(other, user.email, E2E_PASSWORD);
  await expect(other.getByRole("heading", { level: 2, name: "Ваши разделы" })).toBeVisible();
  await context.close();
});

test("the sign-in page follows the browser's language and shows Russian errors", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ru-RU" });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Вход в Tumar" })).toBeVisible();
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByText("Обязательное поле.")).toHaveCount(2);
  await context.close();
});
