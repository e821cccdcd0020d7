// What every answer tells the browser: a strict CSP with a fresh nonce that Next.js's scripts
// carry (the page works under it), no caching of personal pages, no framing, and cross-site
// state-changing requests refused.
import { expect, test } from "@playwright/test";
import { failOnConsoleErrors, signIn } from "./fixtures/accounts";

test("pages work under a nonce-based CSP, and are neither cached nor framed", async ({ page }) => {
  const checkConsole = failOnConsoleErrors(page);
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto("/sign-in");
  const headers = response!.headers();
  const csp = headers["content-security-policy"]!;
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["cache-control"]).toContain("no-store");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  // Every script the server rendered carries this request's nonce.
  const scripts = await page.locator("script").evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  for (const scriptNonce of scripts) expect(scriptNonce).toBe(nonce);
  // A second load gets a different nonce.
  const again = (await page.reload())!.headers()["content-security-policy"]!;
  expect(/'nonce-([^']+)'/.exec(again)?.[1]).not.toBe(nonce);
  // The app works: signing in runs client code under the policy.
  await signIn(page, "coordinator@tashkent.demo");
  await page.goto("/hotline/new");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
  checkConsole();
});

test("a state-changing API request from another site is refused", async ({ request }) => {
  const refused = await request.post("/api/v1/hotline-calls", {
    headers: { origin: "https://evil.example" },
    data: {},
  });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe("FORBIDDEN_ORIGIN");
  // Without an Origin (an integration) the request reaches the handler, which asks who is calling.
  expect((await request.post("/api/v1/hotline-calls", { data: {} })).status()).toBe(401);
});
