import { describe, expect, it } from "vitest";
import { cycles, importsOf } from "./check-structure";

const graph = (edges: [string, string][]) => {
  const g = new Map<string, Set<string>>();
  for (const [a, b] of edges) {
    if (!g.has(a)) g.set(a, new Set());
    if (!g.has(b)) g.set(b, new Set());
    g.get(a)!.add(b);
  }
  return g;
};

describe("the structure check", () => {
  it("finds cycles of two or more and nothing in a chain", () => {
    expect(
      cycles(
        graph([
          ["a", "b"],
          ["b", "c"],
        ]),
      ),
    ).toEqual([]);
    expect(
      cycles(
        graph([
          ["a", "b"],
          ["b", "a"],
          ["b", "c"],
        ]),
      ),
    ).toEqual([["a", "b"]]);
    expect(
      cycles(
        graph([
          ["schema", "steps"],
          ["steps", "machine"],
          ["machine", "schema"],
        ]),
      ),
    ).toEqual([["machine", "schema", "steps"]]);
  });

  it("reads value, type, re-export and dynamic imports of lib/ files, and nothing else", () => {
    const source = [
      'import { a } from "@/lib/victims/schema";',
      'import type { Scope } from "@/lib/roles/scope";',
      'export { b } from "./policy";',
      'const c = await import("@/lib/hotline/data");',
      'import { z } from "zod";',
      'import { x } from "@/components/ui/field";',
    ].join("\n");
    const found = importsOf(`${process.cwd()}/lib/victims/data.ts`, source).map((f) =>
      f.slice(process.cwd().length + 1),
    );
    expect(found).toEqual([
      "lib/victims/schema.ts",
      "lib/roles/scope.ts",
      "lib/victims/policy.ts",
      "lib/hotline/data.ts",
    ]);
  });
});
