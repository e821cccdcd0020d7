import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { createUser, organisationCode, scopeOf, unique } from "@/tests/support/factories";
import { createOrganisation } from "./mutations";
import { getOrganisation } from "./data";
import { checkSignIn } from "@/lib/auth/sign-in";
import { acceptInvitationWithNewAccount } from "@/lib/invitations/mutations";

describe("network administration", () => {
  it("creates an organisation and invites its first administrator, who sets a password and can sign in", async () => {
    const networkAdmin = await createUser({ networkAdmin: true });
    const scope = scopeOf(networkAdmin, "NETWORK_ADMIN", null);
    const email = `${unique("admin")}@test.tumar`;
    const org = await createOrganisation(scope, {
      name: unique("Khujand Help"),
      code: organisationCode(),
      kind: "NGO",
      countryCode: "TJ",
      timeZone: "Asia/Dushanbe",
      adminName: "First Admin",
      adminEmail: email,
    });
    expect((await getOrganisation(scope, org.id))?.countryCode).toBe("TJ");
    await acceptInvitationWithNewAccount({ token: org.adminInvitation.token, password: "tulip-orbit-sevens-42" }, null);
    const admin = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(admin.memberships).toMatchObject([{ organisationId: org.id, role: "ORG_ADMIN" }]);
    expect(await checkSignIn({ email, password: "tulip-orbit-sevens-42" }, null)).toEqual({ id: admin.id });
    const actions = (await db.auditEvent.findMany({ where: { organisationId: org.id }, orderBy: { id: "asc" } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(["organisation.create", "invitation.create", "invitation.accept", "member.create"]);
  });

  it("is refused to organisation roles", async () => {
    const networkAdmin = await createUser({ networkAdmin: true });
    const scope = scopeOf(networkAdmin, "ORG_ADMIN", crypto.randomUUID());
    await expect(
      createOrganisation(scope, {
        name: unique("Nope"),
        code: organisationCode(),
        kind: "NGO",
        countryCode: "UZ",
        timeZone: "Asia/Tashkent",
        adminName: "X",
        adminEmail: `${unique("x")}@test.tumar`,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
