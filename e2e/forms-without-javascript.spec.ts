// Before JavaScript has started (a slow connection; a development server opened at a host
// name it does not serve its scripts to) the browser submits a form by itself. The sign-in form
// had no method, so that submission was a GET: the email and password went into the URL, the
// history and the server's log. Every form that carries a secret must post to a harmless address
// even then. These tests run with JavaScript off and fill and submit each such form.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { createApiTokenFor, createUserIn, E2E_PASSWORD, setSecondFactorOnFor, unique } from "./fixtures/factories";

test.use({ javaScriptEnabled: false });

/** Every URL the page asks for from now on. */
function recordRequests(page: Page) {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  return urls;
}

/** The form posts, to its page's own path and no query string. */
async function expectHarmlessPost(form: Locator, path: string) {
  expect((await form.getAttribute("method"))?.toLowerCase()).toBe("post");
  const action = new URL((await form.getAttribute("action")) ?? "", "http://host.invalid");
  expect(action.pathname).toBe(path);
  expect(action.search).toBe("");
}

/** Submits, waits for the browser's own navigation, then checks no request URL held a secret. */
async function submitAndCheck(page: Page, submit: Locator, urls: string[], secrets: string[]) {
  const posted = page.waitForRequest((request) => request.isNavigationRequest());
  await submit.click();
  const navigation = await posted;
  expect(navigation.method()).toBe("POST");
  await page.waitForLoadState();
  const encoded = secrets.flatMap((secret) => [
    secret,
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
  ]);
  for (const url of urls) for (const secret of encoded) expect(url, "a request URL").not.toContain(secret);
}

/** Signs in through next-auth's endpoint (no page script needed); the context keeps the cookie. */
async function signInWithoutScript(page: Page, email: string) {
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const answer = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: E2E_PASSWORD, json: "true" },
  });
  expect(answer.ok()).toBe(true);
}

test("#14.15 the sign-in form posts its email and password, never into a URL", async ({ page }) => {
  const urls = recordRequests(page);
  await page.goto("/sign-in");
  const form = page.locator("form").filter({ has: page.getByLabel("Password") });
  await expectHarmlessPost(form, "/sign-in");
  const email = "caseworker@bishkek.demo";
  const password = "Not-The-Password-4711";
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await submitAndCheck(page, page.getByRole("button", { name: "Sign in" }), urls, [email, password]);
  expect(new URL(page.url()).search).toBe("");
});

test("#14.15 the password change and token forms of Settings post, never into a URL", async ({ page }) => {
  test.setTimeout(60_000);
  const user = await createUserIn("Bishkek Migrant Support", "CASE_WORKER");
  await signInWithoutScript(page, user.email);
  const urls = recordRequests(page);

  await page.goto("/settings");
  const change = page.getByTestId("change-password");
  await expectHarmlessPost(change, "/settings");
  const newPassword = "Brand-New-Password-9305";
  await change.getByLabel("Current password").fill(E2E_PASSWORD);
  await change.getByLabel("New password").fill(newPassword);
  await submitAndCheck(page, change.getByRole("button", { name: "Change password" }), urls, [
    E2E_PASSWORD,
    newPassword,
  ]);

  const token = page.locator("form").filter({ has: page.getByLabel("Token name") });
  await expectHarmlessPost(token, "/settings");
  const tokenName = "integration-name-8841";
  await page.getByLabel("Token name").fill(tokenName);
  await submitAndCheck(page, token.getByRole("button", { name: "Create token" }), urls, [tokenName]);
  // Every form on the page posts, or is a search that carries nothing secret.
  for (const form of await page.locator("form").all())
    expect((await form.getAttribute("method"))?.toLowerCase()).toBe("post");
});

test("#14.15 the second-factor forms (turning it on, turning it off) post, never into a URL", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const enrolling = await createUserIn("Dushanbe Reintegration Centre", "CASE_WORKER");
  // Starting the enrolment is a button that needs the page's script: done in a context with it.
  const scripted = await browser.newContext({ baseURL, javaScriptEnabled: true });
  const helper = await scripted.newPage();
  await signInWithoutScript(helper, enrolling.email);
  await helper.goto("/settings/two-factor");
  // A click before the page has hydrated does nothing: repeat until the key is shown.
  const setUp = helper.getByRole("button", { name: "Set up" });
  await expect(async () => {
    if (await setUp.isVisible()) await setUp.click();
    await expect(helper.getByTestId("totp-secret")).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 45_000 });
  await scripted.close();

  await signInWithoutScript(page, enrolling.email);
  const urls = recordRequests(page);
  await page.goto("/settings/two-factor");
  const confirm = page.locator("form").filter({ has: page.getByLabel("Code from your authenticator app") });
  await expectHarmlessPost(confirm, "/settings/two-factor");
  await confirm.getByLabel("Current password").fill(E2E_PASSWORD);
  await confirm.getByLabel("Code from your authenticator app").fill("402913");
  await submitAndCheck(page, confirm.getByRole("button", { name: "Turn on" }), urls, [E2E_PASSWORD, "402913"]);

  const enrolled = await createUserIn("Dushanbe Reintegration Centre", "CASE_WORKER");
  await page.context().clearCookies();
  await signInWithoutScript(page, enrolled.email);
  await setSecondFactorOnFor(enrolled.id);
  await page.goto("/settings/two-factor");
  await page.getByText("Turn off", { exact: true }).first().click();
  const disable = page.locator("form").filter({ has: page.getByLabel("Code from your authenticator app") });
  await expectHarmlessPost(disable, "/settings/two-factor");
  await disable.getByLabel("Current password").fill(E2E_PASSWORD);
  await disable.getByLabel("Code from your authenticator app").fill("118822");
  await submitAndCheck(page, disable.getByRole("button", { name: "Turn off" }), urls, [E2E_PASSWORD, "118822"]);
});

test("#14.15 #14.13 the invitation form posts its password and the token, never into a URL", async ({
  page,
  playwright,
  baseURL,
}) => {
  const admin = await createUserIn("Almaty Crisis Centre", "ORG_ADMIN");
  const api = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { authorization: `Bearer ${await createApiTokenFor(admin.id)}` },
  });
  const invitation = await (
    await api.post("/api/v1/members", {
      data: { name: "Aigerim Nurlanova", email: `${unique("aigerim")}@almaty.example`, role: "ANALYST" },
    })
  ).json();
  await api.dispose();
  const token = new URL(invitation.url).searchParams.get("token")!;
  const urls = recordRequests(page);
  await page.goto(`/invitation?token=${token}`);
  const form = page.locator("form").filter({ has: page.getByLabel("Your new password") });
  // Posted to the page's path alone: the token goes back in a hidden field, not in the URL again.
  await expectHarmlessPost(form, "/invitation");
  expect(await form.locator('input[type="hidden"][name="token"]').inputValue()).toBe(token);
  const password = "Juniper-harbour-violet-61";
  await page.getByLabel("Your new password").fill(password);
  const before = urls.length;
  await submitAndCheck(page, page.getByRole("button", { name: "Set password and join" }), urls, [password]);
  for (const url of urls.slice(before)) expect(url).not.toContain(token);
});
