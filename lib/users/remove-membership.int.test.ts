// A member of several organisations could not be removed from one. On real PostgreSQL:
// the ORG_ADMIN removes the membership (audited); the user keeps their other memberships; their
// sessions and all their tokens end, so their next request is refused; the last administrator
// of an organisation cannot be removed; another organisation's administrator finds nothing.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { sha256Hex } from "@/lib/crypto";
import { checkSession, startSession } from "@/lib/auth/sessions";
import { userIdForApiToken } from "@/lib/auth/api-tokens";
import { loadActor } from "@/lib/auth/load-actor";
import { removeMembership } from "./mutations";

async function storedToken(userId: string) {
  const secret = `tmr_${crypto.randomBytes(32).toString("base64url")}`;
  await db.apiToken.create({
    data: {
      userId,
      name: "integration",
      tokenHash: sha256Hex(secret),
      prefix: secret.slice(0, 10),
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  return secret;
}

describe("#14.11 removing a member from one organisation", () => {
  it("ends the membership, the user's sessions and tokens, and keeps their other memberships", async () => {
    const here = await createOrganisation("remove-here");
    const there = await createOrganisation("remove-there");
    const admin = await createUser({ organisationId: here.id, role: "ORG_ADMIN" });
    const adminScope = scopeOf(admin, "ORG_ADMIN", here.id);
    const member = await createUser({ organisationId: here.id, role: "CASE_WORKER" });
    await db.membership.create({ data: { userId: member.id, organisationId: there.id, role: "HOTLINE_OPERATOR" } });
    const session = await startSession(member.id);
    const token = await storedToken(member.id);

    // Another organisation's administrator cannot remove (or learn of) the membership.
    const stranger = await createUser({ organisationId: there.id, role: "ORG_ADMIN" });
    await expect(
      removeMembership(scopeOf(stranger, "ORG_ADMIN", there.id), member.membershipId!, { version: 1 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Nor can a member who is not an administrator.
    await expect(
      removeMembership(scopeOf(member, "CASE_WORKER", here.id), member.membershipId!, { version: 1 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    await removeMembership(adminScope, member.membershipId!, { version: 1 });
    expect(await db.membership.findUnique({ where: { id: member.membershipId! } })).toBeNull();
    // The next request with the old session or the token is refused.
    expect(await checkSession(session, member.id)).toBe(false);
    expect(await userIdForApiToken(token)).toBeNull();
    // Signed in again, the user acts for the other organisation only, even when asking for this one.
    const actor = await loadActor({
      userId: member.id,
      preferredOrganisationId: here.id,
      requestId: null,
      via: "session",
    });
    expect(actor?.memberships.map((m) => m.organisationId)).toEqual([there.id]);
    expect(actor?.current?.organisationId).toBe(there.id);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "member.remove", actorUserId: admin.id },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({ recordId: member.membershipId, organisationId: here.id });
    expect(audit.details).toMatchObject({ userId: member.id, sessionsEnded: 1, tokensRevoked: 1 });
  });

  it("refuses to remove the last administrator, and an administrator removing themselves", async () => {
    const org = await createOrganisation("remove-admin");
    const admin = await createUser({ organisationId: org.id, role: "ORG_ADMIN" });
    const adminScope = scopeOf(admin, "ORG_ADMIN", org.id);
    await expect(removeMembership(adminScope, admin.membershipId!, { version: 1 })).rejects.toMatchObject({
      fields: { _form: "errors.cannotRemoveSelf" },
    });
    const second = await createUser({ organisationId: org.id, role: "ORG_ADMIN" });
    await removeMembership(adminScope, second.membershipId!, { version: 1 });
    // The count itself: once the acting administrator's own membership is gone (removed elsewhere
    // while their page was open), the one administrator left cannot be removed.
    const again = await createUser({ organisationId: org.id, role: "ORG_ADMIN" });
    await db.membership.delete({ where: { id: admin.membershipId! } });
    await expect(removeMembership(adminScope, again.membershipId!, { version: 1 })).rejects.toMatchObject({
      fields: { _form: "errors.lastOrgAdmin" },
    });
    expect(await db.membership.count({ where: { organisationId: org.id, role: "ORG_ADMIN" } })).toBe(1);
  });
});
