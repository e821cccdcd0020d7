// API tokens outlived every revocation. On real PostgreSQL: whatever ends a user's sessions
// for cause ends their tokens (in the same transaction, audited); creating a token asks for the
// password (and the code) again and counts wrong answers against the sign-in throttle; a token's
// life is bounded by the organisation's setting; every use is recorded; the organisation's
// administrator sees and revokes the tokens of its members, and only theirs.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { createOrganisation, createUser, scopeOf, TEST_PASSWORD } from "@/tests/support/factories";
import { sha256Hex } from "@/lib/crypto";
import {
  changeMemberRole,
  changeOwnPassword,
  createApiToken,
  endMemberSessions,
  endOwnSessions,
  revokeMemberApiToken,
  setMemberActive,
  updateApiTokenMaxDays,
} from "@/lib/users/mutations";
import { listMemberApiTokens } from "@/lib/users/data";
import { createApiTokenSchema } from "@/lib/users/schema";
import { codeAt, confirmEnrolment, startEnrolment } from "./second-factor";
import { checkSession, signOutSession, startSession, IDLE_TIMEOUT_MS } from "./sessions";
import { userIdForApiToken } from "./api-tokens";

/** A token stored as the app stores one, so the revocation checks do not depend on how it was made. */
async function storedToken(userId: string) {
  const secret = `tmr_${crypto.randomBytes(32).toString("base64url")}`;
  const row = await db.apiToken.create({
    data: {
      userId,
      name: `t-${crypto.randomUUID().slice(0, 6)}`,
      tokenHash: sha256Hex(secret),
      prefix: secret.slice(0, 10),
      expiresAt: new Date(Date.now() + 30 * 86_400_000),
    },
  });
  return { id: row.id, secret };
}

const somewhere = () => `203.0.113.${Math.floor(Math.random() * 250)}-${crypto.randomUUID().slice(0, 6)}`;

async function lastAudit(action: string, actorUserId: string) {
  return db.auditEvent.findFirstOrThrow({ where: { action, actorUserId }, orderBy: { id: "desc" } });
}

async function orgWithAdminAndMember(role: "CASE_WORKER" | "COORDINATOR" = "CASE_WORKER") {
  const org = await createOrganisation("tokens");
  const admin = await createUser({ organisationId: org.id, role: "ORG_ADMIN" });
  const member = await createUser({ organisationId: org.id, role });
  return {
    org,
    admin,
    adminScope: scopeOf(admin, "ORG_ADMIN", org.id),
    member,
    memberScope: scopeOf(member, role, org.id),
  };
}

