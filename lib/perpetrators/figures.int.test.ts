import { describe, expect, it } from "vitest";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { createPerpetratorSchema } from "./schema";
import { createPerpetrator } from "./mutations";
import { getPerpetratorFigures } from "./figures";
import { currentFiguresYear } from "@/lib/situations/figures";

type Role = "COORDINATOR" | "CASE_WORKER" | "ANALYST";
const member = async (organisationId: string, role: Role) =>
  scopeOf(await createUser({ organisationId, role }), role, organisationId);

describe("perpetrator figures", () => {
  it("count the year's records by part and confidence for analysts, the organisation's own only, and nothing else", async () => {
    const org = await createOrganisation();
    const other = await createOrganisation();
    const coordinator = await member(org.id, "COORDINATOR");
    const analyst = await member(org.id, "ANALYST");
    const record = (roles: string[], confidence: string) =>
      createPerpetratorSchema.parse({ name: "Someone", roles, confidence, source: "VICTIM" });
    await createPerpetrator(coordinator, record(["RECRUITER"], "ALLEGED"));
    await createPerpetrator(coordinator, record(["RECRUITER", "EXPLOITER"], "CONFIRMED"));
    await createPerpetrator(coordinator, record([], "PROBABLE"));
    await createPerpetrator(await member(other.id, "COORDINATOR"), record(["RECRUITER"], "ALLEGED"));
    // The organisation's own calendar year (as the page asks), not UTC's: the same on 31 December.
    const year = currentFiguresYear(analyst.timeZone ?? "UTC");
    const figures = await getPerpetratorFigures(analyst, year);
    expect(figures?.total).toBe(3);
    expect(figures?.byRole).toEqual([
      { role: "RECRUITER", alleged: 1, probable: 0, confirmed: 1, total: 2 },
      { role: "EXPLOITER", alleged: 0, probable: 0, confirmed: 1, total: 1 },
      { role: null, alleged: 0, probable: 1, confirmed: 0, total: 1 },
    ]);
    expect(JSON.stringify(figures)).not.toContain("Someone");
    expect((await getPerpetratorFigures(analyst, year - 1))?.total).toBe(0);
    expect(await getPerpetratorFigures(await member(org.id, "CASE_WORKER"), year)).toBeNull();
  });
});
