// The API's own endpoints: the health check and this document.
import { z } from "zod";
import { component, type Operations } from "@/lib/api/operation";
import { healthResponseSchema } from "@/lib/health/api-schema";

const Health = component("Health", healthResponseSchema);
const OpenApiDocument = component(
  "OpenApiDocument",
  z.looseObject({
    openapi: z.string(),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.unknown()),
  }),
);

export const systemOperations = {
  "GET /api/health": {
    summary: "Application and database status (for load balancers; no data)",
    public: true,
    answers: {
      200: { description: "Healthy", body: Health },
      503: {
        description: "The database is unavailable, or in production its role escapes row-level security",
        body: Health,
      },
    },
    errors: [],
  },
  "GET /api/v1/openapi.json": {
    summary: "This document",
    public: true,
    answers: { 200: { description: "The OpenAPI 3.1 document of the API", body: OpenApiDocument } },
    errors: [],
  },
} satisfies Operations;
