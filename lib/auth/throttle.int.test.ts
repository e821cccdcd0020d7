// Sign-in throttling on real PostgreSQL: the attacker's address is stopped, the real user is not,
// unknown accounts count like real ones, and every throttled attempt is audited.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { createOrganisation, createUser, TEST_PASSWORD, unique } from "@/tests/support/factories";
import { checkSignIn } from "./sign-in";
import { ADDRESS_LIMIT, PAIR_LIMIT, SignInThrottled } from "./throttle";

const address = () => `203.0.113.${Math.floor(Math.random() * 250)}-${unique("a")}`;

describe("sign-in throttling", () => {
  it("blocks an account from the attacking address after five failures, not from the user's own", async () => {
    const org = await createOrganisation("throttle");
    const user = await createUser({ organisationId: org.id, role: "CASE_WORKER" });
    const attacker = address();
    for (let i = 0; i < PAIR_LIMIT.points; i++) expect(await checkSignIn({ email: user.email, password: `wrong-guess-${i}-xx` }, null, attacker)).toBeNull();
    // Even the right password is refused from there now, with the throttle's answer.
    await expect(checkSignIn({ email: user.email, password: TEST_PASSWORD }, null, attacker)).rejects.toBeInstanceOf(SignInThrottled);
    // The real user, elsewhere, signs in.
    expect(await checkSignIn({ email: user.email, password: TEST_PASSWORD }, null, address())).toEqual({ id: user.id });
    expect(await db.auditEvent.count({ where: { action: "auth.sign_in_throttled", at: { gte: new Date(Date.now() - 60_000) } } })).toBeGreaterThanOrEqual(1);
  });

  it("treats an unknown account exactly like a real one", async () => {
    const attacker = address();
    const nobody = `${unique("nobody")}@test.tumar`;
    for (let i = 0; i < PAIR_LIMIT.points; i++) expect(await checkSignIn({ email: nobody, password: `wrong-guess-${i}-xx` }, null, attacker)).toBeNull();
    await expect(checkSignIn({ email: nobody, password: "another-guess-xx" }, null, attacker)).rejects.toBeInstanceOf(SignInThrottled);
  });

  it("stops one address trying many accounts", async () => {
    const attacker = address();
    for (let i = 0; i < ADDRESS_LIMIT.points; i++) await checkSignIn({ email: `${unique("spray")}@test.tumar`, password: "Summer2026!!" }, null, attacker);
    await expect(checkSignIn({ email: `${unique("spray")}@test.tumar`, password: "Summer2026!!" }, null, attacker)).rejects.toBeInstanceOf(SignInThrottled);
  }, 60_000);

  it("keeps its counters in the database, keyed without the email", async () => {
    const email = `${unique("keyed")}@test.tumar`;
    await checkSignIn({ email, password: "wrong-guess-xxxx" }, null, address());
    const keys = (await db.rateLimit.findMany({ select: { key: true } })).map((r) => r.key).join(" ");
    expect(keys).not.toContain(email);
    expect(keys).not.toContain(email.split("@")[0]);
  });
});
