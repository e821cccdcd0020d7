import { describe, expect, it } from "vitest";
import { readBackAfterCreate } from "./read-back";

describe("reading a record back after its create committed", () => {
  it("gives the record when the read works", async () => {
    expect(await readBackAfterCreate(async () => ({ id: "a" }))).toEqual({ id: "a" });
  });

  it("gives nothing, not an error, when the database is full or away at that moment", async () => {
    const full = Object.assign(new Error("could not extend file: No space left on device"), { code: "53100" });
    const away = Object.assign(new Error("Connection terminated unexpectedly"), { code: "57P01" });
    for (const error of [full, away, new Error("wrapped", { cause: full })])
      expect(
        await readBackAfterCreate(async () => {
          throw error;
        }),
      ).toBeNull();
  });

  it("lets any other failure through", async () => {
    await expect(
      readBackAfterCreate(async () => {
        throw new TypeError("a bug");
      }),
    ).rejects.toThrow("a bug");
  });
});
