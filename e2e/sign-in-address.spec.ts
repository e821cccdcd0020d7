// The sign-in throttle counted failures per client address read from X-Forwarded-For, a
// header the client writes itself when no proxy sits in front: a new value per attempt reset the
// per-address limits (and so the limit on second-factor guesses). With the default setting
// (TRUSTED_PROXY_HOPS=0, as the test server runs) the address is the connection's own.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createUserIn, E2E_PASSWORD } from "./fixtures/factories";
import { PAIR_LIMIT } from "../lib/auth/throttle-limits";

async function attempt(request: APIRequestContext, email: string, password: string, forwardedFor: string) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    headers: { "x-forwarded-for": forwardedFor },
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  const { url } = (await response.json()) as { url: string };
  return new URL(url).searchParams.get("error");
}

test("#14.6 a new X-Forwarded-For per attempt does not reset the sign-in limit", async ({ request }) => {
  // Seven password checks (argon2id) in a row.
  test.setTimeout(90_000);
  const user = await createUserIn("Almaty Crisis Centre", "CASE_WORKER");
  for (let i = 0; i < PAIR_LIMIT.points; i++) {
    expect(await attempt(request, user.email, `wrong-guess-${i}-xxxx`, `198.51.100.${i + 1}`)).toBe(
      "CredentialsSignin",
    );
  }
  // Even the right password, from a "new" address, is refused with the throttle's answer.
  expect(await attempt(request, user.email, E2E_PASSWORD, "198.51.100.200")).toBe("RATE_LIMITED");
  expect(await attempt(request, user.email, E2E_PASSWORD, "203.0.113.7, 198.51.100.201")).toBe("RATE_LIMITED");
});
