import { describe, expect, it } from "vitest";
import { mintScope } from "@/lib/auth/mint-scope";
import { NETWORK_ROLES, ORG_ROLES, type AnyRole } from "@/lib/roles/roles";
import { activeGrantWhere } from "./policy";
import { membershipWhere } from "@/lib/users/policy";
import { organisationWhere } from "@/lib/orgs/policy";

const ORG_A = "0a0a0a0a-0000-4000-8000-00000000000a";
const ORG_B = "0b0b0b0b-0000-4000-8000-00000000000b";
const USER = "11111111-0000-4000-8000-000000000001";

function scopeFor(role: AnyRole, organisationId: string | null) {
  return mintScope({ userId: USER, organisationId, role, requestId: "test" });
}

describe("activeGrantWhere", () => {
  it("matches only unrevoked, unexpired grants to the actor's organisation, opened through a live grant or none", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    const alive = { revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
    expect(activeGrantWhere(scopeFor("COORDINATOR", ORG_B), now)).toEqual({
      granteeOrganisationId: ORG_B,
      AND: [alive, { OR: [{ parentGrantId: null }, { parent: { is: alive } }] }],
    });
  });

  it("matches no organisation for a network role", () => {
    const where = activeGrantWhere(scopeFor("NETWORK_ADMIN", null));
    expect(where.granteeOrganisationId).toBe("00000000-0000-0000-0000-000000000000");
  });
});

describe("membershipWhere and organisationWhere", () => {
  for (const org of [ORG_A, ORG_B]) {
    it(`ORG_ADMIN of ${org.slice(0, 4)} manages the memberships of their organisation only`, () => {
      expect(membershipWhere(scopeFor("ORG_ADMIN", org))).toEqual({ organisationId: org });
      expect(organisationWhere(scopeFor("ORG_ADMIN", org))).toEqual({ id: org });
    });
    for (const role of ORG_ROLES.filter((r) => r !== "ORG_ADMIN")) {
      it(`${role} of ${org.slice(0, 4)} sees only their own membership`, () => {
        expect(membershipWhere(scopeFor(role, org))).toEqual({ organisationId: org, userId: USER });
        expect(organisationWhere(scopeFor(role, org))).toEqual({ id: org });
      });
    }
  }

  for (const role of NETWORK_ROLES) {
    it(`${role} sees every organisation and only their administrators`, () => {
      expect(membershipWhere(scopeFor(role, null))).toEqual({ role: "ORG_ADMIN" });
      expect(organisationWhere(scopeFor(role, null))).toEqual({});
    });
  }
});
