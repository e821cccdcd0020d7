// What one endpoint of the JSON API takes and answers: request (path, query, body) and response
// schemas, the success status, the errors it can answer. Each resource declares its operations in
// lib/openapi/operations/<resource>.ts; lib/openapi/document.ts composes them into the OpenAPI document, and
// the end-to-end tests check every answer against the same schemas (e2e/fixtures/api.ts).
// Pure (zod only, no server code), so the tests can import it.
import { z } from "zod";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/**
 * A schema with its name in the document's `components.schemas`. `parts` are named schemas used
 * inside it, written once in the document and referenced. Response schemas describe JSON as sent:
 * no transforms, coercions or defaults, so parsing an answer gives back the same value.
 */
export interface Component<S extends z.core.$ZodType = z.core.$ZodType> {
  name: string;
  schema: S;
  parts: readonly Component[];
}

export function component<S extends z.core.$ZodType>(
  name: string,
  schema: S,
  parts: readonly Component[] = [],
): Component<S> {
  return { name, schema, parts };
}

/** A page of a list: `{ items, nextCursor }`; `nextCursor` is null on the last page (and where a list has no pages). */
export function listSchema<S extends z.core.$ZodType>(item: S) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page"),
  });
}

/** `limit` (at most 100) and `cursor`, the query parameters of a paged list. */
export const listParamsSchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(200).optional(),
});

export function listOf<S extends z.core.$ZodType>(name: string, item: Component<S>) {
  return component(name, listSchema(item.schema), [item]);
}

/** Error statuses an operation declares itself; 401, 403 and 503 follow from its kind (see errorStatusesOf). */
export type DeclaredErrorStatus = 400 | 404 | 409 | 413 | 422 | 429;
export type ErrorStatus = DeclaredErrorStatus | 401 | 403 | 503;

export interface Answer {
  description: string;
  body: Component;
  /** The answer is a file, not JSON: its media type in the document (the body schema then describes bytes). */
  file?: true;
}

export interface Operation {
  summary: string;
  description?: string;
  /** Answers without a session or token (and so never 401). */
  public?: true;
  /** Path parameters, by the names in the path's braces. */
  params?: z.core.$ZodObject;
  query?: z.core.$ZodObject;
  body?: Component;
  /** The body is a multipart form (a file upload), not JSON; `body` describes its parts. */
  multipart?: true;
  /** The body may be left out: an empty body reads as `{}`. */
  bodyOptional?: true;
  /** The success answer (exactly one 2xx) and any other answer with a body of its own (the health check's 503). */
  answers: { readonly [status: number]: Answer };
  /** The errors this operation answers beyond those of its kind (see errorStatusesOf). */
  errors: readonly DeclaredErrorStatus[];
}

/** Operations by `METHOD /path`, the path as in the document (`/api/v1/victims/{id}`). */
export type Operations = Record<`${HttpMethod} /${string}`, Operation>;

export function splitOperationKey(key: string): { method: HttpMethod; path: string } {
  const [method, path] = key.split(" ") as [HttpMethod, string];
  return { method, path };
}

/** The error body of every failed API request (lib/api/handler.ts; proxy.ts for a cross-site write). */
export function errorBodySchema<const C extends readonly [string, ...string[]]>(codes: C) {
  return z.object({
    error: z.object({
      code: z.enum(codes),
      message: z.string().describe("English; `code` and the field keys are the stable part"),
      fields: z.record(z.string(), z.string()).optional().describe("Field path -> message"),
    }),
  });
}

/** The one set of error answers, by status: which codes each carries (lib/errors.ts HTTP_STATUS, lib/api/handler.ts). */
export const ERROR_ANSWERS = {
  400: {
    name: "Invalid",
    description: "The request is malformed or a field is invalid (`fields` names them)",
    codes: ["INVALID"],
  },
  401: {
    name: "Unauthenticated",
    description: "No valid session or token, or a second factor is required and not set up",
    codes: ["UNAUTHENTICATED"],
  },
  403: {
    name: "CrossSiteRefused",
    description: "A state-changing request from another site's page (its `Origin` is not this server)",
    codes: ["FORBIDDEN_ORIGIN"],
  },
  404: {
    name: "NotFound",
    description:
      "No such record, or not in the caller's scope, or the caller's role may not use this endpoint (never a 403)",
    codes: ["NOT_FOUND"],
  },
  409: {
    name: "Conflict",
    description: "Conflicts with stored data: changed by someone else since read (`version`), taken, or already done",
    codes: ["CONFLICT"],
  },
  413: {
    name: "TooLarge",
    description: "The request is larger than this endpoint takes (a file over 20 MB); nothing was read or saved",
    codes: ["TOO_LARGE"],
  },
  422: {
    name: "Unprocessable",
    description: "Valid, but refused by a business rule; `message` says why",
    codes: ["UNPROCESSABLE"],
  },
  429: { name: "RateLimited", description: "Too many requests of this kind; try again later", codes: ["RATE_LIMITED"] },
  503: {
    name: "Unavailable",
    description:
      "The database is briefly unavailable, or its storage is full; nothing was saved. `Retry-After` says when to try again",
    codes: ["UNAVAILABLE", "STORAGE_FULL"],
  },
} as const satisfies Record<ErrorStatus, { name: string; description: string; codes: readonly [string, ...string[]] }>;

