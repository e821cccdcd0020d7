import { describe, expect, it } from "vitest";
import {
  apiCreateHotlineCallSchema,
  createHotlineCallSchema,
  isUnusualCallTime,
  listHotlineCallsQuerySchema,
  updateHotlineCallSchema,
} from "./schema";

const now = () => new Date(Date.now() - 1000);
const fieldErrors = (input: unknown) => {
  const result = createHotlineCallSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};
const dataCall = (overrides: Record<string, unknown> = {}) => ({
  receivedAt: now(),
  callType: "DATA",
  callerRelationship: "VICTIM_SELF",
  topics: ["WAGE_THEFT"],
  urgency: "NON_CRITICAL",
  actions: ["INFORMATION_GIVEN"],
  ...overrides,
});

describe("createHotlineCallSchema", () => {
  it("accepts a silent call with only its type and time", () => {
    expect(fieldErrors({ receivedAt: now(), callType: "SILENT" })).toEqual({});
  });

  it("asks a data call for topics, urgency, the caller's relationship and actions", () => {
    expect(fieldErrors({ receivedAt: now(), callType: "DATA" })).toEqual({
      topics: "errors.chooseAtLeastOne",
      urgency: "errors.required",
      callerRelationship: "errors.required",
      actions: "errors.chooseAtLeastOne",
    });
  });

  it("asks about a time in the future but tolerates a clock a few seconds fast", () => {
    expect(fieldErrors(dataCall({ receivedAt: new Date(Date.now() + 3_600_000) }))).toEqual({
      confirmUnusualTime: "errors.confirmFutureTime",
    });
    expect(fieldErrors(dataCall({ receivedAt: new Date(Date.now() + 5_000) }))).toEqual({});
    expect(fieldErrors(dataCall({ receivedAt: "not a date" }))).toEqual({ receivedAt: "errors.invalidDate" });
  });

  it("refuses negative and absurd durations", () => {
    expect(fieldErrors(dataCall({ durationSeconds: -5 }))).toEqual({ durationSeconds: "errors.durationRange" });
    expect(fieldErrors(dataCall({ durationSeconds: 86_400 }))).toEqual({ durationSeconds: "errors.durationRange" });
    expect(fieldErrors(dataCall({ durationSeconds: "" }))).toEqual({});
  });

  it("refuses unknown codes", () => {
    expect(fieldErrors(dataCall({ channel: "PIGEON", topics: ["ALIENS"], urgency: "MEH" }))).toEqual({
      channel: "errors.invalidChoice",
      "topics.0": "errors.invalidChoice",
      urgency: "errors.invalidChoice",
    });
    expect(fieldErrors(dataCall({ personCitizenship: "XX" }))).toEqual({ personCitizenship: "errors.invalidCountry" });
  });

  it("refuses oversized summaries and keeps HTML as plain text", () => {
    expect(fieldErrors(dataCall({ summary: "x".repeat(4001) }))).toEqual({ summary: "errors.summaryTooLong" });
    const parsed = createHotlineCallSchema.parse(dataCall({ summary: "<script>alert('x')</script>" }));
    expect(parsed.summary).toBe("<script>alert('x')</script>");
  });

  it("refuses malformed phone numbers", () => {
    expect(fieldErrors(dataCall({ callerPhone: "call me maybe" }))).toEqual({ callerPhone: "errors.invalidPhone" });
    expect(fieldErrors(dataCall({ callerPhone: "+998 12" }))).toEqual({ callerPhone: "errors.invalidPhone" });
    expect(fieldErrors(dataCall({ callerPhone: "90 123 45 67", phoneDefaultCountry: "UZ" }))).toEqual({});
  });

  it("ties the callback date to the CALLBACK_SCHEDULED action", () => {
    expect(fieldErrors(dataCall({ actions: ["CALLBACK_SCHEDULED"] }))).toEqual({
      callbackDueAt: "errors.callbackDueRequired",
    });
    expect(fieldErrors(dataCall({ callbackDueAt: new Date(Date.now() + 86_400_000) }))).toEqual({
      actions: "errors.callbackActionRequired",
    });
    expect(
      fieldErrors(dataCall({ actions: ["CALLBACK_SCHEDULED"], callbackDueAt: new Date(Date.now() - 86_400_000) })),
    ).toEqual({
      callbackDueAt: "errors.callbackBeforeCall",
    });
    expect(fieldErrors(dataCall({ actions: ["NONE", "INFORMATION_GIVEN"] }))).toEqual({
      actions: "errors.noneWithOthers",
    });
  });
});

