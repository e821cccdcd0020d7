// The "consent" queue's rule as the case file reads it (consentToRenew); the integration test
// lib/home/counts.int.test.ts checks the query gives the same people.
import { describe, expect, it } from "vitest";
import { consentToRenew, queueCondition } from "./queues";

const now = new Date("2026-12-06T10:00:00Z");
const services = (method: string, withdrawnOn: Date | null = null) => ({ kind: "SERVICES", method, withdrawnOn });

describe("consentToRenew", () => {
  it("asks for a consent to services when there is none in force", () => {
    expect(consentToRenew({ birthDate: null }, [], now)).toBe("missing");
    expect(consentToRenew({ birthDate: null }, [{ kind: "SHARING", method: "WRITTEN", withdrawnOn: null }], now)).toBe(
      "missing",
    );
    expect(consentToRenew({ birthDate: null }, [services("WRITTEN", new Date("2026-05-01"))], now)).toBe("missing");
    expect(consentToRenew({ birthDate: null }, [services("VERBAL_WITNESSED")], now)).toBeNull();
  });

  it("asks a person who has come of age to consent themselves in place of their guardian", () => {
    expect(consentToRenew({ birthDate: new Date("2008-12-06") }, [services("GUARDIAN")], now)).toBe("comeOfAge");
    expect(consentToRenew({ birthDate: new Date("2008-12-07") }, [services("GUARDIAN")], now)).toBeNull();
    expect(
      consentToRenew({ birthDate: new Date("2000-01-01") }, [services("GUARDIAN"), services("WRITTEN")], now),
    ).toBeNull();
    // Without a birth date nobody can tell: the guardian's consent stands.
    expect(consentToRenew({ birthDate: null }, [services("GUARDIAN")], now)).toBeNull();
  });
});

describe("queues count days in the organisation's calendar", () => {
  // 21:00 UTC on 6 December is already 02:00 on 7 December in Tashkent (UTC+5).
  const lateEvening = new Date("2026-12-06T21:00:00Z");
  const due = (timeZone?: string) => JSON.stringify(queueCondition("overdue", { now: lateEvening, timeZone }).where);

  it("makes a step planned for 6 December overdue from Tashkent's midnight, not UTC's", () => {
    expect(due("Asia/Tashkent")).toContain('"lt":"2026-12-07T00:00:00.000Z"');
    expect(due(undefined)).toContain('"lt":"2026-12-06T00:00:00.000Z"');
  });

  it("starts the week's window on the organisation's today", () => {
    const week = JSON.stringify(queueCondition("dueWeek", { now: lateEvening, timeZone: "Asia/Tashkent" }).where);
    expect(week).toContain('"gte":"2026-12-07T00:00:00.000Z"');
    expect(week).toContain('"lt":"2026-12-14T00:00:00.000Z"');
  });
});
