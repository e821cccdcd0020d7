import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures/accounts";
import { createUserIn, E2E_PASSWORD } from "./fixtures/factories";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a message file, read as the app reads it
const messages = (locale: string): any => JSON.parse(fs.readFileSync(`messages/${locale}.json`, "utf8"));

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

test("the switcher names every language in its own name, and Uzbek in Cyrillic is remembered", async ({ page }) => {
  const user = await createUserIn("Safe Return Tashkent", "COORDINATOR");
  await signIn(page, user.email, E2E_PASSWORD);
  const switcher = page.getByLabel("Language");
  await expect(switcher.locator("option")).toHaveText([
    "English",
    "Русский",
    "Oʻzbekcha",
    "Ўзбекча",
    "Қазақша",
    "Кыргызча",
    "Тоҷикӣ",
  ]);
  await switcher.selectOption("uz-Cyrl");
  await expect(page.locator("html")).toHaveAttribute("lang", "uz-Cyrl");
  await expect(page.getByRole("heading", { level: 2, name: messages("uz-Cyrl").home.areasTitle })).toBeVisible();
  await expect(page.getByTestId("current-role")).toHaveText(messages("uz-Cyrl").roles.COORDINATOR);
  // Remembered: the next page, and the next sign-in, are in Uzbek (Cyrillic).
  await page.goto("/consent-sheets");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(messages("uz-Cyrl").sheets.consentTitle);
});

for (const [browserLocale, locale] of [
  ["kk-KZ", "kk"],
  ["ky-KG", "ky"],
  ["tg-TJ", "tg"],
  ["uz-UZ", "uz"],
  ["uz-Cyrl-UZ", "uz-Cyrl"],
] as const) {
  test(`before sign-in, a browser in ${browserLocale} reads the sign-in page in ${locale}`, async ({ browser }) => {
    const context = await browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { name: messages(locale).auth.signInTitle })).toBeVisible();
    await page.getByRole("button", { name: messages(locale).auth.signIn }).click();
    await expect(page.getByText(messages(locale).errors.required)).toHaveCount(2);
    await context.close();
  });
}
