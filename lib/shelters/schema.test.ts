import { describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { answerPlacementSchema, createShelterSchema } from "./schema";

const messages = (input: unknown) => {
  const result = z.safeParse(answerPlacementSchema, input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("answering a placement request", () => {
  it("takes a hold of whole hours from 1 to 168, as typed in the form", () => {
    expect(messages({ decision: "ACCEPT", holdHours: "24" })).toEqual([]);
    expect(messages({ decision: "ACCEPT", holdHours: "" })).toEqual([]);
  });

  it("says what is wrong with any other hold in the user's words (a translation key), not zod's English", () => {
    for (const holdHours of ["2.5", "0", "169", "a day"])
      expect(messages({ decision: "ACCEPT", holdHours })).toEqual(["holdHours: errors.holdRange"]);
  });
});

describe("a new shelter's named beds", () => {
  it("names a bed's label that is too long, in the user's words", () => {
    const result = z.safeParse(createShelterSchema, {
      name: "Dom",
      capacity: 2,
      beds: [{ room: "A", label: "x".repeat(61) }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((issue) => issue.path.join(".") === "beds.0.label")?.message).toBe(
      "errors.tooLong",
    );
  });
});
