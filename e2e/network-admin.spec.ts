import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures/accounts";
import { unique } from "./fixtures/factories";

test("the network administrator creates an organisation whose administrator can sign in", async ({ page, browser }) => {
  await signIn(page, "admin@network.demo");
  await page.getByRole("link", { name: "Organisations" }).first().click();
  // Other tests add organisations too: search rather than expect it on the first page.
  await page.getByLabel("Search").fill("Safe Return");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("cell", { name: "Safe Return Tashkent" })).toBeVisible();
  await page.getByRole("link", { name: "Add an organisation" }).click();

  const name = unique("Khujand Women's Shelter");
  const email = `${unique("admin")}@khujand.example`;
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Code for case numbers").fill(Array.from({ length: 5 }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join(""));
  await page.getByLabel("Kind").selectOption("SHELTER_OPERATOR");
  await page.getByLabel("Time zone").fill("Mars/Olympus");
  await page.getByLabel("Administrator's full name").fill("Nigora Rahimova");
  await page.getByLabel("Administrator's email").fill(email);
  await page.getByLabel("Administrator's initial password").fill("khujand-admin-password");
  await page.getByRole("button", { name: "Add an organisation" }).click();
  await expect(page.getByText("Choose a country.")).toBeVisible();
  await expect(page.getByText("Enter a time zone such as Asia/Tashkent.")).toBeVisible();

  await page.getByLabel("Country").selectOption("TJ");
  await page.getByLabel("Time zone").fill("Asia/Dushanbe");
  await page.getByRole("button", { name: "Add an organisation" }).click();
  await expect(page).toHaveURL(/\/network\/organisations$/);
  await expect(page.getByRole("cell", { name })).toBeVisible();

  const context = await browser.newContext();
  const admin = await context.newPage();
  await signIn(admin, email, "khujand-admin-password");
  await expect(admin.getByTestId("current-organisation")).toContainText(name);
  await expect(admin.getByTestId("current-role")).toHaveText("Organisation administrator");
  await context.close();
});
