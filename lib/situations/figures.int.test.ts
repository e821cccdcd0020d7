// Situation figures on real PostgreSQL, under row-level security: counts by region and by type of
// exploitation for one year, the organisation's own situations only, and nothing for a role that
// does not read aggregate reports.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/prisma";
import { createOrganisation, createUser, scopeOf } from "@/tests/support/factories";
import { mintScope } from "@/lib/auth/mint-scope";
import type { OrgRole } from "@/lib/roles/roles";
import { figuresYearOf, getSituationFigures } from "./figures";
import { createSituation } from "./mutations";
import { createSituationSchema } from "./schema";

const TASHKENT = "Asia/Tashkent";

async function member(organisationId: string, role: OrgRole) {
  const user = await createUser({ organisationId, role });
  // As requireActor makes it: with the organisation's time zone (createOrganisation's is Tashkent).
  return mintScope({ ...scopeOf(user, role, organisationId), timeZone: TASHKENT });
}

type TestScope = Awaited<ReturnType<typeof member>>;

async function situation(
  scope: TestScope,
  fields: { countryCode: string; regionCode?: string; exploitationTypes: string[]; startedOn?: string },
  status: "OPEN" | "MONITORING" | "CLOSED" = "OPEN",
) {
  const { id } = await createSituation(scope, createSituationSchema.parse(fields));
  // No status change is under test here: the status is set directly.
  if (status !== "OPEN") await db.situation.update({ where: { id }, data: { status } });
  return id;
}

const counts = (OPEN: number, MONITORING: number, CLOSED: number) => ({
  OPEN,
  MONITORING,
  CLOSED,
  total: OPEN + MONITORING + CLOSED,
});

