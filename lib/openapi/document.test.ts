// The API document is checked against the API: every route handler under app/api has an
// operation (and every operation a handler), and the document holds together (OpenAPI 3.1, every
// reference resolves, path parameters match the paths). The end-to-end tests check the answers
// themselves against the operations' schemas (e2e/fixtures/api.ts).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  HTTP_METHODS,
  problemsWithAnswer,
  splitOperationKey,
  successStatusOf,
  type Operation,
} from "@/lib/api/operation";
import { buildOpenApiDocument } from "./document";
import { apiOperations } from "./operations";

const root = path.resolve(import.meta.dirname, "../..");

/** Route handlers that are not part of the documented API. */
const NOT_DOCUMENTED: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "next-auth's own sign-in endpoints, used by the sign-in page",
};

function routeFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(rel);
    return entry.name === "route.ts" ? [rel] : [];
  });
}

/** `app/api/v1/victims/[id]/route.ts` -> `/api/v1/victims/{id}`. */
const documentPath = (file: string) =>
  `/${path.posix
    .dirname(file)
    .replace(/^app\//, "")
    .replace(/\[([^\]]+)\]/g, "{$1}")}`;

const routes = routeFiles("app/api").filter((file) => !(file in NOT_DOCUMENTED));

/** `METHOD /path` of every exported handler. Handlers are exported as `export const GET` or `export function GET`. */
const handlerKeys = routes.flatMap((file) => {
  const source = fs.readFileSync(path.join(root, file), "utf8");
  const methods = [...source.matchAll(/^export (?:const|(?:async )?function) ([A-Z]+)\b/gm)].map((m) => m[1]!);
  return methods.map((method) => `${method} ${documentPath(file)}`);
});

const document = JSON.parse(JSON.stringify(buildOpenApiDocument("https://tumar.example"))) as {
  openapi: string;
  paths: Record<
    string,
    Record<string, { parameters?: { name: string; in: string }[]; responses: Record<string, unknown> }>
  >;
};

/** The value a local reference (`#/components/...`) points to, or undefined. */
function resolve(ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  return ref
    .slice(2)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>(
      (node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined),
      document,
    );
}

function references(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(references);
  if (!node || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === "$ref" && typeof value === "string" ? [value] : references(value),
  );
}

const operations = Object.entries(apiOperations) as [string, Operation][];