/** Every error code an API answer can carry, 500's `INTERNAL` included. */
export const ERROR_CODES = [...new Set([...Object.values(ERROR_ANSWERS).flatMap((a) => a.codes), "INTERNAL"])] as [
  string,
  ...string[],
];

/** The general error body (the document's `Error` schema). */
export const errorSchema = errorBodySchema(ERROR_CODES);

/** The error body for one status, with only the codes that status carries. */
export function errorSchemaFor(status: ErrorStatus) {
  return errorBodySchema(ERROR_ANSWERS[status].codes);
}

const WRITES: readonly HttpMethod[] = ["POST", "PUT", "PATCH", "DELETE"];

/**
 * The error statuses of an operation: those it declares, plus 401 and 503 for every signed-in
 * operation (no session, or the database down), plus 403 for every write (proxy.ts refuses a
 * cross-site one before any handler runs). Sorted.
 */
export function errorStatusesOf(method: HttpMethod, operation: Operation): ErrorStatus[] {
  const statuses = new Set<ErrorStatus>(operation.errors);
  if (!operation.public) {
    statuses.add(401);
    if (!operation.answers[503]) statuses.add(503);
  }
  if (WRITES.includes(method)) statuses.add(403);
  return [...statuses].sort((a, b) => a - b);
}

/** The one 2xx status of an operation. */
export function successStatusOf(operation: Operation): number {
  const statuses = Object.keys(operation.answers)
    .map(Number)
    .filter((s) => s >= 200 && s < 300);
  if (statuses.length !== 1)
    throw new Error(`an operation has exactly one success status, not ${statuses.join(", ") || "none"}`);
  return statuses[0]!;
}

/** The schema an answer with this status must match, or null when the operation does not declare the status. */
export function answerSchemaFor(method: HttpMethod, operation: Operation, status: number): z.core.$ZodType | null {
  const answer = operation.answers[status];
  if (answer) return answer.body.schema;
  const errorStatus = status as ErrorStatus;
  return errorStatusesOf(method, operation).includes(errorStatus) ? errorSchemaFor(errorStatus) : null;
}

/** Path parameters: `{ id }` as a uuid, for the usual `/{id}` routes. */
export const idParams = z.object({ id: z.uuid() });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The fields of `sent` that parsing dropped: fields the schema does not describe. */
function undescribed(sent: unknown, parsed: unknown, at: string): string[] {
  if (Array.isArray(sent) && Array.isArray(parsed))
    return sent.flatMap((value, i) => undescribed(value, parsed[i], `${at}[${i}]`));
  if (!isRecord(sent) || !isRecord(parsed)) return [];
  return Object.keys(sent).flatMap((key) => {
    const path = at ? `${at}.${key}` : key;
    return key in parsed ? undescribed(sent[key], parsed[key], path) : [path];
  });
}

/**
 * What is wrong with an answer, as the operation declares it: a status it does not declare, a
 * body its schema for that status refuses, or fields the schema does not describe. Empty when
 * the answer matches.
 */
export function problemsWithAnswer(method: HttpMethod, operation: Operation, status: number, body: unknown): string[] {
  const schema = answerSchemaFor(method, operation, status);
  if (!schema)
    return [
      `status ${status} is not declared (declared: ${[...Object.keys(operation.answers), ...errorStatusesOf(method, operation)].join(", ")})`,
    ];
  const parsed = z.safeParse(schema, body);
  if (!parsed.success)
    return parsed.error.issues.map((issue) => `${issue.path.join(".") || "(body)"}: ${issue.message}`);
  return undescribed(body, parsed.data, "").map((path) => `${path}: not in the schema`);
}
