import { describe, expect, it } from "vitest";
import { afterPosition, decodeCursor, encodeCursor } from "./keyset";

describe("keyset cursors", () => {
  it("round-trips a position", () => {
    const position = { at: new Date("2026-03-03T10:00:00.123Z"), id: "0a0a0a0a-0000-4000-8000-00000000000a" };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it("refuses anything else", () => {
    expect(decodeCursor("garbage")).toBeNull();
    expect(decodeCursor(Buffer.from("not-a-date|0a0a0a0a-0000-4000-8000-00000000000a").toString("base64url"))).toBeNull();
    expect(decodeCursor(undefined)).toBeNull();
  });

  it("builds the 'after' condition", () => {
    const at = new Date("2026-01-01T00:00:00Z");
    expect(afterPosition("receivedAt", { at, id: "x" })).toEqual({ OR: [{ receivedAt: { lt: at } }, { receivedAt: at, id: { lt: "x" } }] });
    expect(afterPosition("receivedAt", null)).toEqual({});
  });
});