describe("#14.1 API tokens end when the user's sessions end for cause", () => {
  it("'sign out everywhere' ends the tokens too, and says so on the trail", async () => {
    const { member, memberScope } = await orgWithAdminAndMember();
    await startSession(member.id);
    const token = await storedToken(member.id);
    expect(await userIdForApiToken(token.secret)).toBe(member.id);
    await endOwnSessions(memberScope);
    expect(await userIdForApiToken(token.secret)).toBeNull();
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokeReason).toBe("SIGN_OUT_EVERYWHERE");
    expect((await lastAudit("auth.sign_out_everywhere", member.id)).details).toMatchObject({
      sessionsEnded: 1,
      tokensRevoked: 1,
    });
  });

  it("an administrator ending a member's sessions, deactivating them or changing their role ends their tokens", async () => {
    const { org, adminScope, member } = await orgWithAdminAndMember();
    const ended = await storedToken(member.id);
    await endMemberSessions(adminScope, member.membershipId!);
    expect(await userIdForApiToken(ended.secret)).toBeNull();

    const roleChanged = await storedToken(member.id);
    await changeMemberRole(adminScope, member.membershipId!, { role: "HOTLINE_OPERATOR", version: 1 });
    expect(await userIdForApiToken(roleChanged.secret)).toBeNull();
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: roleChanged.id } })).revokeReason).toBe("ROLE_CHANGED");

    const deactivated = await storedToken(member.id);
    await setMemberActive(adminScope, member.membershipId!, { active: false, version: 2 });
    await db.user.update({ where: { id: member.id }, data: { active: true } }); // only the token is under test
    expect(await userIdForApiToken(deactivated.secret)).toBeNull();
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: deactivated.id } })).revokeReason).toBe("DEACTIVATED");
    expect(org.id).toBeTruthy();
  });

  it("a password change and turning on the second factor end every token, the current session's own included", async () => {
    const { member, memberScope } = await orgWithAdminAndMember();
    const here = await startSession(member.id);
    const beforePassword = await storedToken(member.id);
    await changeOwnPassword(memberScope, here, {
      currentPassword: TEST_PASSWORD,
      newPassword: "a new and long enough pass phrase",
    });
    expect(await userIdForApiToken(beforePassword.secret)).toBeNull();

    const beforeFactor = await storedToken(member.id);
    const { secret } = await startEnrolment(memberScope);
    await confirmEnrolment(memberScope, here, {
      currentPassword: "a new and long enough pass phrase",
      code: await codeAt(secret),
    });
    expect(await userIdForApiToken(beforeFactor.secret)).toBeNull();
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: beforeFactor.id } })).revokeReason).toBe(
      "SECOND_FACTOR_CHANGED",
    );
  });

  it("a plain sign-out and an idle session leave tokens for integrations alone", async () => {
    const { member } = await orgWithAdminAndMember();
    const session = await startSession(member.id);
    const idle = await startSession(member.id);
    const token = await storedToken(member.id);
    await signOutSession(session, member.id);
    expect(await checkSession(idle, member.id, new Date(Date.now() + IDLE_TIMEOUT_MS + 60_000))).toBe(false);
    expect(await userIdForApiToken(token.secret)).toBe(member.id);
  });
});

describe("#14.1 creating a token asks who you are again", () => {
  it("refuses a wrong password with a field error, counts it against the sign-in throttle, and records the session", async () => {
    const { member, memberScope } = await orgWithAdminAndMember();
    const sessionId = await startSession(member.id);
    const address = somewhere();
    const input = { name: "integration", expiresInDays: 30 };
    await expect(
      createApiToken(memberScope, { sessionId, address }, { ...input, currentPassword: "not the password" }),
    ).rejects.toMatchObject({
      code: "INVALID",
      fields: { currentPassword: "errors.currentPasswordWrong" },
    });
    expect(await lastAudit("api_token.create_refused", member.id)).toBeTruthy();
    const made = await createApiToken(
      memberScope,
      { sessionId, address },
      { ...input, currentPassword: TEST_PASSWORD },
    );
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: made.id } })).createdFromSessionId).toBe(sessionId);
    // Five wrong answers from one place block that account there, as at sign-in.
    for (let i = 0; i < 5; i += 1) {
      await expect(
        createApiToken(memberScope, { sessionId, address }, { ...input, currentPassword: `wrong ${i}` }),
      ).rejects.toMatchObject({ code: "INVALID" });
    }
    await expect(
      createApiToken(memberScope, { sessionId, address }, { ...input, currentPassword: TEST_PASSWORD }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("asks for the second factor's code where the user has one", async () => {
    const { member, memberScope } = await orgWithAdminAndMember();
    const sessionId = await startSession(member.id);
    const { secret } = await startEnrolment(memberScope);
    await confirmEnrolment(memberScope, sessionId, { currentPassword: TEST_PASSWORD, code: await codeAt(secret) });
    const input = { name: "integration", expiresInDays: 30, currentPassword: TEST_PASSWORD };
    const context = { sessionId, address: somewhere() };
    await expect(createApiToken(memberScope, context, input)).rejects.toMatchObject({
      fields: { code: "errors.secondFactorCodeNeeded" },
    });
    await expect(createApiToken(memberScope, context, { ...input, code: "000000" })).rejects.toMatchObject({
      fields: { code: "errors.secondFactorWrong" },
    });
    const made = await createApiToken(memberScope, context, { ...input, code: await codeAt(secret, 30) });
    expect(await userIdForApiToken(made.secret)).toBe(member.id);
  });
});

