import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseRouteId, routeIdOr404 } from "./route-id";

const ID = "0a0a0a0a-0000-4000-8000-00000000000a";

describe("route ids", () => {
  it("take a UUID as it is", () => {
    expect(parseRouteId(ID)).toBe(ID);
    expect(routeIdOr404(ID)).toBe(ID);
  });

  it("read anything else as no record: null for pages, NOT_FOUND for route handlers", () => {
    for (const raw of ["", "1", "abc", `${ID}x`, ` ${ID}`, "../victims", undefined, null, 42, [ID]]) {
      expect(parseRouteId(raw)).toBeNull();
      expect(() => routeIdOr404(raw)).toThrow(AppError);
      try {
        routeIdOr404(raw);
      } catch (error) {
        expect((error as AppError).code).toBe("NOT_FOUND");
      }
    }
  });
});
