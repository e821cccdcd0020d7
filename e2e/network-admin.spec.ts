import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures/accounts";
import { unique } from "./fixtures/factories";

test("the network administrator creates an organisation and invites its administrator, who can sign in", async ({
  page,
  browser,
}) => {
  // Two people, two sign-ins and a password hash (argon2id).
  test.setTimeout(120_000);
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
  await page
    .getByLabel("Code for case numbers")
    .fill(Array.from({ length: 5 }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join(""));
  await page.getByLabel("Kind").selectOption("SHELTER_OPERATOR");
  await page.getByLabel("Time zone").fill("Mars/Olympus");
  await page.getByLabel("Administrator's full name").fill("Nigora Rahimova");
  await page.getByLabel("Administrator's email").fill(email);
  await page.getByRole("button", { name: "Add an organisation" }).click();
  await expect(page.getByText("Choose a country.")).toBeVisible();
  await expect(page.getByText("Enter a time zone such as Asia/Tashkent.")).toBeVisible();

  await page.getByLabel("Country").selectOption("TJ");
  await page.getByLabel("Time zone").fill("Asia/Dushanbe");
  await page.getByRole("button", { name: "Add an organisation" }).click();
  // Its administrator is invited and sets their own password from the link.
  const url = await page.getByTestId("invitation-link").getByLabel("Invitation link").inputValue();
  await page.goto("/network/organisations");
  await page.getByLabel("Search").fill(name);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("cell", { name })).toBeVisible();

  const context = await browser.newContext();
  const admin = await context.newPage();
  await admin.goto(url);
  await admin.getByLabel("Your new password").fill("Khujand-admin-lantern-27");
  await admin.getByRole("button", { name: "Set password and join" }).click();
  await expect(admin.getByTestId("invitation-accepted")).toBeVisible();
  await signIn(admin, email, "Khujand-admin-lantern-27");
  await expect(admin.getByTestId("current-organisation")).toContainText(name);
  await expect(admin.getByTestId("current-role")).toHaveText("Organisation administrator");
  await context.close();
});