describe("#14.1 a token's life is bounded", () => {
  it("is 90 days at most unless the organisation's administrator allows longer, never over 365", async () => {
    const { member, memberScope, adminScope, admin } = await orgWithAdminAndMember();
    const context = () => ({ sessionId: null, address: somewhere() });
    const input = { name: "long", currentPassword: TEST_PASSWORD };
    await expect(createApiToken(memberScope, context(), { ...input, expiresInDays: 91 })).rejects.toMatchObject({
      fields: { expiresInDays: "errors.tokenLifeTooLong" },
    });
    const ninety = await createApiToken(memberScope, context(), { ...input, expiresInDays: 90 });
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: ninety.id } });
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeLessThanOrEqual(90 * 86_400_000 + 60_000);

    await expect(updateApiTokenMaxDays(memberScope, { apiTokenMaxDays: 365 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await updateApiTokenMaxDays(adminScope, { apiTokenMaxDays: 200 });
    expect((await lastAudit("org.api_token_max_days", admin.id)).details).toMatchObject({ from: 90, to: 200 });
    await createApiToken(memberScope, context(), { ...input, expiresInDays: 200 });
    expect(createApiTokenSchema.safeParse({ ...input, expiresInDays: 366 }).success).toBe(false);
    // The database refuses a token without an expiry, or one that outlives the bound.
    await expect(
      db.apiToken.create({
        data: {
          userId: member.id,
          name: "x",
          tokenHash: sha256Hex(crypto.randomUUID()),
          prefix: "tmr_x",
          expiresAt: null as never,
        },
      }),
    ).rejects.toThrow();
    await expect(
      db.apiToken.create({
        data: {
          userId: member.id,
          name: "x",
          tokenHash: sha256Hex(crypto.randomUUID()),
          prefix: "tmr_x",
          expiresAt: new Date(Date.now() + 400 * 86_400_000),
        },
      }),
    ).rejects.toThrow();
  });
});

describe("#14.1 every token use is recorded", () => {
  it("writes the last use with one conditional update at most once a minute", async () => {
    const { member } = await orgWithAdminAndMember();
    const token = await storedToken(member.id);
    const start = new Date();
    await userIdForApiToken(token.secret, start);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt?.getTime()).toBe(
      start.getTime(),
    );
    await userIdForApiToken(token.secret, new Date(start.getTime() + 30_000));
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt?.getTime()).toBe(
      start.getTime(),
    );
    const later = new Date(start.getTime() + 120_000);
    await userIdForApiToken(token.secret, later);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt?.getTime()).toBe(
      later.getTime(),
    );
  });
});

describe("#14.1 the organisation's administrator sees and revokes members' tokens", () => {
  it("lists and revokes the tokens of its own members only, audited", async () => {
    const { admin, adminScope, member } = await orgWithAdminAndMember();
    const other = await orgWithAdminAndMember();
    const token = await storedToken(member.id);
    const listed = await listMemberApiTokens(adminScope, member.membershipId!);
    expect(listed?.map((t) => t.id)).toEqual([token.id]);
    expect(Object.keys(listed![0]!).sort()).toEqual([
      "createdAt",
      "expiresAt",
      "id",
      "lastUsedAt",
      "name",
      "prefix",
      "revokeReason",
      "revokedAt",
    ]);
    // Another organisation's administrator sees nothing and revokes nothing.
    expect(await listMemberApiTokens(other.adminScope, member.membershipId!)).toBeNull();
    await expect(revokeMemberApiToken(other.adminScope, member.membershipId!, token.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(revokeMemberApiToken(other.adminScope, other.member.membershipId!, token.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await userIdForApiToken(token.secret)).toBe(member.id);
    // A member cannot read their colleagues' tokens.
    expect(
      await listMemberApiTokens(scopeOf(member, "CASE_WORKER", other.org.id), other.member.membershipId!),
    ).toBeNull();

    await revokeMemberApiToken(adminScope, member.membershipId!, token.id);
    expect(await userIdForApiToken(token.secret)).toBeNull();
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokeReason).toBe("REVOKED_BY_ADMIN");
    expect((await lastAudit("member.api_token_revoke", admin.id)).details).toMatchObject({ tokenId: token.id });
  });
});
