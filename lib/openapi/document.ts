// The OpenAPI 3.1 document of the API (served at /api/v1/openapi.json), composed from the
// operations each resource declares (lib/openapi/operations/*.ts) with one set of error answers.
// Schemas are JSON Schema 2020-12, the dialect of OpenAPI 3.1, generated from the zod schemas the
// routes parse requests with and the presenters answer with. lib/openapi/document.test.ts fails when a
// route has no operation or a reference does not resolve; the end-to-end tests check every answer
// against its operation (e2e/fixtures/api.ts).
import { z } from "zod";
import {
  ERROR_ANSWERS,
  errorSchema,
  errorStatusesOf,
  splitOperationKey,
  successStatusOf,
  type Component,
  type ErrorStatus,
  type Operation,
  type Operations,
} from "@/lib/api/operation";
import { apiOperations } from "./operations";

const JSON_SCHEMA = { target: "draft-2020-12", unrepresentable: "any" } as const;
const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const responseRef = (status: ErrorStatus) => ({ $ref: `#/components/responses/${ERROR_ANSWERS[status].name}` });

type JsonSchema = { properties?: Record<string, object>; required?: string[] } & Record<string, unknown>;

/**
 * The named schemas and the named schemas inside them, as JSON Schema with references between
 * them. One name is one schema: a name given to two schemas, or two names to one, is a mistake.
 */
function componentSchemas(components: Component[], io: "input" | "output") {
  const registry = z.registry<{ id: string }>();
  const byName = new Map<string, z.core.$ZodType>();
  const visit = (c: Component) => {
    const named = byName.get(c.name);
    if (named && named !== c.schema) throw new Error(`Two schemas are named ${c.name}`);
    const id = registry.get(c.schema)?.id;
    if (id && id !== c.name) throw new Error(`One schema is named both ${id} and ${c.name}`);
    if (!named) {
      byName.set(c.name, c.schema);
      registry.add(c.schema, { id: c.name });
    }
    c.parts.forEach(visit);
  };
  components.forEach(visit);
  const { schemas } = z.toJSONSchema(registry, { ...JSON_SCHEMA, io, uri: (id) => `#/components/schemas/${id}` });
  // Each schema becomes part of this document: its own `$schema` and `$id` (a bare fragment) go.
  return Object.fromEntries(
    Object.entries(schemas).map(([name, { $schema: _dialect, $id: _id, ...schema }]) => [name, schema]),
  );
}

/** Path and query parameters, one per property of the operation's schemas (as the client sends them). */
function parametersOf(operation: Operation) {
  const parameters = (schema: z.core.$ZodObject | undefined, where: "path" | "query") => {
    if (!schema) return [];
    const json = z.toJSONSchema(schema, { ...JSON_SCHEMA, io: "input" }) as JsonSchema;
    const required = new Set(json.required ?? []);
    return Object.entries(json.properties ?? {}).map(([name, property]) => {
      const { description, ...rest } = property as { description?: string };
      return {
        name,
        in: where,
        required: where === "path" || required.has(name),
        ...(description ? { description } : {}),
        schema: rest,
      };
    });
  };
  return [...parameters(operation.params, "path"), ...parameters(operation.query, "query")];
}

const words = (path: string) =>
  path
    .replace(/^\/api(\/v1)?\//, "")
    .split(/[/.-]/)
    .filter(Boolean)
    .map((word) =>
      word.startsWith("{")
        ? `By${word[1]!.toUpperCase()}${word.slice(2, -1)}`
        : `${word[0]!.toUpperCase()}${word.slice(1)}`,
    );

/** `GET /api/v1/victims/{id}` -> `getVictimsById`. */
export function operationIdOf(key: string) {
  const { method, path } = splitOperationKey(key);
  return `${method.toLowerCase()}${words(path).join("")}`;
}

/** The resource a path belongs to (its first segment), for grouping. */
const tagOf = (path: string) => (path.startsWith("/api/v1/") ? path.split("/")[3]! : "system");

function operationObject(key: string, operation: Operation) {
  const { method, path } = splitOperationKey(key);
  successStatusOf(operation); // exactly one 2xx, or the document is not built
  const parameters = parametersOf(operation);
  return {
    operationId: operationIdOf(key),
    tags: [tagOf(path)],
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    ...(operation.public ? { security: [] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(operation.body
      ? {
          requestBody: {
            required: !operation.bodyOptional,
            content: {
              [operation.multipart ? "multipart/form-data" : "application/json"]: {
                schema: schemaRef(operation.body.name),
              },
            },
          },
        }
      : {}),
    responses: {
      ...Object.fromEntries(
        Object.entries(operation.answers).map(([status, answer]) => [
          status,
          {
            description: answer.description,
            content: {
              [answer.file ? "application/octet-stream" : "application/json"]: { schema: schemaRef(answer.body.name) },
            },
          },
        ]),
      ),
      ...Object.fromEntries(errorStatusesOf(method, operation).map((status) => [String(status), responseRef(status)])),
    },
  };
}

const errorResponses = () =>
  Object.fromEntries(
    Object.entries(ERROR_ANSWERS).map(([status, answer]) => [
      answer.name,
      {
        description: `${answer.description}. \`error.code\`: ${answer.codes.map((code) => `\`${code}\``).join(" or ")}`,
        ...(status === "503"
          ? {
              headers: {
                "Retry-After": { description: "Seconds to wait before trying again", schema: { type: "integer" } },
              },
            }
          : {}),
        content: { "application/json": { schema: schemaRef("Error") } },
      },
    ]),
  );

/** The document for `serverUrl`. Composing takes a tenth of a second, so it is done once per process. */
export function buildOpenApiDocument(serverUrl: string) {
  const { openapi, jsonSchemaDialect, info, ...rest } = (composed ??= composeDocument(apiOperations));
  return { openapi, jsonSchemaDialect, info, servers: [{ url: serverUrl }], ...rest };
}

let composed: ReturnType<typeof composeDocument> | undefined;

function composeDocument(operations: Operations) {
  const entries = Object.entries(operations);
  const requests = entries.flatMap(([, op]) => (op.body ? [op.body] : []));
  const responses = entries.flatMap(([, op]) => Object.values(op.answers).map((answer) => answer.body));
  const requestSchemas = componentSchemas(requests, "input");
  const responseSchemas = componentSchemas(responses, "output");
  for (const name of [...Object.keys(requestSchemas), "Error"]) {
    if (name in responseSchemas)
      throw new Error(`${name} names both a request and a response schema, or the error body`);
  }
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [key, operation] of entries) {
    const { method, path } = splitOperationKey(key);
    (paths[path] ??= {})[method.toLowerCase()] = operationObject(key, operation);
  }
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Tumar API",
      version: "1",
      description:
        "Case-management API for counter-trafficking organisations. Authenticate with a personal API token " +
        "(`Authorization: Bearer <token>`, created in Settings) or the session cookie. Lists return " +
        "`{ items, nextCursor }` and accept `limit` (max 100) and `cursor`. Errors are " +
        '`{ "error": { "code", "message", "fields"? } }`; a record outside the caller\'s scope answers 404, never 403.',
    },
    security: [{ bearer: [] }, { session: [] }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer" },
        session: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "`__Secure-next-auth.session-token` over HTTPS",
        },
      },
      schemas: {
        Error: componentSchemas([{ name: "Error", schema: errorSchema, parts: [] }], "output").Error!,
        ...requestSchemas,
        ...responseSchemas,
      },
      responses: errorResponses(),
    },
    paths,
  };
}
