// Members are invited; an administrator never chooses their password and is never told
// whether an address has an account in another organisation. Real PostgreSQL, under row-level
// security (tumar_app), through the real mutations.
import { describe, expect, it } from "vitest";
import { db as owner } from "@/tests/support/prisma";
import { asJson, createOrganisation, createUser, scopeOf, TEST_PASSWORD, unique } from "@/tests/support/factories";
import { db as app } from "@/lib/db";
import { sha256Hex } from "@/lib/crypto";
import { checkSignIn } from "@/lib/auth/sign-in";
import { createMember } from "@/lib/users/mutations";
import { createOrganisation as createOrganisationAsNetworkAdmin } from "@/lib/orgs/mutations";
import { organisationCode } from "@/tests/support/factories";
import { getInvitationByToken, listPendingInvitations } from "./data";
import { acceptInvitationWithAccount, acceptInvitationWithNewAccount, revokeInvitation } from "./mutations";

const NEW_PASSWORD = "Saffron-kettle-orbit-73";

async function adminOfNewOrganisation(label: string) {
  const org = await createOrganisation(label);
  const admin = await createUser({ organisationId: org.id, role: "ORG_ADMIN" });
  return { org, admin, scope: scopeOf(admin, "ORG_ADMIN", org.id) };
}

/** The parts of an answer that may differ between two invitations: ids, secrets and times. */
const shapeOf = (answer: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(answer).map(([key, value]) => [key, key === "role" ? value : typeof value]));

