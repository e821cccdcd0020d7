import { expect, test } from "@playwright/test";
import { failOnServerErrors, signIn } from "./fixtures/accounts";

// What each demo role sees in the navigation (sidebar links), by accessible name.
const NAVIGATION: Record<string, { email: string; role: string; links: string[] }> = {
  NETWORK_ADMIN: {
    email: "admin@network.demo",
    role: "Network administrator",
    links: ["Home", "Organisations", "Settings"],
  },
  ORG_ADMIN: {
    email: "admin@tashkent.demo",
    role: "Organisation administrator",
    links: [
      "Home",
      "Victims",
      "Tasks",
      "Repatriations",
      "Shelters",
      "Hotline",
      "Situations",
      "Perpetrators",
      "Reports",
      "Members",
      "Audit trail",
      "Settings",
    ],
  },
  COORDINATOR: {
    email: "coordinator@almaty.demo",
    role: "Coordinator",
    links: [
      "Home",
      "Victims",
      "Tasks",
      "Repatriations",
      "Referrals",
      "Shelters",
      "Hotline",
      "Situations",
      "Perpetrators",
      "Reports",
      "Settings",
    ],
  },
  CASE_WORKER: {
    email: "caseworker@bishkek.demo",
    role: "Case worker",
    // Returns home it works alone (a counterpart, a deportation) are on its board.
    links: ["Home", "Victims", "Tasks", "Repatriations", "Shelters", "Situations", "Perpetrators", "Settings"],
  },
  HOTLINE_OPERATOR: {
    email: "hotline@tashkent.demo",
    role: "Hotline operator",
    links: ["Home", "Hotline", "Situations", "Perpetrators", "Settings"],
  },
  SHELTER_STAFF: { email: "shelter@dushanbe.demo", role: "Shelter staff", links: ["Home", "Shelters", "Settings"] },
  ANALYST: { email: "analyst@bishkek.demo", role: "Analyst", links: ["Home", "Reports", "Settings"] },
};

const WORK_AREAS: Record<string, string[]> = {
  NETWORK_ADMIN: ["organisations"],
  ORG_ADMIN: ["hotline", "cases", "shelters", "repatriations", "reports", "members"],
  COORDINATOR: ["hotline", "cases", "shelters", "repatriations", "reports"],
  CASE_WORKER: ["ownCases"],
  HOTLINE_OPERATOR: ["hotline"],
  SHELTER_STAFF: ["shelters"],
  ANALYST: ["reports"],
};

for (const [role, expected] of Object.entries(NAVIGATION)) {
  test(`${role} signs in and sees only their navigation and work`, async ({ page }) => {
    const checkServerErrors = failOnServerErrors(page);
    await signIn(page, expected.email);
    await expect(page.getByTestId("current-role")).toHaveText(expected.role);
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    await expect(nav.getByRole("link")).toHaveText(expected.links);
    const areas = await page
      .getByTestId("work-areas")
      .locator("[data-area]")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-area")));
    expect(areas).toEqual(WORK_AREAS[role]);
    checkServerErrors();
  });
}

test.describe("bad sign-in input gets a clear message and no server error", () => {
  test("empty fields", async ({ page }) => {
    const checkServerErrors = failOnServerErrors(page);
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("This field is required.")).toHaveCount(2);
    checkServerErrors();
  });

  test("10,000 characters", async ({ page }) => {
    const checkServerErrors = failOnServerErrors(page);
    await page.goto("/sign-in");
    const long = "a".repeat(10_000);
    await page.getByLabel("Email").fill(`${long}@example.org`);
    await page.getByLabel("Password").fill(long);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("This is too long.")).toHaveCount(2);
    checkServerErrors();
  });

  test("10,000 characters sent straight to the server are refused cleanly", async ({ request }) => {
    const csrf = await (await request.get("/api/auth/csrf")).json();
    const response = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken: csrf.csrfToken, email: "a".repeat(10_000), password: "b".repeat(10_000), json: "true" },
      maxRedirects: 0,
    });
    expect(response.status()).toBeLessThan(500);
    expect(response.headers()["set-cookie"] ?? "").not.toContain("session-token");
  });

  test("wrong password and unknown account get the same answer", async ({ page }) => {
    const checkServerErrors = failOnServerErrors(page);
    for (const email of ["coordinator@tashkent.demo", "nobody@tashkent.demo"]) {
      await page.goto("/sign-in");
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill("not-the-right-password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByText("The email or password is wrong.")).toBeVisible();
      await expect(page).toHaveURL(/\/sign-in/);
    }
    checkServerErrors();
  });
});

test("signing out ends the session on the server: a copy of the cookie no longer works", async ({ page, browser }) => {
  await signIn(page, "analyst@almaty.demo");
  const copied = await page.context().cookies();
  const signOut = page.waitForResponse((r) => r.url().includes("/api/auth/signout") && r.request().method() === "POST");
  await page.getByRole("button", { name: "Sign out" }).click();
  // The browser is told to drop what it holds of the site.
  expect((await (await signOut).allHeaders())["clear-site-data"]).toBe('"cache", "cookies", "storage"');
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in/);
  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto("/settings");
  await expect(stolen).toHaveURL(/\/sign-in/);
  await thief.close();
});

test("sign out everywhere ends the sessions on other computers too", async ({ page, browser }) => {
  const { createUserIn, E2E_PASSWORD } = await import("./fixtures/factories");
  const user = await createUserIn("Bishkek Migrant Support", "CASE_WORKER");
  await signIn(page, user.email, E2E_PASSWORD);
  const office = await (await browser.newContext()).newPage();
  await signIn(office, user.email, E2E_PASSWORD);
  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await page.getByRole("button", { name: "Yes, sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await office.goto("/settings");
  await expect(office).toHaveURL(/\/sign-in/);
});