describe("situation figures", () => {
  it("counts the year's situations by region and by type, split by status, as recorded", async () => {
    const org = await createOrganisation("situation-figures");
    const coordinator = await member(org.id, "COORDINATOR");
    const analyst = await member(org.id, "ANALYST");
    await situation(coordinator, {
      countryCode: "RU",
      regionCode: "RU-MOS",
      exploitationTypes: ["FORCED_LABOUR"],
      startedOn: "2019-03-01",
    });
    await situation(
      coordinator,
      {
        countryCode: "RU",
        regionCode: "RU-MOS",
        exploitationTypes: ["FORCED_LABOUR", "SERVITUDE"],
        startedOn: "2019-07-15",
      },
      "MONITORING",
    );
    await situation(
      coordinator,
      { countryCode: "RU", regionCode: "RU-SPE", exploitationTypes: ["SEXUAL_EXPLOITATION"], startedOn: "2019-12-31" },
      "CLOSED",
    );
    await situation(coordinator, { countryCode: "KZ", exploitationTypes: [], startedOn: "2019-01-01" });
    // Started the year before: not this year's, whenever it was recorded.
    await situation(coordinator, {
      countryCode: "RU",
      regionCode: "RU-MOS",
      exploitationTypes: ["FORCED_LABOUR"],
      startedOn: "2018-12-31",
    });
    // No start known: the year it was recorded in, in the organisation's calendar. 31 December
    // 20:00 UTC is already 1 January in Tashkent.
    const recordedInJune = await situation(coordinator, {
      countryCode: "KZ",
      regionCode: "KZ-75",
      exploitationTypes: ["FORCED_LABOUR"],
    });
    await db.situation.update({ where: { id: recordedInJune }, data: { createdAt: new Date("2019-06-01T08:00:00Z") } });
    const recordedAtNewYear = await situation(coordinator, {
      countryCode: "TJ",
      exploitationTypes: ["FORCED_BEGGING"],
    });
    await db.situation.update({
      where: { id: recordedAtNewYear },
      data: { createdAt: new Date("2019-12-31T20:00:00Z") },
    });

    const figures = await getSituationFigures(analyst, 2019);
    expect(figures).toEqual({
      year: 2019,
      total: 5,
      byRegion: [
        { countryCode: "RU", regionCode: "RU-MOS", ...counts(1, 1, 0) },
        { countryCode: "RU", regionCode: "RU-SPE", ...counts(0, 0, 1) },
        { countryCode: "KZ", regionCode: "KZ-75", ...counts(1, 0, 0) },
        { countryCode: "KZ", regionCode: null, ...counts(1, 0, 0) },
      ],
      // One situation counts under each of its types; one without a type counts as "not recorded".
      byType: [
        { type: "FORCED_LABOUR", ...counts(2, 1, 0) },
        { type: "SERVITUDE", ...counts(0, 1, 0) },
        { type: "SEXUAL_EXPLOITATION", ...counts(0, 0, 1) },
        { type: null, ...counts(1, 0, 0) },
      ],
    });
    // The coordinator reads the same figures; the neighbouring years hold the other two.
    expect(await getSituationFigures(coordinator, 2019)).toEqual(figures);
    expect((await getSituationFigures(analyst, 2018))?.byRegion).toEqual([
      { countryCode: "RU", regionCode: "RU-MOS", ...counts(1, 0, 0) },
    ]);
    expect(await getSituationFigures(analyst, 2020)).toMatchObject({
      total: 1,
      byRegion: [{ countryCode: "TJ", regionCode: null, ...counts(1, 0, 0) }],
      byType: [{ type: "FORCED_BEGGING", ...counts(1, 0, 0) }],
    });
    expect(await getSituationFigures(analyst, 2017)).toEqual({ year: 2017, total: 0, byRegion: [], byType: [] });
  });

  it("counts only the actor's own organisation's situations", async () => {
    const ours = await createOrganisation("situation-figures");
    const theirs = await createOrganisation("situation-figures");
    const ourCoordinator = await member(ours.id, "COORDINATOR");
    const theirCoordinator = await member(theirs.id, "COORDINATOR");
    const ourAnalyst = await member(ours.id, "ANALYST");
    const theirAnalyst = await member(theirs.id, "ANALYST");
    await situation(ourCoordinator, {
      countryCode: "RU",
      regionCode: "RU-MOS",
      exploitationTypes: ["FORCED_LABOUR"],
      startedOn: "2019-05-01",
    });
    for (const startedOn of ["2019-02-01", "2019-08-01"])
      await situation(theirCoordinator, {
        countryCode: "RU",
        regionCode: "RU-MOS",
        exploitationTypes: ["FORCED_LABOUR", "CHILD_LABOUR"],
        startedOn,
      });
    expect(await getSituationFigures(ourAnalyst, 2019)).toEqual({
      year: 2019,
      total: 1,
      byRegion: [{ countryCode: "RU", regionCode: "RU-MOS", ...counts(1, 0, 0) }],
      byType: [{ type: "FORCED_LABOUR", ...counts(1, 0, 0) }],
    });
    expect(await getSituationFigures(theirAnalyst, 2019)).toMatchObject({
      total: 2,
      byType: [
        { type: "CHILD_LABOUR", ...counts(2, 0, 0) },
        { type: "FORCED_LABOUR", ...counts(2, 0, 0) },
      ],
    });
  });

  it("gives null to a role that does not read aggregate reports, and to a network role", async () => {
    const org = await createOrganisation("situation-figures");
    const coordinator = await member(org.id, "COORDINATOR");
    await situation(coordinator, { countryCode: "RU", exploitationTypes: ["FORCED_LABOUR"], startedOn: "2019-05-01" });
    expect((await getSituationFigures(await member(org.id, "ORG_ADMIN"), 2019))?.total).toBe(1);
    for (const role of ["CASE_WORKER", "HOTLINE_OPERATOR", "SHELTER_STAFF"] as const)
      expect(await getSituationFigures(await member(org.id, role), 2019), role).toBeNull();
    const networkAdmin = await createUser({ networkAdmin: true });
    expect(await getSituationFigures(scopeOf(networkAdmin, "NETWORK_ADMIN", null), 2019)).toBeNull();
  });
});

describe("the figures' year", () => {
  const now = new Date("2026-12-31T20:00:00Z"); // already 2027 in Tashkent, still 2026 in UTC

  it("takes a whole year up to the organisation's current one, and the current one otherwise", () => {
    expect(figuresYearOf(undefined, TASHKENT, now)).toBe(2027);
    expect(figuresYearOf(undefined, "UTC", now)).toBe(2026);
    expect(figuresYearOf("2019", TASHKENT, now)).toBe(2019);
    for (const wrong of ["2028", "1999", "19", "2019-01", "2019 ", "twenty", ""])
      expect(figuresYearOf(wrong, TASHKENT, now), wrong).toBe(2027);
  });
});
