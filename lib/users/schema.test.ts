import { describe, expect, it } from "vitest";
import { signInSchema } from "@/lib/auth/sign-in-schema";
import { createMemberSchema } from "./schema";
import { createOrganisationSchema } from "@/lib/orgs/schema";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("signInSchema", () => {
  it("asks for both fields when empty", () => {
    expect(messages(signInSchema.safeParse({ email: "", password: "" }))).toEqual({
      email: "errors.required",
      password: "errors.required",
    });
  });

  it("refuses 10,000-character input with 'too long', before any hashing", () => {
    const long = "a".repeat(10_000);
    expect(messages(signInSchema.safeParse({ email: `${long}@x.org`, password: long }))).toEqual({
      email: "errors.tooLong",
      password: "errors.tooLong",
    });
  });

  it("normalises the email to lower case", () => {
    expect(signInSchema.parse({ email: " Admin@Tashkent.Demo ", password: "x" }).email).toBe("admin@tashkent.demo");
  });
});

describe("createMemberSchema", () => {
  it("requires a known role, and takes no password (#14.13: the invitee sets it)", () => {
    expect(messages(createMemberSchema.safeParse({ name: "A", email: "a@b.org", role: "NETWORK_ADMIN" }))).toEqual({
      role: "errors.invalidChoice",
    });
    expect(
      createMemberSchema.parse({ name: "A", email: "a@b.org", role: "ANALYST", password: "chosen-by-the-admin" }),
    ).not.toHaveProperty("password");
  });
});

describe("createOrganisationSchema", () => {
  it("checks the country code and time zone", () => {
    const result = createOrganisationSchema.safeParse({
      name: "Org",
      code: "tsh",
      kind: "NGO",
      countryCode: "XX",
      timeZone: "Mars/Olympus",
      adminName: "A",
      adminEmail: "a@b.org",
    });
    expect(messages(result)).toEqual({ countryCode: "errors.invalidCountry", timeZone: "errors.invalidTimeZone" });
  });
});
