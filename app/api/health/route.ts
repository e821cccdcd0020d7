import { NextResponse } from "next/server";
import { isDatabaseRoleRestricted, isDatabaseUp } from "@/lib/health/data";
import { logger } from "@/lib/log";
import type { HealthResponse } from "@/lib/health/api-schema";

export const dynamic = "force-dynamic";

// Public: reveals only whether the app and its database are up, and whether the app is safe to
// serve. In production an app connected as a role that escapes row-level security answers 503
// (docs/operations.md, "Database roles"), so a load balancer never sends it traffic.
export async function GET() {
  let database: HealthResponse["database"] = (await isDatabaseUp()) ? "ok" : "unavailable";
  if (
    database === "ok" &&
    process.env.NODE_ENV === "production" &&
    !(await isDatabaseRoleRestricted().catch(() => true))
  ) {
    logger.error(
      "DATABASE_URL's role bypasses row-level security (superuser, BYPASSRLS or table owner): refusing to report healthy",
    );
    database = "role-not-restricted";
  }
  const body: HealthResponse = {
    status: database === "ok" ? "ok" : "degraded",
    database,
    time: new Date().toISOString(),
  };
  return NextResponse.json(body, { status: database === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
}
