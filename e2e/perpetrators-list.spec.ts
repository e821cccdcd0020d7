// The perpetrators list in the browser: a coordinator of Safe Return Tashkent finds the demo
// network's recruiter (prisma/demo-situations.ts) through the filters, which put only a part played
// and a kind in the URL, and opens the record; an analyst of the same organisation gets 404; a
// coordinator of another organisation finds the record neither in their list nor by its id.
import { expect, test, type Page } from "@playwright/test";
import { failOnConsoleErrors, failOnServerErrors, signIn } from "./fixtures/accounts";
import { createUserIn, E2E_PASSWORD } from "./fixtures/factories";

const RECRUITER = { name: "Рустам Холматов", phone: "+998 90 311 45 27" };

/** The list's row for `name`, following "Next page" (other tests add newer records). */
async function rowLink(page: Page, name: string) {
  for (let pages = 0; pages < 20; pages++) {
    const link = page.getByTestId("perpetrators-table").getByRole("link", { name, exact: true });
    if ((await link.count()) > 0) return link.first();
    const next = page.locator("nav.pagination").getByRole("link", { name: "Next page" });
    if ((await next.count()) === 0) return null;
    await next.click();
    await page.waitForLoadState();
  }
  return null;
}

/** Every page of the list's text, for "appears nowhere" checks. */
async function allListText(page: Page) {
  let text = "";
  for (let pages = 0; pages < 20; pages++) {
    text += await page.locator("main").innerText();
    const next = page.locator("nav.pagination").getByRole("link", { name: "Next page" });
    if ((await next.count()) === 0) break;
    await next.click();
    await page.waitForLoadState();
  }
  return text;
}

test("a coordinator lists and opens the organisation's recruiter; an analyst gets 404; another organisation sees nothing of it", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000); // three people, each in a browser of their own
  const checkServerErrors = failOnServerErrors(page);
  const checkConsole = failOnConsoleErrors(page);
  const coordinator = await createUserIn("Safe Return Tashkent", "COORDINATOR");
  await signIn(page, coordinator.email, E2E_PASSWORD);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Perpetrators" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Perpetrators" })).toBeVisible();

  // Filters are a part played and a kind: nothing personal travels in the URL.
  await page.getByLabel("Part played").selectOption("RECRUITER");
  await page.getByLabel("Kind").selectOption("PERSON");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]role=RECRUITER/);
  expect([...new URL(page.url()).searchParams.keys()].sort()).toEqual(["kind", "role"]);

  const link = await rowLink(page, RECRUITER.name);
  expect(link, "the demo recruiter is in Tashkent's list").not.toBeNull();
  const row = page
    .getByTestId("perpetrators-table")
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: RECRUITER.name, exact: true }) })
    .first();
  await expect(row).toContainText("Recruiter");
  await expect(row).toContainText("Probable");
  await expect(row).toContainText("A relative or other caller");
  await link!.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(RECRUITER.name);
  const recordUrl = page.url();
  expect(recordUrl).toMatch(/\/perpetrators\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("perpetrator-identifiers")).toContainText(RECRUITER.phone);
  await expect(page.getByTestId("perpetrator-situations").getByRole("link").first()).toHaveText(/^TSH-S-\d{4}-\d{4}$/);
  checkConsole();
  checkServerErrors();

  // An analyst of the same organisation: no navigation entry, 404 for the list and the record.
  const analyst = await createUserIn("Safe Return Tashkent", "ANALYST");
  const analystPage = await (await browser.newContext({ baseURL })).newPage();
  await signIn(analystPage, analyst.email, E2E_PASSWORD);
  await expect(
    analystPage.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Perpetrators" }),
  ).toHaveCount(0);
  expect((await analystPage.goto("/perpetrators"))?.status()).toBe(404);
  expect((await analystPage.goto(recordUrl))?.status()).toBe(404);
  expect(await analystPage.content()).not.toContain(RECRUITER.name);
  await analystPage.context().close();

  // Another organisation's coordinator: not in their list, and the record by its id is a 404.
  const outsider = await createUserIn("Bishkek Migrant Support", "COORDINATOR");
  const elsewhere = await (await browser.newContext({ baseURL })).newPage();
  await signIn(elsewhere, outsider.email, E2E_PASSWORD);
  expect((await elsewhere.goto("/perpetrators"))?.status()).toBe(200);
  const listed = await allListText(elsewhere);
  expect(listed).not.toContain(RECRUITER.name);
  expect(listed).not.toContain(RECRUITER.phone);
  expect((await elsewhere.goto(recordUrl))?.status()).toBe(404);
  const html = await elsewhere.content();
  expect(html).not.toContain(RECRUITER.name);
  expect(html).not.toContain(RECRUITER.phone);
  await elsewhere.context().close();
});
