import { describe, expect, it } from "vitest";
import { PERMISSIONS, permissionsOf, roleHas, type Permission } from "./permissions";
import { NETWORK_ROLES, ORG_ROLES, type AnyRole } from "./roles";

// The expected matrix, written out by hand: a change to the permission table must change this too.
const EXPECTED: Record<AnyRole, Permission[]> = {
  NETWORK_ADMIN: ["network.organisations.manage", "reports.network.export", "self.manage"],
  ORG_ADMIN: [
    "org.members.manage",
    "org.settings.manage",
    "org.audit.read",
    "cases.read.all",
    "cases.list",
    "cases.write",
    "cases.breakGlass",
    "repatriations.write",
    "repatriations.read",
    "counterparts.read",
    "counterparts.write",
    "counterparts.manage",
    "hotline.calls.read",
    "situations.list",
    "situations.read.all",
    "situations.write",
    "perpetrators.list",
    "perpetrators.read.all",
    "perpetrators.write",
    "shelters.residents.read",
    "shelters.stays.write",
    "shelters.manage",
    "shelters.availability.read",
    "reports.aggregate.read",
    "self.manage",
  ],
  COORDINATOR: [
    "cases.read.all",
    "cases.list",
    "cases.write",
    "cases.closure.approve",
    "cases.referral.send",
    "cases.authorityReport",
    "cases.authorityReport.override",
    "cases.breakGlass",
    "cases.subjectRequest",
    "repatriations.move",
    "repatriations.write",
    "repatriations.read",
    "repatriations.alone.move",
    "counterparts.read",
    "counterparts.write",
    "counterparts.manage",
    "hotline.calls.read",
    "hotline.calls.log",
    "victims.create.fromCall",
    "situations.list",
    "situations.read.all",
    "situations.write",
    "perpetrators.list",
    "perpetrators.read.all",
    "perpetrators.contact",
    "perpetrators.share",
    "perpetrators.write",
    "shelters.residents.read",
    "shelters.stays.write",
    "shelters.manage",
    "shelters.availability.read",
    "reports.aggregate.read",
    "self.manage",
  ],
  CASE_WORKER: [
    "cases.read.own",
    "cases.list",
    "cases.write",
    "cases.authorityReport",
    "repatriations.read",
    "repatriations.alone.move",
    "counterparts.read",
    "counterparts.write",
    "victims.create.fromCall",
    "situations.list",
    "situations.read.own",
    "situations.write",
    "perpetrators.list",
    "perpetrators.read.own",
    "perpetrators.write",
    "shelters.availability.read",
    "self.manage",
  ],
  HOTLINE_OPERATOR: [
    "hotline.calls.read",
    "hotline.calls.log",
    "victims.create.fromCall",
    "situations.list",
    "situations.read.own",
    "situations.write",
    "perpetrators.list",
    "perpetrators.read.own",
    "perpetrators.write",
    "self.manage",
  ],
  SHELTER_STAFF: ["shelters.residents.read", "shelters.stays.write", "shelters.availability.read", "self.manage"],
  ANALYST: ["reports.aggregate.read", "self.manage"],
};

describe("permission table", () => {
  for (const role of [...NETWORK_ROLES, ...ORG_ROLES]) {
    it(`gives ${role} exactly its permissions`, () => {
      expect(new Set(permissionsOf(role))).toEqual(new Set(EXPECTED[role]));
    });
  }

  it("keeps case records away from network administrators and analysts", () => {
    for (const role of ["NETWORK_ADMIN", "ANALYST"] as const) {
      expect(roleHas(role, "cases.read.all")).toBe(false);
      expect(roleHas(role, "cases.read.own")).toBe(false);
      expect(roleHas(role, "shelters.residents.read")).toBe(false);
      expect(roleHas(role, "hotline.calls.read")).toBe(false);
      expect(roleHas(role, "situations.read.all")).toBe(false);
      expect(roleHas(role, "situations.read.own")).toBe(false);
      expect(roleHas(role, "perpetrators.read.all")).toBe(false);
      expect(roleHas(role, "perpetrators.read.own")).toBe(false);
      expect(roleHas(role, "perpetrators.list")).toBe(false);
    }
  });

  it("denies everything to no role", () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
      expect(roleHas(null, permission)).toBe(false);
    }
  });
});
