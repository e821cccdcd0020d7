import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { asJson, createOrganisation, createUser, TEST_PASSWORD, unique } from "@/tests/support/factories";
import { checkSignIn } from "./sign-in";
import { loadActor } from "./load-actor";

async function lastAuthEvent(requestId: string) {
  return db.auditEvent.findFirst({ where: { requestId }, orderBy: { id: "desc" } });
}

describe("sign-in on real PostgreSQL", () => {
  it("signs in an active member and audits it", async () => {
    const org = await createOrganisation();
    const user = await createUser({ organisationId: org.id, role: "CASE_WORKER" });
    const requestId = unique("req");
    expect(await checkSignIn({ email: user.email.toUpperCase(), password: TEST_PASSWORD }, requestId)).toEqual({
      id: user.id,
    });
    const event = await lastAuthEvent(requestId);
    expect(event).toMatchObject({ action: "auth.sign_in", actorUserId: user.id });
  });

  it("answers the same for a wrong password, an unknown email and an inactive account, and audits each", async () => {
    const org = await createOrganisation();
    const user = await createUser({ organisationId: org.id, role: "CASE_WORKER" });
    const inactive = await createUser({ organisationId: org.id, role: "CASE_WORKER", active: false });
    const cases = [
      { email: user.email, password: "wrong-password-123", reason: "bad_password" },
      { email: "nobody-here@test.tumar", password: TEST_PASSWORD, reason: "unknown_account" },
      { email: inactive.email, password: TEST_PASSWORD, reason: "inactive" },
    ];
    for (const attempt of cases) {
      const requestId = unique("req");
      expect(await checkSignIn(attempt, requestId)).toBeNull();
      const event = await lastAuthEvent(requestId);
      expect(event?.action).toBe("auth.sign_in_failed");
      expect(event?.details).toEqual({ reason: attempt.reason });
      // The audit trail never stores the email that was typed.
      expect(asJson(event)).not.toContain(attempt.email);
    }
  });

  it("refuses oversized input without touching the database", async () => {
    const before = await db.auditEvent.count();
    expect(
      await checkSignIn({ email: `${"a".repeat(10_000)}@x.org`, password: "x".repeat(10_000) }, unique("req")),
    ).toBeNull();
    expect(await db.auditEvent.count()).toBeGreaterThanOrEqual(before);
  });

  it("refuses a user without any role", async () => {
    const loner = await createUser({});
    expect(await checkSignIn({ email: loner.email, password: TEST_PASSWORD }, unique("req"))).toBeNull();
  });
});

describe("the actor is loaded from the database on every request", () => {
  it("loses access at once when deactivated, and the role change shows at once", async () => {
    const org = await createOrganisation();
    const user = await createUser({ organisationId: org.id, role: "CASE_WORKER" });
    const load = () => loadActor({ userId: user.id, preferredOrganisationId: null, requestId: null, via: "session" });
    expect((await load())?.role).toBe("CASE_WORKER");

    await db.membership.update({ where: { id: user.membershipId! }, data: { role: "COORDINATOR" } });
    expect((await load())?.role).toBe("COORDINATOR");

    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await load()).toBeNull();
  });

  it("acts in the chosen organisation only when the user is a member there", async () => {
    const orgA = await createOrganisation("A");
    const orgB = await createOrganisation("B");
    const user = await createUser({ organisationId: orgA.id, role: "CASE_WORKER" });
    const actor = await loadActor({
      userId: user.id,
      preferredOrganisationId: orgB.id,
      requestId: null,
      via: "session",
    });
    expect(actor?.scope.organisationId).toBe(orgA.id);
  });
});
