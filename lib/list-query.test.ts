import { describe, expect, it } from "vitest";
import { listMembersQuerySchema } from "@/lib/users/schema";
import { parseListQuery } from "./list-query";

describe("parseListQuery", () => {
  it("keeps valid filters and drops only the bad ones", () => {
    expect(
      parseListQuery(listMembersQuerySchema, { role: "ANALYST", limit: "5000", cursor: "not-a-uuid", q: "" }),
    ).toEqual({
      role: "ANALYST",
      status: "active",
      limit: 25,
    });
  });

  it("ignores repeated parameters", () => {
    expect(parseListQuery(listMembersQuerySchema, { role: ["ANALYST", "CASE_WORKER"] })).toEqual({
      status: "active",
      limit: 25,
    });
  });
});
