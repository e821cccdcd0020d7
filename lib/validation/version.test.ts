// Versions and amounts are bounded before they reach the database. Defect guarded: the update
// schemas of documents, legal status, proceedings, wage claims and reminders took any integer as
// the version read, and a version past PostgreSQL's integer failed in the database (a 500) rather
// than answering "invalid".
import { describe, expect, it } from "vitest";
import { legalStatusSchema, updateDocumentSchema } from "@/lib/documents/schema";
import { updateProceedingSchema } from "@/lib/proceedings/schema";
import { updateLabourClaimSchema } from "@/lib/labour-claims/schema";
import { dismissTaskSchema } from "@/lib/tasks/schema";
import { amountField, versionField } from "./fields";

const person = "7f1c2a9e-0000-4000-8000-00000000000a";
const bodies = {
  document: (version: unknown) => updateDocumentSchema.safeParse({ version, type: "PASSPORT", holder: "PERSON" }),
  legalStatus: (version: unknown) => legalStatusSchema.safeParse({ version, countryCode: "RU" }),
  proceeding: (version: unknown) =>
    updateProceedingSchema.safeParse({
      version,
      kind: "CIVIL",
      authority: "COURT",
      countryCode: "RU",
      role: "CLAIMANT",
    }),
  claim: (version: unknown) =>
    updateLabourClaimSchema.safeParse({
      version,
      employerName: "ИП Сафаров",
      countryCode: "RU",
      currency: "RUB",
      route: "NEGOTIATION",
      people: [{ victimId: person, owed: "100" }],
    }),
  reminder: (version: unknown) => dismissTaskSchema.safeParse({ version, reason: "already renewed" }),
};

describe("the version read", () => {
  it("is a positive integer within PostgreSQL's integer, on every update schema of issue 18", () => {
    for (const [name, parse] of Object.entries(bodies)) {
      expect(parse(3).success, name).toBe(true);
      for (const bad of [2_147_483_648, 1e12, -1, 0, 1.5, "x"])
        expect(parse(bad).success, `${name} ${bad}`).toBe(false);
    }
    expect(versionField.safeParse(2_147_483_647).success).toBe(true);
  });

  it("refuses with a translatable message", () => {
    expect(versionField.safeParse(1e12).error?.issues[0]?.message).toBe("errors.invalid");
  });
});

describe("an amount of money", () => {
  it("is kept exact as typed, two decimals at most", () => {
    expect(amountField.parse(" 1500.5 ")).toBe("1500.5");
    for (const bad of ["1,5", "1e3", "-2", "1.555", "1234567890123"])
      expect(amountField.safeParse(bad).error?.issues[0]?.message, bad).toBe("errors.invalidAmount");
  });
});
