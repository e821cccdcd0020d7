import { describe, expect, it } from "vitest";
import { isoInZone, localDay, nextDay, organisationToday, startOfLocalDay } from "./zoned";

describe("days in an organisation's time zone", () => {
  it("starts a Tashkent day at 19:00 UTC the evening before", () => {
    expect(startOfLocalDay("2026-03-03", "Asia/Tashkent").toISOString()).toBe("2026-03-02T19:00:00.000Z");
  });

  it("handles a daylight-saving change (Istanbul has none now; Berlin does)", () => {
    expect(startOfLocalDay("2026-03-29", "Europe/Berlin").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfLocalDay("2026-03-30", "Europe/Berlin").toISOString()).toBe("2026-03-29T22:00:00.000Z");
  });

  it("names the local day of an instant", () => {
    expect(localDay(new Date("2026-03-02T19:30:00Z"), "Asia/Tashkent")).toBe("2026-03-03");
    expect(localDay(new Date("2026-03-02T19:30:00Z"), "Europe/Moscow")).toBe("2026-03-02");
  });

  it("steps to the next day across month ends", () => {
    expect(nextDay("2026-02-28")).toBe("2026-03-01");
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
  });
});

describe("#15.1 exported times in the organisation's zone", () => {
  it("gives local time with the zone's offset", () => {
    const at = new Date("2026-03-03T15:46:00Z");
    expect(isoInZone(at, "Asia/Tashkent")).toBe("2026-03-03T20:46:00+05:00");
    expect(isoInZone(at, "UTC")).toBe("2026-03-03T15:46:00+00:00");
    expect(isoInZone(new Date("2026-03-03T21:40:00Z"), "Asia/Almaty")).toBe("2026-03-04T02:40:00+05:00");
    expect(isoInZone(new Date("2026-07-01T12:00:30Z"), "America/New_York")).toBe("2026-07-01T08:00:30-04:00");
    expect(isoInZone(new Date("2026-01-01T00:00:00Z"), "Asia/Kolkata")).toBe("2026-01-01T05:30:00+05:30");
  });
});

describe("organisationToday", () => {
  it("is the organisation's calendar day, at the UTC midnight a date column holds", () => {
    const lateEvening = new Date("2026-12-06T21:00:00Z");
    expect(organisationToday({ timeZone: "Asia/Tashkent" }, lateEvening).toISOString()).toBe(
      "2026-12-07T00:00:00.000Z",
    );
    expect(organisationToday({ timeZone: "Europe/Moscow" }, lateEvening).toISOString()).toBe(
      "2026-12-07T00:00:00.000Z",
    );
    expect(organisationToday({ timeZone: "America/New_York" }, new Date("2026-12-07T03:00:00Z")).toISOString()).toBe(
      "2026-12-06T00:00:00.000Z",
    );
    expect(organisationToday({}, lateEvening).toISOString()).toBe("2026-12-06T00:00:00.000Z");
  });
});