describe("#15.3 dates in the call form", () => {
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
  const nextYear = new Date().getUTCFullYear() + 1;

  it("asks to confirm a time more than a day ago (three years back went in without a word)", () => {
    expect(fieldErrors({ receivedAt: daysAgo(3 * 365), callType: "SILENT" })).toEqual({
      confirmUnusualTime: "errors.confirmUnusualTime",
    });
    expect(fieldErrors({ receivedAt: daysAgo(1.1), callType: "SILENT" })).toEqual({
      confirmUnusualTime: "errors.confirmUnusualTime",
    });
    expect(fieldErrors({ receivedAt: daysAgo(3 * 365), callType: "SILENT", confirmUnusualTime: true })).toEqual({});
    expect(fieldErrors({ receivedAt: daysAgo(0.9), callType: "SILENT" })).toEqual({});
    expect(isUnusualCallTime(daysAgo(2))).toBe(true);
    expect(isUnusualCallTime(daysAgo(0.5))).toBe(false);
  });

  it("asks to confirm a time ahead of now (a computer set to another zone), and refuses one over a day ahead", () => {
    const ahead = (hours: number) => new Date(Date.now() + hours * 3_600_000);
    expect(fieldErrors({ receivedAt: ahead(2), callType: "SILENT" })).toEqual({
      confirmUnusualTime: "errors.confirmFutureTime",
    });
    expect(fieldErrors({ receivedAt: ahead(2), callType: "SILENT", confirmUnusualTime: true })).toEqual({});
    expect(fieldErrors({ receivedAt: ahead(25), callType: "SILENT", confirmUnusualTime: true })).toEqual({
      receivedAt: "errors.dateInFuture",
    });
    expect(isUnusualCallTime(ahead(0.5))).toBe(true);
  });

  it("refuses a future time from the API, where nobody can confirm it", () => {
    const result = apiCreateHotlineCallSchema.safeParse({
      receivedAt: new Date(Date.now() + 3_600_000),
      callType: "SILENT",
      confirmUnusualTime: true,
    });
    expect(
      result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message])),
    ).toEqual({ receivedAt: "errors.dateInFuture" });
  });

  it("refuses impossible years: year 0002 from two keystrokes, a fifth digit in the callback's year", () => {
    expect(fieldErrors({ receivedAt: "0002-12-06T10:30", callType: "SILENT", confirmUnusualTime: true })).toEqual({
      receivedAt: "errors.callYearOutOfRange",
    });
    expect(fieldErrors({ receivedAt: "1999-12-31T10:30", callType: "SILENT", confirmUnusualTime: true })).toEqual({
      receivedAt: "errors.callYearOutOfRange",
    });
    const callback = (callbackDueAt: string) =>
      fieldErrors(dataCall({ actions: ["CALLBACK_SCHEDULED"], callbackDueAt }));
    expect(callback("20271-12-06T10:30")).toEqual({ callbackDueAt: "errors.invalidDate" });
    expect(callback("2200-01-01T10:30")).toEqual({ callbackDueAt: "errors.callYearOutOfRange" });
    expect(callback(`${nextYear + 1}-01-01T10:30`)).toEqual({ callbackDueAt: "errors.callYearOutOfRange" });
    expect(callback(`${nextYear}-12-06T10:30`)).toEqual({});
  });

  it("leaves the confirmation of an edit to the mutation, which knows whether the time moved", () => {
    expect(updateHotlineCallSchema.safeParse({ receivedAt: daysAgo(30), callType: "SILENT", version: 1 }).success).toBe(
      true,
    );
  });

  it("lets a telephony system report a call from days ago without asking", () => {
    expect(apiCreateHotlineCallSchema.safeParse({ receivedAt: daysAgo(3), callType: "SILENT" }).success).toBe(true);
  });
});

describe("apiCreateHotlineCallSchema", () => {
  it("lets a telephony system create an incomplete data call for the operator to finish", () => {
    const parsed = apiCreateHotlineCallSchema.parse({
      receivedAt: now(),
      callType: "DATA",
      status: "INCOMPLETE",
      callerPhone: "+77011234567",
      durationSeconds: 95,
    });
    expect(parsed.status).toBe("INCOMPLETE");
    expect(apiCreateHotlineCallSchema.safeParse({ receivedAt: now(), callType: "DATA" }).success).toBe(false);
  });
});

describe("listHotlineCallsQuerySchema", () => {
  it("caps the page size and checks filter codes", () => {
    expect(listHotlineCallsQuerySchema.safeParse({ limit: "500" }).success).toBe(false);
    expect(listHotlineCallsQuerySchema.safeParse({ topic: "NOPE" }).success).toBe(false);
    expect(listHotlineCallsQuerySchema.parse({ from: "2026-01-01", topic: "HEALTH" })).toMatchObject({
      from: "2026-01-01",
      topic: "HEALTH",
      limit: 25,
    });
  });
});
