import { describe, expect, it } from "vitest";
import { localDay, nextDay, startOfLocalDay } from "./zoned";

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
