// Issue 19: the organisation's directory of counterparts outside Tumar. A coordinator adds IOM
// Kabul from the settings, corrects its phone, stops offering it and offers it again, and sees it
// listed; the pages fit a 360 px phone; a coordinator of another organisation gets 404 on its page
// and finds none of its data in the HTML, the RSC payload, the list or the API.
import { expect, test } from "@playwright/test";
import { failOnConsoleErrors, failOnServerErrors, signIn } from "./fixtures/accounts";
import { createOrganisationWithUser, createUserIn, E2E_PASSWORD } from "./fixtures/factories";

test("a coordinator adds IOM Kabul, corrects its phone and sees it listed; another organisation sees none of it", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const checkServerErrors = failOnServerErrors(page);
  const checkConsole = failOnConsoleErrors(page);
  const stamp = crypto.randomUUID().slice(0, 8);
  const contact = `Ms Rahimi ${stamp}`;
  const email = `return-${stamp}@iom.example`;
  // An organisation of its own, so "IOM Kabul" is new to its directory on every run.
  const { user: coordinator } = await createOrganisationWithUser("KZ", "COORDINATOR");

  await signIn(page, coordinator.email, E2E_PASSWORD);
  await page.goto("/settings");
  await page.getByRole("link", { name: "Counterparts outside the network" }).click();
  await expect(page).toHaveURL(/\/settings\/counterparts$/);
  await expect(page.getByText("No counterparts match.")).toBeVisible();

  await page.locator("summary", { hasText: "Add a counterpart" }).click();
  const add = page.getByTestId("add-counterpart-form");
  await add.getByLabel("Name").fill("IOM Kabul");
  await add.getByLabel("Type").selectOption("IOM");
  await add.getByLabel("Contact person").fill(contact);
  await add.getByLabel("Phone").fill("+93 20 210 0000");
  await add.getByLabel("Email").fill(email);
  await add.getByRole("button", { name: "Add a counterpart" }).click();
  // Without a country it is refused in place, and what was typed stays.
  await expect(add.getByText("Choose a country.")).toBeVisible();
  await expect(add.getByLabel("Name")).toHaveValue("IOM Kabul");
  await add.getByLabel("Country").selectOption("AF");
  await add.getByRole("button", { name: "Add a counterpart" }).click();
  await expect(add.getByText("The counterpart is added to the directory.")).toBeVisible();
  const row = page.getByTestId("counterparts-table").getByRole("row").filter({ hasText: "IOM Kabul" });
  await expect(row).toContainText("Afghanistan");
  await expect(row).toContainText(contact);
  await expect(row).toContainText("+93 20 210 0000");

  // The same office twice is refused on the name.
  await add.getByLabel("Name").fill("iom kabul");
  await add.getByLabel("Type").selectOption("IOM");
  await add.getByLabel("Country").selectOption("AF");
  await add.getByRole("button", { name: "Add a counterpart" }).click();
  await expect(add.getByText("Your directory already has a counterpart with this name in this country.")).toBeVisible();

  await row.getByRole("link", { name: "IOM Kabul" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "IOM Kabul" })).toBeVisible();
  const url = new URL(page.url()).pathname;
  expect(url).toMatch(/^\/settings\/counterparts\/[0-9a-f-]{36}$/);
  const edit = page.getByTestId("edit-counterpart-form");
  await edit.getByLabel("Phone").fill("+93 20 210 1111");
  await edit.getByRole("button", { name: "Save the details" }).click();
  await expect(edit.getByText("The details are saved.")).toBeVisible();
  await expect(page.getByTestId("counterpart-details")).toContainText("+93 20 210 1111");

  // Stopping the offer asks first and says afterwards what it did; so does offering it again.
  const active = page.getByTestId("counterpart-active");
  await active.getByRole("button", { name: "Stop offering" }).click();
  await expect(active.getByTestId("confirm-step")).toContainText("Stop offering IOM Kabul?");
  await active.getByRole("button", { name: "Yes, stop offering" }).click();
  await expect(page.getByTestId("flash")).toContainText("IOM Kabul is no longer offered in forms.");
  await expect(page.getByTestId("counterpart-details")).toContainText("No longer offered");
  await page.goto("/settings/counterparts");
  await expect(page.getByText("No counterparts match.")).toBeVisible();
  await page.goto(url);
  await active.getByRole("button", { name: "Offer again" }).click();
  await active.getByRole("button", { name: "Yes, offer again" }).click();
  await expect(page.getByTestId("flash")).toContainText("IOM Kabul is offered in forms again.");

  await page.goto("/settings/counterparts?type=IOM&country=AF");
  await expect(row).toContainText("+93 20 210 1111");
  await expect(row).toContainText("Offered");
  checkConsole();
  checkServerErrors();

  // On a 360 px phone the list (its add form open) and the counterpart's page fit.
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["/settings/counterparts", url]) {
    await page.goto(path);
    if (path.endsWith("counterparts")) await page.locator("summary", { hasText: "Add a counterpart" }).click();
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      fits: document.documentElement.clientWidth,
    }));
    expect(widths.page, `${path} scrolls sideways`).toBeLessThanOrEqual(widths.fits);
  }

  // A coordinator of another organisation: 404 on the page and in the API, nothing in any answer.
  const outsider = await createUserIn("Almaty Crisis Centre", "COORDINATOR");
  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(other, outsider.email, E2E_PASSWORD);
  const response = await other.goto(url);
  expect(response?.status()).toBe(404);
  const secrets = [contact, email, "+93 20 210 1111"];
  const html = await other.content();
  const rsc = await (await other.request.get(url, { headers: { RSC: "1" } })).text();
  await other.goto("/settings/counterparts?status=all&country=AF");
  const list = await other.content();
  const api = await other.request.get(`/api/v1/counterparts/${url.split("/").at(-1)}`);
  expect(api.status()).toBe(404);
  const listed = await (await other.request.get("/api/v1/counterparts?status=all&limit=100")).text();
  for (const secret of secrets)
    for (const [where, body] of Object.entries({ html, rsc, list, api: await api.text(), listed }))
      expect(body, `${secret} in the outsider's ${where}`).not.toContain(secret);
  await context.close();
});
