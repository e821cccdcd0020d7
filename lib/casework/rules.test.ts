import { describe, expect, it } from "vitest";
import {
  closureProblem,
  hasReturnConsent,
  hasSharingConsent,
  reopenProblem,
  requestConsents,
  sharingConsentOrganisations,
} from "./rules";

const ORG_B = "0b0b0b0b-0000-4000-8000-00000000000b";
const today = new Date("2026-06-01T00:00:00Z");
const consent = (overrides: Partial<Parameters<typeof hasSharingConsent>[0][number]> = {}) => ({
  kind: "SHARING",
  granteeOrganisationId: ORG_B,
  givenOn: new Date("2026-05-01"),
  withdrawnOn: null,
  ...overrides,
});

describe("consent rules", () => {
  it("allows sharing with the organisation named in an unwithdrawn sharing consent", () => {
    expect(hasSharingConsent([consent()], ORG_B, today)).toBe(true);
  });
  it("refuses sharing without consent, with another organisation, after withdrawal, or on a services consent", () => {
    expect(hasSharingConsent([], ORG_B, today)).toBe(false);
    expect(hasSharingConsent([consent({ granteeOrganisationId: "other" })], ORG_B, today)).toBe(false);
    expect(hasSharingConsent([consent({ withdrawnOn: new Date("2026-05-20") })], ORG_B, today)).toBe(false);
    expect(hasSharingConsent([consent({ kind: "SERVICES" })], ORG_B, today)).toBe(false);
    expect(hasSharingConsent([consent({ givenOn: new Date("2026-07-01") })], ORG_B, today)).toBe(false);
  });
});

describe("consent dated in an organisation's time zone", () => {
  // Regression: a consent recorded at 02:40 in Almaty (21:40 UTC) is dated the next UTC day and
  // was not yet in force, so the referral made right after it was refused.
  it("counts a consent given today east of UTC from the moment it is recorded", () => {
    const eveningUtc = new Date("2026-12-02T21:40:00Z");
    expect(hasSharingConsent([consent({ givenOn: new Date("2026-12-03") })], ORG_B, eveningUtc)).toBe(true);
    expect(hasSharingConsent([consent({ givenOn: new Date("2026-12-04") })], ORG_B, eveningUtc)).toBe(false);
  });
});

describe("the consents a repatriation request needs", () => {
  it("lists return and sharing with the receiver, each with whether it is given", () => {
    expect(requestConsents([], { organisationId: ORG_B }, today)).toEqual([
      { kind: "RETURN", given: false },
      { kind: "SHARING", given: false },
    ]);
    expect(
      requestConsents(
        [consent({ kind: "RETURN", granteeOrganisationId: null }), consent()],
        { organisationId: ORG_B },
        today,
      ),
    ).toEqual([
      { kind: "RETURN", given: true },
      { kind: "SHARING", given: true },
    ]);
    // A counterpart outside Tumar is named by its own consent, not by an organisation's.
    const toCounterpart = consent({ granteeOrganisationId: null, granteeCounterpartId: "cp-1" });
    expect(requestConsents([toCounterpart], { counterpartId: "cp-1" }, today)[1]).toEqual({
      kind: "SHARING",
      given: true,
    });
    expect(requestConsents([consent()], { counterpartId: "cp-1" }, today)[1]).toEqual({
      kind: "SHARING",
      given: false,
    });
    expect(requestConsents([toCounterpart], { organisationId: ORG_B }, today)[1]).toEqual({
      kind: "SHARING",
      given: false,
    });
    // A deportation asks nothing of the person: nothing is requested.
    expect(requestConsents([], "none", today)).toEqual([]);
    // Before a receiver is chosen, sharing cannot be in place yet.
    expect(requestConsents([consent()], null, today)[1]).toEqual({ kind: "SHARING", given: false });
    expect(
      sharingConsentOrganisations(
        [consent(), consent({ granteeOrganisationId: "other", withdrawnOn: new Date("2026-05-20") })],
        today,
      ),
    ).toEqual([ORG_B]);
  });
  it("counts a return consent given today east of UTC, as a sharing consent", () => {
    const eveningUtc = new Date("2026-12-02T21:40:00Z");
    expect(hasReturnConsent([consent({ kind: "RETURN", givenOn: new Date("2026-12-03") })], eveningUtc)).toBe(true);
  });
});

describe("closure rules", () => {
  it("lets a coordinator close an open record with a reason", () => {
    expect(closureProblem("COORDINATOR", "ACTIVE", "Returned home")).toBeNull();
    expect(closureProblem("COORDINATOR", "FOLLOW_UP", "Referred on")).toBeNull();
  });
  it("refuses other roles, a missing reason, and closing twice", () => {
    expect(closureProblem("CASE_WORKER", "ACTIVE", "Returned home")).toBe("errors.onlyCoordinatorCloses");
    expect(closureProblem("ORG_ADMIN", "ACTIVE", "Returned home")).toBe("errors.onlyCoordinatorCloses");
    expect(closureProblem("COORDINATOR", "ACTIVE", "  ")).toBe("errors.closureReasonRequired");
    expect(closureProblem("COORDINATOR", "CLOSED", "again")).toBe("errors.alreadyClosed");
  });
  it("lets only a coordinator reopen, and only a closed record", () => {
    expect(reopenProblem("COORDINATOR", "CLOSED")).toBeNull();
    expect(reopenProblem("CASE_WORKER", "CLOSED")).toBe("errors.onlyCoordinatorReopens");
    expect(reopenProblem("COORDINATOR", "ACTIVE")).toBe("errors.notClosed");
  });
});
