import { describe, expect, it } from "vitest";
import { chainsTo, importsIn, isClientModule, isServerActions } from "./check-client-zod";

const tree: Record<string, string> = {
  "form.tsx":
    '"use client";\nimport { schema } from "./schema";\nimport type { z } from "zod";\nimport { save } from "./actions";',
  "schema.ts": 'import { z } from "zod/mini";\nimport { helper } from "./helper";',
  "helper.ts": 'import { z } from "zod";\nexport const helper = 1;',
  "actions.ts": '"use server";\nimport { z } from "zod";',
  "page.tsx": 'import { z } from "zod";',
};
const read = (file: string) => tree[file]!;
const resolve = (_from: string, spec: string) =>
  spec.startsWith("./") ? `${spec.slice(2)}.${spec === "./form" ? "tsx" : "ts"}` : null;

describe("the check that the classic zod stays out of the browser", () => {
  it("reads imports, and which bring only types", () => {
    expect(importsIn(tree["form.tsx"]!)).toEqual([
      { spec: "./schema", typeOnly: false },
      { spec: "zod", typeOnly: true },
      { spec: "./actions", typeOnly: false },
    ]);
    expect(importsIn('const m = await import("./lazy");')).toEqual([{ spec: "./lazy", typeOnly: false }]);
  });

  it("tells client modules and server actions by their directive, after comments only", () => {
    expect(isClientModule('// why\n"use client";\nexport {}')).toBe(true);
    expect(isClientModule('import x from "y";\n"use client";')).toBe(false);
    expect(isServerActions('/* a */\n"use server";')).toBe(true);
  });

  it("finds the chain from a client module to a classic import, through a zod/mini module", () => {
    expect(chainsTo("zod", ["form.tsx"], read, resolve)).toEqual([["form.tsx", "schema.ts", "helper.ts"]]);
  });

  it("does not follow server actions, type-only imports or modules no client reaches", () => {
    const typesOnly: Record<string, string> = { ...tree, "helper.ts": 'import type { z } from "zod";' };
    expect(chainsTo("zod", ["form.tsx"], (file) => typesOnly[file]!, resolve)).toEqual([]);
  });
});
