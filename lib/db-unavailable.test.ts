import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./db-unavailable";

describe("database outages", () => {
  it("are told from bugs, also when wrapped", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: { code: "57P01", message: "terminating connection due to administrator command" } }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of null (reading 'toISOString')"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
