import { describe, expect, it } from "vitest";
import { afterPosition, alternatives, decodeCursor, encodeCursor, mergePages } from "./keyset";

describe("keyset cursors", () => {
  it("round-trips a position", () => {
    const position = { at: new Date("2026-03-03T10:00:00.123Z"), id: "0a0a0a0a-0000-4000-8000-00000000000a" };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it("refuses anything else", () => {
    expect(decodeCursor("garbage")).toBeNull();
    expect(
      decodeCursor(Buffer.from("not-a-date|0a0a0a0a-0000-4000-8000-00000000000a").toString("base64url")),
    ).toBeNull();
    expect(decodeCursor(undefined)).toBeNull();
  });

  it("builds the 'after' condition", () => {
    const at = new Date("2026-01-01T00:00:00Z");
    expect(afterPosition("receivedAt", { at, id: "x" })).toEqual({
      receivedAt: { lte: at },
      OR: [{ receivedAt: { lt: at } }, { receivedAt: at, id: { lt: "x" } }],
    });
    expect(afterPosition("receivedAt", null)).toEqual({});
  });

  it("pages oldest first when asked: the bound and the tie-break turn round", () => {
    const at = new Date("2026-01-01T00:00:00Z");
    expect(afterPosition("receivedAt", { at, id: "x" }, "asc")).toEqual({
      receivedAt: { gte: at },
      OR: [{ receivedAt: { gt: at } }, { receivedAt: at, id: { gt: "x" } }],
    });
    const row = (id: string, iso: string) => ({ id, at: new Date(iso) });
    const pages = [
      [row("b", "2026-01-02T00:00:00Z"), row("d", "2026-01-03T00:00:00Z")],
      [row("a", "2026-01-02T00:00:00Z"), row("c", "2026-01-01T00:00:00Z")],
    ];
    expect(mergePages(pages, (r) => r.at, 3, "asc").map((r) => r.id)).toEqual(["c", "a", "b"]);
    expect(mergePages(pages, (r) => r.at, 3).map((r) => r.id)).toEqual(["d", "b", "a"]);
  });

  it("splits a scope into the alternatives of its OR, keeping what every alternative needs", () => {
    expect(alternatives({ OR: [{ organisationId: "o" }, { id: { in: ["s"] } }] })).toEqual([
      { organisationId: "o" },
      { id: { in: ["s"] } },
    ]);
    const restricted = { OR: [{ restricted: false }, { assignedToId: "u" }] };
    expect(alternatives({ AND: [{ OR: [{ organisationId: "o" }, { id: { in: ["s"] } }] }, restricted] })).toEqual([
      { AND: [{ organisationId: "o" }, restricted] },
      { AND: [{ id: { in: ["s"] } }, restricted] },
    ]);
    expect(alternatives({ organisationId: "o", OR: [{ assignedToId: "u" }, { createdById: "u" }] })).toEqual([
      { organisationId: "o", OR: [{ assignedToId: "u" }, { createdById: "u" }] },
    ]);
    expect(alternatives({ id: { in: [] } })).toEqual([{ id: { in: [] } }]);
  });

  it("merges pages read per alternative in time and id order, once each", () => {
    const row = (id: string, minute: number) => ({ id, at: new Date(Date.UTC(2026, 0, 1, 0, minute)) });
    const own = [
      row("0000000c-0000-4000-8000-000000000000", 9),
      row("0000000a-0000-4000-8000-000000000000", 5),
      row("0000000b-0000-4000-8000-000000000000", 5),
    ];
    const shared = [row("0000000d-0000-4000-8000-000000000000", 7), row("0000000a-0000-4000-8000-000000000000", 5)];
    // Same time: the larger id first, as ORDER BY at DESC, id DESC.
    expect(mergePages([own, shared], (r) => r.at, 10).map((r) => r.id.slice(7, 8))).toEqual(["c", "d", "b", "a"]);
    expect(mergePages([own, shared], (r) => r.at, 2).map((r) => r.id.slice(7, 8))).toEqual(["c", "d"]);
  });
});
