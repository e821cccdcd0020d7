import { describe, expect, it } from "vitest";
import { judgeAudit } from "./audit-deps";

describe("the dependency audit", () => {
  it("fails on a high or critical advisory and names the package", () => {
    const report = {
      metadata: { vulnerabilities: { low: 1, moderate: 0, high: 1, critical: 0 } },
      vulnerabilities: { "left-pad": { severity: "high", via: [] }, minimist: { severity: "low", via: [] } },
    };
    expect(judgeAudit(JSON.stringify(report))).toEqual({
      status: "failed",
      detail: "1 high or critical: left-pad (high)",
    });
  });

  it("passes with moderate and low advisories only", () => {
    expect(
      judgeAudit(
        JSON.stringify({
          metadata: { vulnerabilities: { low: 2, moderate: 1, high: 0, critical: 0 } },
          vulnerabilities: {},
        }),
      ).status,
    ).toBe("passed");
  });

  it("says it could not check, rather than passing, when the registry has no audit endpoint", () => {
    const answer = {
      message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
      statusCode: 405,
      body: "",
    };
    expect(judgeAudit(JSON.stringify(answer))).toMatchObject({ status: "skipped" });
    expect(judgeAudit("")).toMatchObject({ status: "skipped" });
  });
});
