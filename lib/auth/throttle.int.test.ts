// Sign-in throttling on real PostgreSQL: the attacker's address is stopped, the real user is not,
// unknown accounts count like real ones, and every throttled attempt is audited.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { createOrganisation, createUser, TEST_PASSWORD, unique } from "@/tests/support/factories";
import { checkSignIn } from "./sign-in";
import { ADDRESS_LIMIT, PAIR_LIMIT, SignInThrottled } from "./throttle";
import { clientAddress } from "@/lib/http/client-address";

const address = () => `203.0.113.${Math.floor(Math.random() * 250)}-${unique("a")}`;

describe("sign-in throttling", () => {
  it("blocks an account from the attacking address after five failures, not from the user's own", async () => {
    const org = await createOrganisation("throttle");
    const user = await createUser({ organisationId: org.id, role: "CASE_WORKER" });
    const attacker = address();
    for (let i = 0; i < PAIR_LIMIT.points; i++)
      expect(await checkSignIn({ email: user.email, password: `wrong-guess-${i}-xx` }, null, attacker)).toBeNull();
    // Even the right password is refused from there now, with the throttle's answer.
    await expect(checkSignIn({ email: user.email, password: TEST_PASSWORD }, null, attacker)).rejects.toBeInstanceOf(
      SignInThrottled,
    );
    // The real user, elsewhere, signs in.
    expect(await checkSignIn({ email: user.email, password: TEST_PASSWORD }, null, address())).toEqual({ id: user.id });
    expect(
      await db.auditEvent.count({
        where: { action: "auth.sign_in_throttled", at: { gte: new Date(Date.now() - 60_000) } },
      }),
    ).toBeGreaterThanOrEqual(1);
  });

  it("treats an unknown account exactly like a real one", async () => {
    const attacker = address();
    const nobody = `${unique("nobody")}@test.tumar`;
    for (let i = 0; i < PAIR_LIMIT.points; i++)
      expect(await checkSignIn({ email: nobody, password: `wrong-guess-${i}-xx` }, null, attacker)).toBeNull();
    await expect(checkSignIn({ email: nobody, password: "another-guess-xx" }, null, attacker)).rejects.toBeInstanceOf(
      SignInThrottled,
    );
  });

  it("stops one address trying many accounts", async () => {
    const attacker = address();
    for (let i = 0; i < ADDRESS_LIMIT.points; i++)
      await checkSignIn({ email: `${unique("spray")}@test.tumar`, password: "Summer2026!!" }, null, attacker);
    await expect(
      checkSignIn({ email: `${unique("spray")}@test.tumar`, password: "Summer2026!!" }, null, attacker),
    ).rejects.toBeInstanceOf(SignInThrottled);
  }, 60_000);

  it("keeps its counters in the database, keyed without the email", async () => {
    const email = `${unique("keyed")}@test.tumar`;
    await checkSignIn({ email, password: "wrong-guess-xxxx" }, null, address());
    const keys = (await db.rateLimit.findMany({ select: { key: true } })).map((r) => r.key).join(" ");
    expect(keys).not.toContain(email);
    expect(keys).not.toContain(email.split("@")[0]);
  });
});

// The limits by address, keyed as the sign-in endpoint keys them (lib/auth/options.ts).
describe("sign-in throttling by client address", () => {
  const headers = (forwardedFor: string) => ({ "x-tumar-peer-address": "10.9.8.7", "x-forwarded-for": forwardedFor });

  it("with no trusted proxy (the default), a new X-Forwarded-For per attempt does not reset the limit", async () => {
    const org = await createOrganisation("throttle-xff");
    const user = await createUser({ organisationId: org.id, role: "CASE_WORKER" });
    const peer = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const at = (forwardedFor: string) =>
      clientAddress({ "x-tumar-peer-address": peer, "x-forwarded-for": forwardedFor }, 0);
    for (let i = 0; i < PAIR_LIMIT.points; i++)
      expect(
        await checkSignIn({ email: user.email, password: `wrong-guess-${i}-xx` }, null, at(`198.51.100.${i}`)),
      ).toBeNull();
    await expect(
      checkSignIn({ email: user.email, password: TEST_PASSWORD }, null, at("198.51.100.250")),
    ).rejects.toBeInstanceOf(SignInThrottled);
  });

  it("with TRUSTED_PROXY_HOPS=1, counts by the right-most entry: the client's own entries change nothing", async () => {
    const org = await createOrganisation("throttle-hops");
    const user = await createUser({ organisationId: org.id, role: "CASE_WORKER" });
    const real = `203.0.113.${Math.floor(Math.random() * 250)}-${unique("p")}`;
    for (let i = 0; i < PAIR_LIMIT.points; i++) {
      expect(
        await checkSignIn(
          { email: user.email, password: `wrong-guess-${i}-xx` },
          null,
          clientAddress(headers(`198.51.100.${i}, ${real}`), 1),
        ),
      ).toBeNull();
    }
    await expect(
      checkSignIn(
        { email: user.email, password: TEST_PASSWORD },
        null,
        clientAddress(headers(`192.0.2.1, ${real}`), 1),
      ),
    ).rejects.toBeInstanceOf(SignInThrottled);
    // Another client behind the same proxy (the proxy appended a different address) is not blocked.
    expect(
      await checkSignIn(
        { email: user.email, password: TEST_PASSWORD },
        null,
        clientAddress(headers(`${real}, 203.0.113.251`), 1),
      ),
    ).toEqual({ id: user.id });
  });
});