describe("every route has an operation, and every operation a route", () => {
  it("finds the route handlers it checks", () => {
    expect(handlerKeys).toContain("GET /api/v1/victims/{id}");
    expect(handlerKeys).toContain("POST /api/v1/repatriations/{id}/tasks/{taskId}/done");
    expect(handlerKeys).toContain("GET /api/health");
  });

  it("exports handlers only in the form it reads", () => {
    const other = routes.filter((file) =>
      /^export\s*(\{|\*|default\b)/m.test(fs.readFileSync(path.join(root, file), "utf8")),
    );
    expect(other, "route files that export through `export { … }`, `export *` or a default export").toEqual([]);
  });

  it("declares an operation for every handler", () => {
    const undeclared = handlerKeys.filter((key) => !(key in apiOperations));
    expect(undeclared, "handlers without an operation in lib/openapi/operations/").toEqual([]);
  });

  it("declares no operation without a handler", () => {
    const orphans = Object.keys(apiOperations).filter((key) => !handlerKeys.includes(key));
    expect(orphans, "operations whose route or method does not exist").toEqual([]);
  });

  it("puts every operation in the document", () => {
    const documented = Object.entries(document.paths).flatMap(([p, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${p}`),
    );
    expect(documented.sort()).toEqual(Object.keys(apiOperations).sort());
  });
});

describe("the operations", () => {
  it.each(operations)("%s: a known method, one success status, path parameters as in the path", (key, operation) => {
    const { method, path: p } = splitOperationKey(key);
    expect(HTTP_METHODS).toContain(method);
    expect(() => successStatusOf(operation)).not.toThrow();
    const inPath = [...p.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    expect(Object.keys(operation.params?._zod.def.shape ?? {}).sort()).toEqual(inPath.sort());
  });

  it.each(operations)(
    "%s: its answers describe JSON as sent (no transforms, coercions or defaults)",
    (_key, operation) => {
      // Input and output differ only in whether an object allows unknown keys.
      const sent = (schema: z.core.$ZodType, io: "input" | "output") =>
        JSON.stringify(z.toJSONSchema(schema, { io, unrepresentable: "any" }), (k, v: unknown) =>
          k === "additionalProperties" ? undefined : v,
        );
      for (const answer of Object.values(operation.answers))
        expect(sent(answer.body.schema, "input"), answer.body.name).toEqual(sent(answer.body.schema, "output"));
    },
  );
});

describe("the document", () => {
  it("is OpenAPI 3.1", () => {
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
  });

  it("resolves every reference", () => {
    const refs = [...new Set(references(document))];
    expect(refs.length).toBeGreaterThan(50);
    expect(refs.filter((ref) => resolve(ref) === undefined)).toEqual([]);
  });

  it("writes schemas in one dialect, without nested documents", () => {
    const text = JSON.stringify(document.paths) + JSON.stringify((document as { components?: unknown }).components);
    expect(text).not.toContain('"$schema"');
    expect(text).not.toContain('"$id"');
    expect(text).not.toContain('"nullable"'); // OpenAPI 3.0's way; 3.1 says type: [..., "null"]
  });

  it("lists each path parameter once, as required", () => {
    for (const [p, methods] of Object.entries(document.paths)) {
      const inPath = [...p.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
      for (const operation of Object.values(methods)) {
        const declared = (operation.parameters ?? [])
          .filter((parameter) => parameter.in === "path")
          .map((parameter) => parameter.name);
        expect(declared.sort(), p).toEqual(inPath);
      }
    }
  });

  it("answers every authenticated operation's missing credentials and database outage, and every write's cross-site refusal", () => {
    for (const [p, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const statuses = Object.keys(operation.responses);
        if (p.startsWith("/api/v1/") && p !== "/api/v1/openapi.json")
          expect(statuses, `${method} ${p}`).toEqual(expect.arrayContaining(["401", "503"]));
        if (method !== "get") expect(statuses, `${method} ${p}`).toContain("403");
      }
    }
  });

  it("keeps the names integrations rely on", () => {
    const schemas = (
      document as unknown as {
        components: { schemas: Record<string, { required?: string[]; properties?: Record<string, unknown> }> };
      }
    ).components.schemas;
    expect(schemas.CreateMember?.required).toEqual(expect.arrayContaining(["name", "email", "role"]));
    expect(schemas.Me?.properties).toHaveProperty("permissions");
    expect(schemas.Victim?.properties).toHaveProperty("caseNumber");
  });
});

describe("checking an answer against its operation", () => {
  it("refuses an undeclared status, a wrong body and an undescribed field", () => {
    const { method } = splitOperationKey("GET /api/v1/repatriations/{id}/tasks");
    const operation = apiOperations["GET /api/v1/repatriations/{id}/tasks"];
    expect(problemsWithAnswer(method, operation, 200, { items: [], nextCursor: null })).toEqual([]);
    expect(problemsWithAnswer(method, operation, 200, { items: [], nextCursor: null, extra: 1 })).toEqual([
      "extra: not in the schema",
    ]);
    expect(
      problemsWithAnswer(method, operation, 200, { items: [{ id: "x" }], nextCursor: null }).length,
    ).toBeGreaterThan(0);
    expect(problemsWithAnswer(method, operation, 404, { error: { code: "NOT_FOUND", message: "Not found" } })).toEqual(
      [],
    );
    expect(
      problemsWithAnswer(method, operation, 404, { error: { code: "FORBIDDEN", message: "Forbidden" } }).length,
    ).toBeGreaterThan(0);
    expect(problemsWithAnswer(method, operation, 409, { error: { code: "CONFLICT", message: "x" } })).toEqual([
      expect.stringMatching(/^status 409 is not declared/),
    ]);
  });
});
