import { expect, test } from "@playwright/test";
import { failOnServerErrors, signIn } from "./fixtures/accounts";
import { createUserIn, unique } from "./fixtures/factories";

// A member is invited; the administrator never chooses the password.
test("an ORG_ADMIN invites a member, who sets their own password and signs in", async ({ page, browser }) => {
  // Two people, two sign-ins and three password hashes (argon2id).
  test.setTimeout(120_000);
  const checkServerErrors = failOnServerErrors(page);
  await signIn(page, "admin@tashkent.demo");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Members" }).click();
  await page.getByRole("link", { name: "Add a member" }).click();

  const name = unique("Malika Yusupova");
  const email = `${unique("malika")}@tashkent.example`;
  const password = "Quince-lantern-river-52";
  await expect(page.getByLabel(/password/i)).toHaveCount(0);

  // Client-side validation first: nothing is sent until the form is valid.
  await page.getByLabel("Full name").fill(name);
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role").selectOption("HOTLINE_OPERATOR");
  await page.getByRole("button", { name: "Send invitation" }).click();
  const link = page.getByTestId("invitation-link");
  await expect(link).toContainText("The link works until");
  const url = await link.getByLabel("Invitation link").inputValue();
  expect(new URL(url).pathname).toBe("/invitation");
  expect(new URL(url).searchParams.get("token")).toMatch(/^[A-Za-z0-9_-]{43}$/);

  // The pending invitation is listed, without its link.
  await page.goto("/admin/members");
  const pending = page.getByTestId("pending-invitations");
  await expect(pending.getByRole("row", { name: new RegExp(email) })).toBeVisible();
  expect(await pending.innerHTML()).not.toContain(new URL(url).searchParams.get("token")!);

  // The invitee, in a browser of their own, sets a password (the policy applies) and signs in.
  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await newcomer.goto(url);
  await expect(newcomer.getByTestId("invitation-summary")).toContainText("Safe Return Tashkent");
  const form = newcomer.locator("form").filter({ has: newcomer.getByLabel("Your new password") });
  expect(await form.getAttribute("method")).toBe("post");
  await newcomer.getByLabel("Your new password").fill("password1234");
  await newcomer.getByRole("button", { name: "Set password and join" }).click();
  await expect(newcomer.getByText(/This password is too easy to guess/)).toBeVisible();
  await newcomer.getByLabel("Your new password").fill(password);
  await newcomer.getByRole("button", { name: "Set password and join" }).click();
  await expect(newcomer.getByTestId("invitation-accepted")).toBeVisible();
  await signIn(newcomer, email, password);
  await expect(newcomer.getByTestId("current-role")).toHaveText("Hotline operator");
  await expect(newcomer.getByTestId("current-organisation")).toContainText("Safe Return Tashkent");
  // The link worked once.
  await newcomer.goto(url);
  await expect(newcomer.getByTestId("invitation-invalid")).toBeVisible();
  await context.close();

  // Inviting a member of this organisation again is refused on the server and shown on the field.
  await page.goto("/admin/members/new");
  await page.getByLabel("Full name").fill("Someone Else");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("This person is already a member of your organisation.")).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveValue("Someone Else");
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
  for (const url of [
    "/admin/members",
    "/admin/members/new",
    `/admin/members/${member.membershipId}`,
    "/network/organisations",
  ]) {
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
  await page.getByRole("button", { name: "Yes, deactivate" }).click();
  await expect(page.getByText("Member deactivated. They can no longer sign in.")).toBeVisible();
  await expect(page.getByTestId("member-status")).toHaveText("Deactivated");

  await memberPage.goto("/settings");
  await expect(memberPage).toHaveURL(/\/sign-in/);
  await context.close();
});
