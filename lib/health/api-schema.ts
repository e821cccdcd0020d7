// What GET /api/health answers: 200 when the app and its database are up, 503 otherwise.
import { z } from "zod";

export const healthResponseSchema = z.object({
  status: z.enum(["ok", "degraded"]),
  database: z
    .enum(["ok", "unavailable", "role-not-restricted"])
    .describe(
      "`role-not-restricted`: in production, the app's database role escapes row-level security, so the app refuses to report healthy",
    ),
  time: z.iso.datetime(),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
