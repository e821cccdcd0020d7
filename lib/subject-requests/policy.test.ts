// Who answers a data-subject request: every role of the person's organisation, of another
// organisation, and the network roles (decision 0033).
import { describe, expect, it } from "vitest";
import { mintScope } from "@/lib/auth/mint-scope";
import { NETWORK_ROLES, ORG_ROLES, type AnyRole } from "@/lib/roles/roles";
import { mayAnswerSubjectRequest } from "./policy";

const ORG_A = "0a0a0a0a-0000-4000-8000-00000000000a";
const ORG_B = "0b0b0b0b-0000-4000-8000-00000000000b";

function scopeFor(role: AnyRole, organisationId: string | null) {
  return mintScope({ userId: "11111111-0000-4000-8000-000000000001", organisationId, role, requestId: "test" });
}

describe("mayAnswerSubjectRequest", () => {
  it("is the person's own organisation's coordinator only", () => {
    const record = { organisationId: ORG_A };
    const own = ORG_ROLES.filter((role) => mayAnswerSubjectRequest(scopeFor(role, ORG_A), record));
    expect(own).toEqual(["COORDINATOR"]);
    expect(ORG_ROLES.filter((role) => mayAnswerSubjectRequest(scopeFor(role, ORG_B), record))).toEqual([]);
    expect(NETWORK_ROLES.filter((role) => mayAnswerSubjectRequest(scopeFor(role, null), record))).toEqual([]);
  });
});
