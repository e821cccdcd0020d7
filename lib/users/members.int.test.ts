import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { AppError } from "@/lib/errors";
import { ORG_ROLES } from "@/lib/roles/roles";
import { asJson, createOrganisation, createUser, scopeOf, unique } from "@/tests/support/factories";
import { getMember, listMembers } from "./data";
import { changeMemberRole, createMember, setMemberActive } from "./mutations";
import { acceptInvitationWithNewAccount } from "@/lib/invitations/mutations";
import { loadActor } from "@/lib/auth/load-actor";
import { getOrganisation, listOrganisations } from "@/lib/orgs/data";
import { listMembersQuerySchema } from "./schema";

const allQuery = listMembersQuerySchema.parse({ status: "all", limit: 100 });

async function auditFor(recordId: string) {
  return db.auditEvent.findMany({ where: { recordId }, orderBy: { id: "asc" } });
}

describe("member management writes an audit event with each write", () => {
  it("audits create, role change and deactivation in the same transaction", async () => {
    const org = await createOrganisation();
    const admin = await createUser({ organisationId: org.id, role: "ORG_ADMIN" });
    const scope = scopeOf(admin, "ORG_ADMIN", org.id);
    const email = `${unique("new")}@test.tumar`;
    const invitation = await createMember(scope, { name: "New Person", email, role: "CASE_WORKER" });
    await acceptInvitationWithNewAccount({ token: invitation.token, password: "Amber-window-ninety-14" }, null);
    const created = await db.membership.findFirstOrThrow({
      where: { organisationId: org.id, user: { email } },
      select: { id: true },
    });

    await changeMemberRole(scope, created.id, { role: "HOTLINE_OPERATOR", version: 1 });
    await setMemberActive(scope, created.id, { active: false, version: 2 });

    const events = await auditFor(created.id);
    expect(events.map((e) => e.action)).toEqual(["member.create", "member.role_change", "member.deactivate"]);
    // The membership is made when the invitee accepts: that event is theirs.
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(events[0]).toMatchObject({ actorUserId: user.id, organisationId: org.id, recordType: "MEMBERSHIP" });
    for (const event of events.slice(1)) {
      expect(event).toMatchObject({
        actorUserId: admin.id,
        organisationId: org.id,
        recordType: "MEMBERSHIP",
        requestId: scope.requestId,
      });
    }
    expect(asJson(events)).not.toContain(email);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).active).toBe(false);
    expect(
      await loadActor({ userId: user.id, preferredOrganisationId: null, requestId: null, via: "session" }),
    ).toBeNull();
  });

  it("writes no audit event when the change fails (already a member here)", async () => {
    const org = await createOrganisation();
    const admin = await createUser({ organisationId: org.id, role: "ORG_ADMIN" });
    const scope = scopeOf(admin, "ORG_ADMIN", org.id);
    const before = await db.auditEvent.count({ where: { actorUserId: admin.id } });
    const error = await createMember(scope, { name: "Dup", email: admin.email, role: "ANALYST" }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.fields).toEqual({ email: "errors.alreadyMember" });
    expect(await db.auditEvent.count({ where: { actorUserId: admin.id } })).toBe(before);
  });

  it("refuses a stale version and an admin demoting themselves", async () => {
    const org = await createOrganisation();
    const admin = await createUser({ organisationId: org.id, role: "ORG_ADMIN" });
    const other = await createUser({ organisationId: org.id, role: "ANALYST" });
    const scope = scopeOf(admin, "ORG_ADMIN", org.id);
    await changeMemberRole(scope, other.membershipId!, { role: "CASE_WORKER", version: 1 });
    await expect(
      changeMemberRole(scope, other.membershipId!, { role: "COORDINATOR", version: 1 }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "errors.staleRecord",
    });
    await expect(changeMemberRole(scope, admin.membershipId!, { role: "ANALYST", version: 1 })).rejects.toMatchObject({
      fields: { role: "errors.cannotChangeOwnRole" },
    });
  });

  it("records each read of a member's identifying data", async () => {
    const org = await createOrganisation();
    const admin = await createUser({ organisationId: org.id, role: "ORG_ADMIN" });
    const other = await createUser({ organisationId: org.id, role: "ANALYST" });
    const scope = scopeOf(admin, "ORG_ADMIN", org.id);
    expect((await getMember(scope, other.membershipId!))?.user.email).toBe(other.email);
    expect((await auditFor(other.membershipId!)).map((e) => e.action)).toEqual(["member.read"]);
  });
});

describe("a record of organisation A is invisible to every role of organisation B", () => {
  it("hides A's members and A itself from each role of B, and cannot change them", async () => {
    const orgA = await createOrganisation("A");
    const orgB = await createOrganisation("B");
    const memberOfA = await createUser({ organisationId: orgA.id, role: "CASE_WORKER" });
    for (const role of ORG_ROLES) {
      const userB = await createUser({ organisationId: orgB.id, role });
      const scope = scopeOf(userB, role, orgB.id);
      expect(await getMember(scope, memberOfA.membershipId!), role).toBeNull();
      const list = await listMembers(scope, allQuery);
      expect(
        list.items.map((m) => m.organisationId).every((id) => id === orgB.id),
        role,
      ).toBe(true);
      expect(await getOrganisation(scope, orgA.id), role).toBeNull();
      const orgs = await listOrganisations(scope, { limit: 100 });
      expect(
        orgs.items.map((o) => o.id),
        role,
      ).toEqual([orgB.id]);
      await expect(
        changeMemberRole(scope, memberOfA.membershipId!, { role: "ANALYST", version: 1 }),
        role,
      ).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(
        setMemberActive(scope, memberOfA.membershipId!, { active: false, version: 1 }),
        role,
      ).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    // And nothing about A was written by those attempts.
    expect(await auditFor(memberOfA.membershipId!)).toEqual([]);
    expect((await db.membership.findUniqueOrThrow({ where: { id: memberOfA.membershipId! } })).role).toBe(
      "CASE_WORKER",
    );
  });

  it("lets only ORG_ADMIN list the organisation's members; others see only themselves", async () => {
    const org = await createOrganisation();
    await createUser({ organisationId: org.id, role: "ORG_ADMIN" });
    const coordinator = await createUser({ organisationId: org.id, role: "COORDINATOR" });
    await createUser({ organisationId: org.id, role: "ANALYST" });
    const list = await listMembers(scopeOf(coordinator, "COORDINATOR", org.id), allQuery);
    expect(list.items.map((m) => m.user.id)).toEqual([coordinator.id]);
  });
});

describe("member list", () => {
  it("filters and paginates with a cursor", async () => {
    const org = await createOrganisation();
    const admin = await createUser({ organisationId: org.id, role: "ORG_ADMIN" });
    for (let i = 0; i < 5; i++) await createUser({ organisationId: org.id, role: "ANALYST" });
    const scope = scopeOf(admin, "ORG_ADMIN", org.id);
    const first = await listMembers(scope, listMembersQuerySchema.parse({ role: "ANALYST", limit: 2 }));
    expect(first.items).toHaveLength(2);
    const second = await listMembers(
      scope,
      listMembersQuerySchema.parse({ role: "ANALYST", limit: 2, cursor: first.nextCursor }),
    );
    const third = await listMembers(
      scope,
      listMembersQuerySchema.parse({ role: "ANALYST", limit: 2, cursor: second.nextCursor }),
    );
    const ids = [...first.items, ...second.items, ...third.items].map((m) => m.id);
    expect(new Set(ids).size).toBe(5);
    expect(third.nextCursor).toBeNull();
  });
});
