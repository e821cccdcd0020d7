import { expect, test } from "@playwright/test";
import { failOnServerErrors, signIn } from "./fixtures/accounts";
import { createUserIn, unique } from "./fixtures/factories";

test("an ORG_ADMIN adds a user who can then sign in", async ({ page, browser }) => {
  const checkServerErrors = failOnServerErrors(page);
  await signIn(page, "admin@tashkent.demo");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Members" }).click();
  await page.getByRole("link", { name: "Add a member" }).click();

  const name = unique("Malika Yusupova");
  const email = `${unique("malika")}@tashkent.example`;
  const password = "a-new-staff-password";

  // Client-side validation first: nothing is sent until the form is valid.
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Initial password").fill("short");
  await page.getByRole("button", { name: "Add a member" }).click();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await expect(page.getByText("The password must have at least 12 characters.")).toBeVisible();

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role").selectOption("HOTLINE_OPERATOR");
  await page.getByLabel("Initial password").fill(password);
  await page.getByRole("button", { name: "Add a member" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByTestId("member-role")).toHaveText("Hotline operator");

  // A second add with the same email is refused on the server and shown on the field.
  await page.goto("/admin/members/new");
  await page.getByLabel("Full name").fill("Someone Else");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Initial password").fill(password);
  await page.getByRole("button", { name: "Add a member" }).click();
  await expect(page.getByText("An account with this email already exists.")).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveValue("Someone Else");

  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await signIn(newcomer, email, password);
  await expect(newcomer.getByTestId("current-role")).toHaveText("Hotline operator");
  await expect(newcomer.getByTestId("current-organisation")).toContainText("Safe Return Tashkent");
  await context.close();
  checkServerErrors();
});

test("a user of another organisation opening a member page by URL gets 404 and none of the data", async ({ page }) => {
  const member = await createUserIn("Safe Return Tashkent", "CASE_WORKER");
  await signIn(page, "admin@almaty.demo");
  const url = `/admin/members/${member.membershipId}`;
  const response = await page.goto(url);
  expect(response?.status()).toBe(404);
  const html = await page.content();
  expect(html).not.toContain(member.email);
  expect(html).not.toContain(member.name);
  // The RSC payload (what client navigation fetches) leaks nothing either.
  const rsc = await page.request.get(url, { headers: { RSC: "1" } });
  const body = await rsc.text();
  expect(body).not.toContain(member.email);
  expect(body).not.toContain(member.name);
  // And the member list of the other organisation does not show them.
  await page.goto(`/admin/members?q=${encodeURIComponent(member.name)}&status=all`);
  await expect(page.getByText("No members match these filters.")).toBeVisible();
});

test("members of the same organisation without the admin role get 404 on admin pages", async ({ page }) => {
  const member = await createUserIn("Safe Return Tashkent", "ANALYST");
  await signIn(page, "coordinator@tashkent.demo");
  for (const url of ["/admin/members", "/admin/members/new", `/admin/members/${member.membershipId}`, "/network/organisations"]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    expect(await page.content()).not.toContain(member.email);
  }
});

test("a deactivated member loses access on their next request", async ({ page, browser }) => {
  const member = await createUserIn("Bishkek Migrant Support", "CASE_WORKER");
  const context = await browser.newContext();
  const memberPage = await context.newPage();
  await signIn(memberPage, member.email, "e2e-password-for-tests");

  await signIn(page, "admin@bishkek.demo");
  await page.goto(`/admin/members/${member.membershipId}`);
  await page.getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByText("Member deactivated. They can no longer sign in.")).toBeVisible();
  await expect(page.getByTestId("member-status")).toHaveText("Deactivated");

  await memberPage.goto("/settings");
  await expect(memberPage).toHaveURL(/\/sign-in/);
  await context.close();
});
