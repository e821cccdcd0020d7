// The OpenAPI 3.1 document for /api/v1, built from the same zod schemas the routes validate with,
// so the document cannot drift from the code. Each resource adds its paths here.
import { z } from "zod";
import { ORG_ROLES, NETWORK_ROLES } from "@/lib/auth/roles";
import { PERMISSIONS } from "@/lib/auth/permissions";

const schema = (s: z.ZodType) => z.toJSONSchema(s, { target: "openapi-3.0", unrepresentable: "any" });

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(["INVALID", "UNAUTHENTICATED", "NOT_FOUND", "CONFLICT", "UNPROCESSABLE", "RATE_LIMITED", "INTERNAL"]),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});

export const meResponseSchema = z.object({
  user: z.object({ id: z.uuid(), name: z.string(), email: z.string(), locale: z.string() }),
  role: z.enum([...ORG_ROLES, ...NETWORK_ROLES]),
  organisation: z.object({ id: z.uuid(), name: z.string(), countryCode: z.string(), timeZone: z.string() }).nullable(),
  memberships: z.array(
    z.object({ organisationId: z.uuid(), organisationName: z.string(), countryCode: z.string(), role: z.enum(ORG_ROLES) }),
  ),
  permissions: z.array(z.enum(Object.keys(PERMISSIONS) as [string, ...string[]])),
});

export const healthResponseSchema = z.object({
  status: z.enum(["ok", "degraded"]),
  database: z.enum(["ok", "unavailable"]),
  time: z.string(),
});

const errorResponses = (codes: number[]) =>
  Object.fromEntries(
    codes.map((code) => [
      String(code),
      { description: `Error (${code})`, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
    ]),
  );

export function buildOpenApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Tumar API",
      version: "1",
      description:
        "Case-management API for counter-trafficking organisations. Authenticate with a personal API token " +
        "(`Authorization: Bearer <token>`, created in Settings) or the session cookie. Lists return " +
        "`{ items, nextCursor }` and accept `limit` (max 100) and `cursor`.",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }, { session: [] }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer" },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
      schemas: {
        Error: schema(errorBodySchema),
        Me: schema(meResponseSchema),
        Health: schema(healthResponseSchema),
      },
    },
    paths: {
      "/api/health": {
        get: {
          summary: "Application and database status",
          security: [],
          responses: {
            "200": { description: "Healthy", content: { "application/json": { schema: { $ref: "#/components/schemas/Health" } } } },
            "503": { description: "Database unavailable", content: { "application/json": { schema: { $ref: "#/components/schemas/Health" } } } },
          },
        },
      },
      "/api/v1/me": {
        get: {
          summary: "The signed-in user, their memberships and permissions",
          responses: {
            "200": { description: "The caller", content: { "application/json": { schema: { $ref: "#/components/schemas/Me" } } } },
            ...errorResponses([401]),
          },
        },
      },
    },
  };
}
