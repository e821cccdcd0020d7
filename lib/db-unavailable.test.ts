import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, isStorageFull } from "./db-unavailable";

describe("database outages", () => {
  it("are told from bugs, also when wrapped", () => {
    expect(
      isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(
        new Error("wrapped", {
          cause: { code: "57P01", message: "terminating connection due to administrator command" },
        }),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of null (reading 'toISOString')"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it("tell a full disk apart, which needs an operator rather than a retry in seconds", () => {
    expect(
      isStorageFull(
        new Error("wrapped", {
          cause: { code: "53100", message: 'could not extend file "base/16384/2619": No space left on device' },
        }),
      ),
    ).toBe(true);
    expect(isStorageFull({ originalCode: "53100" })).toBe(true);
    expect(isStorageFull(new Error('could not write to file "pg_wal/xlogtemp.123": No space left on device'))).toBe(
      true,
    );
    expect(isStorageFull(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }))).toBe(false);
    expect(isStorageFull(new Error("duplicate key value violates unique constraint"))).toBe(false);
  });
});
