import { describe, expect, it } from "vitest";
import { navigationFor, workAreasFor } from "./navigation";

describe("navigation by role", () => {
  it.each([
    ["NETWORK_ADMIN", ["/", "/network/organisations", "/settings"]],
    [
      "ORG_ADMIN",
      [
        "/",
        "/victims",
        "/tasks",
        "/repatriations",
        "/shelters",
        "/hotline",
        "/situations",
        "/perpetrators",
        "/reports",
        "/admin/members",
        "/admin/audit",
        "/settings",
      ],
    ],
    [
      "COORDINATOR",
      [
        "/",
        "/victims",
        "/tasks",
        "/repatriations",
        "/referrals",
        "/shelters",
        "/hotline",
        "/situations",
        "/perpetrators",
        "/reports",
        "/settings",
      ],
    ],
    [
      "CASE_WORKER",
      ["/", "/victims", "/tasks", "/repatriations", "/shelters", "/situations", "/perpetrators", "/settings"],
    ],
    ["HOTLINE_OPERATOR", ["/", "/hotline", "/situations", "/perpetrators", "/settings"]],
    ["SHELTER_STAFF", ["/", "/shelters", "/settings"]],
    ["ANALYST", ["/", "/reports", "/settings"]],
  ] as const)("%s sees %j", (role, hrefs) => {
    expect(navigationFor(role).map((item) => item.href)).toEqual(hrefs);
  });

  it("shows each role only its own work areas", () => {
    expect(workAreasFor("ANALYST").map((a) => a.key)).toEqual(["reports"]);
    expect(workAreasFor("HOTLINE_OPERATOR").map((a) => a.key)).toEqual(["hotline"]);
    expect(workAreasFor("SHELTER_STAFF").map((a) => a.key)).toEqual(["shelters"]);
    expect(workAreasFor("CASE_WORKER").map((a) => a.key)).toEqual(["ownCases"]);
    expect(workAreasFor("NETWORK_ADMIN").map((a) => a.key)).toEqual(["organisations"]);
  });
});
