import { describe, expect, it } from "vitest";
import { nextDue, statusLine, type LegalStatusFacts } from "./status-line";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const none: LegalStatusFacts = {
  registration: "UNKNOWN",
  registeredUntil: null,
  permit: "UNKNOWN",
  permitUntil: null,
  overstaySince: null,
  finesOwed: null,
  finesCurrency: null,
  finesDueOn: null,
  removal: "NONE",
  removalDecidedOn: null,
  reEntryBanUntil: null,
  detainedSince: null,
  releasedOn: null,
};

describe("a legal status as one line", () => {
  it("says nothing it does not know", () => {
    expect(statusLine(none, "2026-06-01")).toEqual([]);
    expect(nextDue(none, "2026-06-01")).toBeNull();
  });

  it("puts detention and removal first, and says a lapsed patent lapsed", () => {
    const s: LegalStatusFacts = {
      ...none,
      registration: "EXPIRED",
      permit: "PATENT",
      permitUntil: d("2026-03-01"),
      overstaySince: d("2026-03-02"),
      finesOwed: "5000",
      finesCurrency: "RUB",
      finesDueOn: d("2026-07-01"),
      removal: "ADMINISTRATIVE_EXPULSION",
      removalDecidedOn: d("2026-05-10"),
      reEntryBanUntil: d("2031-05-10"),
      detainedSince: d("2026-05-08"),
    };
    expect(statusLine(s, "2026-06-01").map((f) => f.key)).toEqual([
      "detained",
      "removal.ADMINISTRATIVE_EXPULSION",
      "reEntryBan",
      "overstay",
      "registration.EXPIRED",
      "permitLapsed",
      "fines",
    ]);
    expect(nextDue(s, "2026-06-01")).toEqual({ key: "finesDue", date: "2026-07-01", overdue: false });
    // Once the fine's day has passed, it is overdue and comes first.
    expect(nextDue(s, "2026-07-02")).toEqual({ key: "finesDue", date: "2026-07-01", overdue: true });
  });

  it("names the nearest end of a registration or a permit still running", () => {
    const s: LegalStatusFacts = {
      ...none,
      registration: "REGISTERED",
      registeredUntil: d("2026-09-30"),
      permit: "PATENT",
      permitUntil: d("2026-08-15"),
    };
    expect(statusLine(s, "2026-06-01")).toEqual([
      { key: "registeredUntil", values: { date: "2026-09-30" } },
      { key: "permitUntil", values: { permit: "PATENT", date: "2026-08-15" } },
    ]);
    expect(nextDue(s, "2026-06-01")).toEqual({ key: "permitEnds", date: "2026-08-15", overdue: false });
    expect(nextDue(s, "2026-10-01")).toBeNull();
  });
});
