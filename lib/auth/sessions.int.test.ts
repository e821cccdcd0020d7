// Server-side sessions on real PostgreSQL: time-outs, sign-out, "sign out everywhere", an
// administrator ending a member's sessions, and deactivation.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { endMemberSessions, endOwnSessions, setMemberActive } from "@/lib/users/mutations";
import { ABSOLUTE_TIMEOUT_MS, checkSession, IDLE_TIMEOUT_MS, signOutSession, startSession } from "./sessions";
import { loadActor } from "./load-actor";

const endReason = async (id: string) => (await db.session.findUniqueOrThrow({ where: { id } })).endReason;

describe("sessions", () => {
  it("ends after 30 idle minutes and 12 hours after sign-in, whatever the cookie says", async () => {
    const user = await createUser({});
    const idle = await startSession(user.id);
    expect(await checkSession(idle, user.id)).toBe(true);
    expect(await checkSession(idle, user.id, new Date(Date.now() + IDLE_TIMEOUT_MS - 5_000))).toBe(true);
    // Activity moved lastSeenAt forward only when a minute had passed; half an hour of silence after it ends the session.
    const later = new Date(Date.now() + IDLE_TIMEOUT_MS - 5_000 + IDLE_TIMEOUT_MS + 1_000);
    expect(await checkSession(idle, user.id, later)).toBe(false);
    expect(await endReason(idle)).toBe("IDLE");
    expect(await checkSession(idle, user.id)).toBe(false);

    const old = await startSession(user.id);
    // Busy all day: touched every 20 minutes, still ends after 12 hours.
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      expect(await checkSession(old, user.id, new Date(Date.now() + minutes * 60_000))).toBe(true);
    }
    expect(await checkSession(old, user.id, new Date(Date.now() + ABSOLUTE_TIMEOUT_MS + 1_000))).toBe(false);
    expect(await endReason(old)).toBe("EXPIRED");
  });

  it("belongs to one user, and ends for good on sign-out", async () => {
    const user = await createUser({});
    const other = await createUser({});
    const id = await startSession(user.id);
    expect(await checkSession(id, other.id)).toBe(false);
    await signOutSession(id, user.id);
    expect(await checkSession(id, user.id)).toBe(false);
    expect(await endReason(id)).toBe("SIGN_OUT");
    expect(await db.auditEvent.count({ where: { actorUserId: user.id, action: "auth.sign_out" } })).toBe(1);
  });

  it("holds for the request's actor only while it is the user's own live session", async () => {
    const org = await createOrganisation("sessions-actor");
    const user = await createUser({ organisationId: org.id, role: "CASE_WORKER" });
    const other = await createUser({ organisationId: org.id, role: "CASE_WORKER" });
    const load = (userId: string, sessionId: string) =>
      loadActor({ userId, sessionId, preferredOrganisationId: null, requestId: null, via: "session" });
    const id = await startSession(user.id);
    const actor = await load(user.id, id);
    expect(actor?.user.id).toBe(user.id);
    expect(actor?.current?.organisationId).toBe(org.id);
    expect(actor?.sessionId).toBe(id);
    // Another user's session, an unknown one, an idle one (ended by the load) and a signed-out one.
    expect(await load(other.id, id)).toBeNull();
    expect(await load(user.id, "00000000-0000-4000-8000-000000000000")).toBeNull();
    const idle = await startSession(user.id);
    await db.session.update({
      where: { id: idle },
      data: { lastSeenAt: new Date(Date.now() - IDLE_TIMEOUT_MS - 1_000) },
    });
    expect(await load(user.id, idle)).toBeNull();
    expect(await endReason(idle)).toBe("IDLE");
    await signOutSession(id, user.id);
    expect(await load(user.id, id)).toBeNull();
  });

  it("ends everywhere at the user's word, an administrator's, or on deactivation", async () => {
    const org = await createOrganisation("sessions");
    const admin = await createUser({ organisationId: org.id, role: "ORG_ADMIN" });
    const adminScope = scopeOf(admin, "ORG_ADMIN", org.id);
    const member = await createUser({ organisationId: org.id, role: "CASE_WORKER" });
    const laptop = await startSession(member.id);
    const phone = await startSession(member.id);

    await endOwnSessions(scopeOf(member, "CASE_WORKER", org.id));
    expect([await endReason(laptop), await endReason(phone)]).toEqual(["SIGN_OUT_EVERYWHERE", "SIGN_OUT_EVERYWHERE"]);

    const again = await startSession(member.id);
    await endMemberSessions(adminScope, member.membershipId!);
    expect(await endReason(again)).toBe("ENDED_BY_ADMIN");
    // An administrator of another organisation cannot reach this member.
    const stranger = await createOrganisation("stranger");
    const strangerAdmin = scopeOf(
      await createUser({ organisationId: stranger.id, role: "ORG_ADMIN" }),
      "ORG_ADMIN",
      stranger.id,
    );
    await expect(endMemberSessions(strangerAdmin, member.membershipId!)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const last = await startSession(member.id);
    const { version } = await db.membership.findUniqueOrThrow({ where: { id: member.membershipId! } });
    await setMemberActive(adminScope, member.membershipId!, { active: false, version });
    expect(await endReason(last)).toBe("DEACTIVATED");
    expect(await checkSession(last, member.id)).toBe(false);
  });
});

describe("changing a password", () => {
  it("asks for the current one, refuses a common new one, and ends the other sessions", async () => {
    const { changeOwnPassword, createMember } = await import("@/lib/users/mutations");
    const { TEST_PASSWORD } = await import("@/tests/support/factories");
    const org = await createOrganisation("password");
    const user = await createUser({ organisationId: org.id, role: "COORDINATOR" });
    const scope = scopeOf(user, "COORDINATOR", org.id);
    const here = await startSession(user.id);
    const elsewhere = await startSession(user.id);
    await expect(
      changeOwnPassword(scope, here, { currentPassword: "not-my-password", newPassword: "Lola-pink-kettle-41" }),
    ).rejects.toMatchObject({ fields: { currentPassword: "errors.currentPasswordWrong" } });
    await expect(
      changeOwnPassword(scope, here, { currentPassword: TEST_PASSWORD, newPassword: "password1234" }),
    ).rejects.toMatchObject({ fields: { newPassword: "errors.passwordTooCommon" } });
    expect(await checkSession(elsewhere, user.id)).toBe(true);
    await changeOwnPassword(scope, here, { currentPassword: TEST_PASSWORD, newPassword: "Lola-pink-kettle-41" });
    expect(await checkSession(here, user.id)).toBe(true);
    expect(await endReason(elsewhere)).toBe("PASSWORD_CHANGED");
    const { checkSignIn } = await import("./sign-in");
    expect(await checkSignIn({ email: user.email, password: "Lola-pink-kettle-41" }, null, "198.51.100.7")).toEqual({
      id: user.id,
    });
    // The same policy holds when an invited member sets their first password.
    const admin = scopeOf(await createUser({ organisationId: org.id, role: "ORG_ADMIN" }), "ORG_ADMIN", org.id);
    const invitation = await createMember(admin, {
      name: "Aibek Toktogulov",
      email: `aibek-${Date.now()}@test.tumar`,
      role: "CASE_WORKER",
    });
    const { acceptInvitationWithNewAccount } = await import("@/lib/invitations/mutations");
    await expect(
      acceptInvitationWithNewAccount({ token: invitation.token, password: "aibek-initial-password" }, null),
    ).rejects.toMatchObject({ fields: { password: "errors.passwordTooCommon" } });
  });
});