describe("inviting a member", () => {
  it("answers for an address with an account in another organisation exactly as for a new one", async () => {
    const { org, scope } = await adminOfNewOrganisation("invite-a");
    const elsewhere = await createOrganisation("invite-b");
    const taken = await createUser({ organisationId: elsewhere.id, role: "COORDINATOR" });
    const fresh = `${unique("fresh")}@test.tumar`;

    const forNew = await createMember(scope, { name: "New Person", email: fresh, role: "CASE_WORKER" });
    const forTaken = await createMember(scope, { name: "Known Person", email: taken.email, role: "CASE_WORKER" });
    expect(shapeOf(forTaken as never)).toEqual(shapeOf(forNew as never));
    expect(forTaken.email).toBe(taken.email);
    // Nothing about the other organisation's account changed or was joined yet.
    expect(await owner.membership.count({ where: { userId: taken.id } })).toBe(1);
    expect(await owner.user.count({ where: { email: fresh } })).toBe(0);
    // The trail says the same for both, without addresses.
    const events = await owner.auditEvent.findMany({
      where: { organisationId: org.id, action: "invitation.create" },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => e.details)).toEqual([{ role: "CASE_WORKER" }, { role: "CASE_WORKER" }]);
    expect(asJson(events)).not.toContain(taken.email);
    // Only the hash of the link's token is stored.
    const stored = await owner.invitation.findMany({ where: { organisationId: org.id } });
    expect(asJson(stored)).not.toContain(forNew.token);
    expect(stored.map((s) => s.tokenHash).sort()).toEqual([sha256Hex(forNew.token), sha256Hex(forTaken.token)].sort());
  });

  it("may say 'already a member' within the administrator's own organisation", async () => {
    const { org, scope } = await adminOfNewOrganisation("invite-member");
    const member = await createUser({ organisationId: org.id, role: "ANALYST" });
    await expect(createMember(scope, { name: "Again", email: member.email, role: "ANALYST" })).rejects.toMatchObject({
      code: "CONFLICT",
      fields: { email: "errors.alreadyMember" },
    });
  });

  it("is refused to other roles, and another organisation sees none of its invitations", async () => {
    const { org, scope } = await adminOfNewOrganisation("invite-scope");
    const coordinator = scopeOf(
      await createUser({ organisationId: org.id, role: "COORDINATOR" }),
      "COORDINATOR",
      org.id,
    );
    await expect(
      createMember(coordinator, { name: "X", email: `${unique("x")}@test.tumar`, role: "ANALYST" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const invitation = await createMember(scope, {
      name: "Scoped",
      email: `${unique("s")}@test.tumar`,
      role: "ANALYST",
    });
    const other = await adminOfNewOrganisation("invite-other");
    expect(await listPendingInvitations(other.scope)).toEqual([]);
    await expect(revokeInvitation(other.scope, invitation.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Below the app: without the organisation or the token, the database shows no invitation.
    expect(await app.invitation.count()).toBe(0);
    expect((await listPendingInvitations(scope)).map((i) => i.id)).toEqual([invitation.id]);
  });
});

describe("accepting an invitation", () => {
  it("works once: the invitee sets a password the policy accepts, then signs in", async () => {
    const { org, scope } = await adminOfNewOrganisation("accept-once");
    const email = `${unique("invitee")}@test.tumar`;
    const invitation = await createMember(scope, { name: "Dilnoza Yusupova", email, role: "HOTLINE_OPERATOR" });
    expect(await getInvitationByToken(invitation.token)).toMatchObject({
      email,
      role: "HOTLINE_OPERATOR",
      hasAccount: false,
    });

    await expect(
      acceptInvitationWithNewAccount({ token: invitation.token, password: "password1234" }, null),
    ).rejects.toMatchObject({ fields: { password: "errors.passwordTooCommon" } });
    const { userId } = await acceptInvitationWithNewAccount({ token: invitation.token, password: NEW_PASSWORD }, null);
    expect(await checkSignIn({ email, password: NEW_PASSWORD }, null, "198.51.100.31")).toEqual({ id: userId });
    expect(
      await owner.membership.findMany({ where: { userId }, select: { organisationId: true, role: true } }),
    ).toEqual([{ organisationId: org.id, role: "HOTLINE_OPERATOR" }]);

    // A second use, of either kind, finds nothing.
    await expect(
      acceptInvitationWithNewAccount({ token: invitation.token, password: "Another-long-phrase-88" }, null),
    ).rejects.toMatchObject({ messageKey: "errors.invitationInvalid" });
    await expect(
      acceptInvitationWithAccount({ token: invitation.token, password: NEW_PASSWORD }, null, "198.51.100.32"),
    ).rejects.toMatchObject({ messageKey: "errors.invitationInvalid" });
    expect(await getInvitationByToken(invitation.token)).toBeNull();
    const actions = (
      await owner.auditEvent.findMany({ where: { organisationId: org.id }, orderBy: { id: "asc" } })
    ).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["invitation.create", "invitation.accept", "member.create"]));
  });

  it("does not work after it expires", async () => {
    const { scope } = await adminOfNewOrganisation("accept-expired");
    const invitation = await createMember(scope, {
      name: "Late",
      email: `${unique("late")}@test.tumar`,
      role: "ANALYST",
    });
    await owner.invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getInvitationByToken(invitation.token)).toBeNull();
    await expect(
      acceptInvitationWithNewAccount({ token: invitation.token, password: NEW_PASSWORD }, null),
    ).rejects.toMatchObject({ messageKey: "errors.invitationInvalid" });
  });

  it("does not work after the administrator withdraws it, nor after a newer invitation replaced it", async () => {
    const { org, scope } = await adminOfNewOrganisation("accept-revoked");
    const email = `${unique("withdrawn")}@test.tumar`;
    const first = await createMember(scope, { name: "Withdrawn", email, role: "ANALYST" });
    await revokeInvitation(scope, first.id);
    await expect(
      acceptInvitationWithNewAccount({ token: first.token, password: NEW_PASSWORD }, null),
    ).rejects.toMatchObject({ messageKey: "errors.invitationInvalid" });
    await expect(revokeInvitation(scope, first.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(
      await owner.auditEvent.count({
        where: { organisationId: org.id, action: "invitation.revoke", recordId: first.id },
      }),
    ).toBe(1);

    const second = await createMember(scope, { name: "Again", email, role: "ANALYST" });
    const third = await createMember(scope, { name: "Again", email, role: "ANALYST" });
    expect(await getInvitationByToken(second.token)).toBeNull();
    await acceptInvitationWithNewAccount({ token: third.token, password: NEW_PASSWORD }, null);
  });

  it("adds the membership to an existing account only with that account's own password", async () => {
    const { org, scope } = await adminOfNewOrganisation("accept-existing");
    const elsewhere = await createOrganisation("accept-existing-home");
    const person = await createUser({ organisationId: elsewhere.id, role: "CASE_WORKER" });
    const before = await owner.user.findUniqueOrThrow({
      where: { id: person.id },
      select: { passwordHash: true, name: true },
    });
    const invitation = await createMember(scope, { name: "Another Name", email: person.email, role: "ANALYST" });
    expect(await getInvitationByToken(invitation.token)).toMatchObject({ hasAccount: true });
    // The new-account road cannot take the account over.
    await expect(
      acceptInvitationWithNewAccount({ token: invitation.token, password: NEW_PASSWORD }, null),
    ).rejects.toMatchObject({ messageKey: "errors.invitationHasAccount" });
    await expect(
      acceptInvitationWithAccount({ token: invitation.token, password: "not-the-password" }, null, "198.51.100.33"),
    ).rejects.toMatchObject({ fields: { password: "errors.invitationWrongPassword" } });
    await acceptInvitationWithAccount({ token: invitation.token, password: TEST_PASSWORD }, null, "198.51.100.33");
    expect(
      (await owner.membership.findMany({ where: { userId: person.id }, select: { organisationId: true } }))
        .map((m) => m.organisationId)
        .sort(),
    ).toEqual([elsewhere.id, org.id].sort());
    expect(
      await owner.user.findUniqueOrThrow({ where: { id: person.id }, select: { passwordHash: true, name: true } }),
    ).toEqual(before);
  });

  it("invites a new organisation's first administrator for the network administrator", async () => {
    const networkAdmin = scopeOf(await createUser({ networkAdmin: true }), "NETWORK_ADMIN", null);
    const email = `${unique("first-admin")}@test.tumar`;
    const created = await createOrganisationAsNetworkAdmin(networkAdmin, {
      name: unique("Osh Support"),
      code: organisationCode(),
      kind: "NGO",
      countryCode: "KG",
      timeZone: "Asia/Bishkek",
      adminName: "First Admin",
      adminEmail: email,
    });
    expect(await owner.user.count({ where: { email } })).toBe(0);
    const { userId } = await acceptInvitationWithNewAccount(
      { token: created.adminInvitation.token, password: NEW_PASSWORD },
      null,
    );
    expect(
      await owner.membership.findMany({ where: { userId }, select: { organisationId: true, role: true } }),
    ).toEqual([{ organisationId: created.id, role: "ORG_ADMIN" }]);
  });
});
