import { describe, expect, it, vi } from "vitest";

// The seal uses the field key (lib/env.ts reads the environment when first imported); the test
// secrets are set for every run, the database's address only for the integration project.
vi.hoisted(() => {
  process.env.DATABASE_URL ??= "postgresql://unused:unused@127.0.0.1:1/unused";
});
import { openSearchWords, sealSearchWords } from "./sealed-words";
import { listAddress, readListSearch } from "./query";

const ME = "0b6f3c52-8d2e-4f7e-9a51-0c3b7d1e2f40";
const SOMEONE_ELSE = "7d4e2a19-3c5b-4e8f-a1d2-9b0c8e7f6a53";

describe("search words sealed for the user", () => {
  it("opens for the user who searched, within twelve hours, and for nobody else", () => {
    const now = Date.UTC(2026, 11, 6, 9, 0);
    const sealed = sealSearchWords(ME, "Каримова Gulnara", now);
    expect(sealed).not.toMatch(/Каримова|Karimova|Gulnara/i);
    expect(decodeURIComponent(sealed)).toBe(sealed);
    expect(openSearchWords(ME, sealed, now + 60_000)).toBe("Каримова Gulnara");
    expect(openSearchWords(SOMEONE_ELSE, sealed, now + 60_000)).toBeNull();
    expect(openSearchWords(ME, sealed, now + 12 * 60 * 60 * 1000 + 1)).toBeNull();
  });

  it("refuses an altered seal and anything that is not one", () => {
    const sealed = sealSearchWords(ME, "Sharipova");
    const parts = sealed.split(".");
    parts[4] = parts[4]!.slice(0, -2) + (parts[4]!.endsWith("AA") ? "BB" : "AA");
    expect(openSearchWords(ME, parts.join("."))).toBeNull();
    expect(openSearchWords(ME, "Sharipova")).toBeNull();
    expect(openSearchWords(ME, "v2.unknown-key.a.b.c")).toBeNull();
  });
});

describe("a list's address and its filters", () => {
  it("keeps the filters readable and the words sealed, and reads them back for the same user", () => {
    const address = listAddress("/victims", ME, { status: "ACTIVE", riskLevel: "" }, "  Юсупова ");
    const url = new URL(address, "https://tumar.example");
    expect(url.pathname).toBe("/victims");
    expect(url.searchParams.get("status")).toBe("ACTIVE");
    expect(url.searchParams.has("riskLevel")).toBe(false);
    expect(url.searchParams.has("q")).toBe(false);
    expect(decodeURIComponent(address)).not.toContain("Юсупова");
    const params = Object.fromEntries(url.searchParams);
    const mine = readListSearch(ME, { ...params, cursor: "abc" });
    expect(mine).toEqual({
      query: { status: "ACTIVE", cursor: "abc", q: "Юсупова" },
      links: { status: "ACTIVE", cursor: "abc", s: params.s },
      searchLost: false,
    });
    // The same address opened by another user: the list unsearched, and a word about why.
    expect(readListSearch(SOMEONE_ELSE, params)).toEqual({
      query: { status: "ACTIVE" },
      links: { status: "ACTIVE" },
      searchLost: true,
    });
  });

  it("leaves the words out when there are none", () => {
    expect(listAddress("/hotline", ME, { month: "2026-12" }, "   ")).toBe("/hotline?month=2026-12");
    expect(listAddress("/hotline", ME, {}, undefined)).toBe("/hotline");
  });
});
