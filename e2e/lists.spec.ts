// Lists sort by their columns with plain links: the order and the filters live in the URL, so a
// view can be bookmarked and shared; a page position (cursor) belongs to one order and is dropped.
import { expect, test } from "@playwright/test";
import { failOnServerErrors, signIn } from "./fixtures/accounts";
import { createCallIn, createUserIn, E2E_PASSWORD } from "./fixtures/factories";

test("the call list sorts by time received, oldest first and back, keeping its filters", async ({ page }) => {
  const checkServerErrors = failOnServerErrors(page);
  await signIn(page, "coordinator@tashkent.demo");
  await page.goto("/hotline?callType=DATA");
  const header = page.getByRole("columnheader", { name: /Received at/ });
  await expect(header).toHaveAttribute("aria-sort", "descending");
  const newestFirst = await page
    .getByTestId("calls-table")
    .locator("tbody tr td:first-child a")
    .first()
    .getAttribute("href");

  await header.getByRole("link").click();
  await expect(page).toHaveURL(/[?&]order=oldest/);
  await expect(page).toHaveURL(/[?&]callType=DATA/);
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  const oldestFirst = await page
    .getByTestId("calls-table")
    .locator("tbody tr td:first-child a")
    .first()
    .getAttribute("href");
  expect(oldestFirst).not.toBe(newestFirst);

  await header.getByRole("link").click();
  await expect(page).toHaveURL(/[?&]order=newest/);
  await expect(header).toHaveAttribute("aria-sort", "descending");
  await expect(page.getByTestId("calls-table").locator("tbody tr td:first-child a").first()).toHaveAttribute(
    "href",
    newestFirst!,
  );
  checkServerErrors();
});

test("members sort by name and by date joined; the board by days in status", async ({ page }) => {
  const checkServerErrors = failOnServerErrors(page);
  await signIn(page, "admin@tashkent.demo");
  await page.goto("/admin/members");
  await page
    .getByRole("columnheader", { name: /Full name/ })
    .getByRole("link")
    .click();
  await expect(page).toHaveURL(/[?&]order=name/);
  await expect(page.getByRole("columnheader", { name: /Full name/ })).toHaveAttribute("aria-sort", "ascending");
  const names = await page.locator("table.list").first().locator("tbody tr td:first-child").allTextContents();
  expect(names.length).toBeGreaterThan(1);
  // The database collates by code point (C.UTF-8), as JavaScript's default sort does.
  expect(names).toEqual([...names].sort());

  await page.goto("/repatriations");
  await page
    .getByRole("columnheader", { name: /Days in status/ })
    .getByRole("link")
    .click();
  await expect(page).toHaveURL(/[?&]order=longest/);
  const days = (
    await page.getByTestId("repatriations-table").locator("tbody tr td:nth-child(4)").allTextContents()
  ).map(Number);
  expect(days).toEqual([...days].sort((a, b) => b - a));
  checkServerErrors();
});

test("a search of summaries shows the words around each match, in the other script too", async ({ page }) => {
  const checkServerErrors = failOnServerErrors(page);
  const coordinator = await createUserIn("Bishkek Migrant Support", "COORDINATOR");
  const word = `Zarina${Math.floor(Math.random() * 1e6)}`;
  await createCallIn("Bishkek Migrant Support", coordinator.id, {
    summary: `Her aunt says ${word} was taken to a brick kiln near Chui and her passport is kept by the owner.`,
  });
  await signIn(page, coordinator.email, E2E_PASSWORD);
  await page.goto("/hotline");
  await page.getByLabel("Words in summaries").fill(word.toLowerCase());
  await page.getByRole("button", { name: "Filter" }).click();
  const snippet = page.getByTestId("call-snippet");
  await expect(snippet).toHaveCount(1);
  await expect(snippet.locator("mark")).toHaveText(word);
  await expect(snippet).toContainText("brick kiln");
  checkServerErrors();
});
