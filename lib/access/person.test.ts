// The one visibility rule, as a table: every role, for every relation a person can have to the
// actor (own, own and restricted, restricted but assigned, restricted and opened by break-glass,
// shared with fields, shared and then revoked, a resident of the actor's shelter, unrelated).
import { describe, expect, it } from "vitest";
import { mintScope } from "@/lib/auth/mint-scope";
import { ORG_ROLES, type OrgRole } from "@/lib/roles/roles";
import {
  CARE_FIELDS,
  MINIMAL_SHARED_FIELDS,
  personListWhere,
  viewOfPerson,
  type PersonAccess,
  type PersonRuleRow,
} from "./person";

const ORG = "00000000-0000-4000-8000-00000000000a";
const PARTNER = "00000000-0000-4000-8000-00000000000b";
const ME = "00000000-0000-4000-8000-0000000000a1";
const SOMEONE = "00000000-0000-4000-8000-0000000000a2";

const person = (over: Partial<PersonRuleRow>): PersonRuleRow => ({
  id: "p",
  organisationId: ORG,
  restricted: false,
  assignedToId: SOMEONE,
  createdById: SOMEONE,
  ...over,
});
const access = (role: OrgRole, over: Partial<Omit<PersonAccess, "scope">> = {}): PersonAccess => ({
  scope: mintScope({ userId: ME, organisationId: ORG, role, requestId: null }),
  grants: new Map(),
  unlocked: new Set(),
  residents: new Set(),
  ...over,
});
const kind = (a: PersonAccess, p: PersonRuleRow) => viewOfPerson(a, p).kind;

describe("the one visibility rule", () => {
  it("shows the organisation's own people in full to coordinators and administrators, and to case workers their own", () => {
    const expected: Record<OrgRole, string> = {
      ORG_ADMIN: "all",
      COORDINATOR: "all",
      CASE_WORKER: "hidden",
      HOTLINE_OPERATOR: "hidden",
      SHELTER_STAFF: "hidden",
      ANALYST: "hidden",
    };
    for (const role of ORG_ROLES) expect(kind(access(role), person({})), role).toBe(expected[role]);
    expect(kind(access("CASE_WORKER"), person({ assignedToId: ME }))).toBe("all");
    expect(kind(access("CASE_WORKER"), person({ createdById: ME }))).toBe("all");
  });

  it("shows a restricted record as 'restricted' until break-glass, except to its assigned worker and creator", () => {
    const restricted = person({ restricted: true });
    expect(kind(access("COORDINATOR"), restricted)).toBe("restricted");
    expect(kind(access("ORG_ADMIN"), restricted)).toBe("restricted");
    expect(kind(access("COORDINATOR", { unlocked: new Set(["p"]) }), restricted)).toBe("all");
    expect(kind(access("COORDINATOR"), person({ restricted: true, assignedToId: ME }))).toBe("all");
    expect(kind(access("CASE_WORKER"), person({ restricted: true, createdById: ME }))).toBe("all");
    expect(kind(access("SHELTER_STAFF", { residents: new Set(["p"]) }), restricted)).toBe("restricted");
  });

  it("shows shelter staff their residents' care fields only, and nobody else", () => {
    const view = viewOfPerson(access("SHELTER_STAFF", { residents: new Set(["p"]) }), person({}));
    expect(view).toMatchObject({ kind: "fields", via: "shelter" });
    expect(view.kind === "fields" && [...view.fields].sort()).toEqual([...CARE_FIELDS].sort());
    expect(kind(access("SHELTER_STAFF"), person({}))).toBe("hidden");
  });

  it("shows another organisation's person only through a live grant, with the minimal set and the fields it names", () => {
    const theirs = person({ organisationId: PARTNER });
    const granted = access("COORDINATOR", {
      grants: new Map([["p", { fields: ["phone", "notAField"], since: new Date() }]]),
    });
    const view = viewOfPerson(granted, theirs);
    expect(view.kind).toBe("fields");
    if (view.kind !== "fields") return;
    expect(view.fields.has("phone")).toBe(true);
    expect(view.fields.has("narrative")).toBe(false);
    expect(view.fields.has("notAField")).toBe(false);
    for (const field of MINIMAL_SHARED_FIELDS) expect(view.fields.has(field)).toBe(true);
    // Revoked or expired: the grant is not in the context, and the person is gone on every road.
    expect(kind(access("COORDINATOR"), theirs)).toBe("hidden");
    // A case worker or hotline operator of the grantee does not see it; shelter staff only as residents.
    expect(kind({ ...granted, scope: access("CASE_WORKER").scope }, theirs)).toBe("hidden");
    expect(kind({ ...granted, scope: access("HOTLINE_OPERATOR").scope }, theirs)).toBe("hidden");
    expect(kind({ ...granted, scope: access("SHELTER_STAFF").scope, residents: new Set(["p"]) }, theirs)).toBe(
      "fields",
    );
  });

  it("finds in lists only what it shows: no restricted records, no residents, shared people for case readers only", () => {
    const granted = { grants: new Map([["s", { fields: [], since: new Date() }]]), unlocked: new Set(["u"]) };
    expect(JSON.stringify(personListWhere(access("COORDINATOR", granted)))).toContain('"restricted":false');
    expect(JSON.stringify(personListWhere(access("COORDINATOR", granted)))).toContain('"s"');
    expect(JSON.stringify(personListWhere(access("COORDINATOR", granted)))).toContain('"u"');
    expect(JSON.stringify(personListWhere(access("CASE_WORKER", granted)))).not.toContain('"s"');
    for (const role of ["HOTLINE_OPERATOR", "SHELTER_STAFF", "ANALYST"] as const)
      expect(personListWhere(access(role, granted))).toEqual({ id: { in: [] } });
  });
});
