// The words a list is searched by are a person's name or what a caller said: they never go into a
// URL (the browser's history, a bookmark, a proxy's log). The filter forms post; the list comes
// back with its filters readable and the words sealed for the user who searched (lib/search).
import { expect, test, type Page, type PlaywrightWorkerArgs, type Request } from "@playwright/test";
import { failOnServerErrors, signIn } from "./fixtures/accounts";
import { createApiTokenFor, createCallIn, createUserIn, E2E_PASSWORD } from "./fixtures/factories";
import { uniqueSurname } from "./fixtures/names";

async function registerPerson(
  playwright: PlaywrightWorkerArgs["playwright"],
  userId: string,
  familyName: string,
  count = 1,
) {
  const api = await playwright.request.newContext({
    baseURL: process.env.E2E_BASE_URL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(userId)}` },
  });
  for (let i = 0; i < count; i++) {
    const answer = await api.post("/api/v1/victims", {
      data: {
        givenName: `Гулнора${i}`,
        familyName,
        sex: "FEMALE",
        estimatedAge: 24,
        identifiedOn: "2026-11-02",
        identifiedBy: "IOM",
      },
    });
    expect(answer.status()).toBe(201);
  }
  await api.dispose();
}

/** Every request URL the page makes from now on, decoded, for looking for words in. */
function recordUrls(page: Page) {
  const urls: string[] = [];
  page.on("request", (request: Request) => urls.push(decodeURIComponent(request.url())));
  return urls;
}

test("the people's search posts its words, finds the person in either script and keeps the name out of every URL", async ({
  page,
  playwright,
}) => {
  const checkServerErrors = failOnServerErrors(page);
  const coordinator = await createUserIn("Safe Return Tashkent", "COORDINATOR");
  const name = uniqueSurname();
  await registerPerson(playwright, coordinator.id, name.cyrillic, 2);
  await signIn(page, coordinator.email, E2E_PASSWORD);
  const urls = recordUrls(page);
  await page.goto("/victims?status=ACTIVE");
  await page.getByLabel("Name, in any script").fill(name.latin);
  const posted = page.waitForRequest((request) => request.method() === "POST");
  await page.getByRole("button", { name: "Filter" }).click();
  expect(new URL((await posted).url()).pathname).toBe("/search");
  const table = page.getByTestId("victims-table");
  await expect(table.locator("tbody tr")).toHaveCount(2);
  await expect(table).toContainText(name.cyrillic);
  // The filters stay readable in the address; the words are sealed.
  const address = new URL(page.url());
  expect(address.pathname).toBe("/victims");
  expect(address.searchParams.get("status")).toBe("ACTIVE");
  expect(address.searchParams.has("q")).toBe(false);
  expect(address.searchParams.get("s")).toBeTruthy();
  await expect(page.getByLabel("Name, in any script")).toHaveValue(name.latin);
  for (const url of urls)
    for (const word of [name.latin, name.cyrillic])
      expect(url.toLowerCase(), "a request URL").not.toContain(word.toLowerCase());
  const sealed = page.url();

  // An old link with the words in it is answered at an address without them.
  await page.goto(`/victims?q=${encodeURIComponent(name.cyrillic)}`);
  await expect(table.locator("tbody tr")).toHaveCount(2);
  expect(new URL(page.url()).searchParams.has("q")).toBe(false);
  expect(new URL(page.url()).searchParams.get("s")).toBeTruthy();

  // The sealed address opened by another coordinator of the organisation: the seal is not theirs.
  const colleague = await createUserIn("Safe Return Tashkent", "COORDINATOR");
  await page.context().clearCookies();
  await signIn(page, colleague.email, E2E_PASSWORD);
  await page.goto(sealed);
  await expect(page.getByText("This search has expired or belongs to another account")).toBeVisible();
  await expect(page.getByLabel("Name, in any script")).toHaveValue("");
  // The list unsearched: the organisation's other people are there, more than the two found. (It
  // named a demo person once; other journeys' people, made in the same database, pushed her to the
  // second page.)
  await expect(table.locator("tbody tr").nth(2)).toBeVisible();
  await expect(table).toContainText("TSH-");
  checkServerErrors();
});

test.describe("before the page's JavaScript has started", () => {
  test.use({ javaScriptEnabled: false });

  test("the calls' search posts, pages on with its words, and keeps them out of every URL", async ({ page }) => {
    const operator = await createUserIn("Bishkek Migrant Support", "HOTLINE_OPERATOR");
    const words = `kiln${Math.floor(Math.random() * 1e6)}`;
    // More than a page of matches (25 a page), so the next page's link is there to follow.
    for (let i = 0; i < 26; i++)
      await createCallIn("Bishkek Migrant Support", operator.id, {
        summary: `Her brother says the ${words} owner keeps the passports of the brigade (${i}).`,
        receivedAt: new Date(Date.now() - (i + 1) * 60_000),
      });
    const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
    const answer = await page.request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: operator.email, password: E2E_PASSWORD, json: "true" },
    });
    expect(answer.ok()).toBe(true);
    const urls = recordUrls(page);
    await page.goto("/hotline");
    await page.getByLabel("Words in summaries").fill(words);
    const navigation = page.waitForRequest((request) => request.isNavigationRequest());
    await page.getByRole("button", { name: "Filter" }).click();
    const posted = await navigation;
    expect(posted.method()).toBe("POST");
    expect(new URL(posted.url()).pathname).toBe("/search");
    await page.waitForLoadState();
    await expect(page.getByTestId("call-snippet")).toHaveCount(25);
    await expect(page.getByLabel("Words in summaries")).toHaveValue(words);
    expect(new URL(page.url()).searchParams.get("s")).toBeTruthy();
    await page.getByRole("link", { name: "Next page" }).click();
    await expect(page.getByTestId("call-snippet")).toHaveCount(1);
    await expect(page.getByTestId("call-snippet")).toContainText(words);
    await expect(page.getByLabel("Words in summaries")).toHaveValue(words);
    for (const url of urls) expect(url, "a request URL").not.toContain(words);
  });
});
