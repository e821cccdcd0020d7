import { NextResponse } from "next/server";
import { isDatabaseUp } from "@/lib/health/data";

export const dynamic = "force-dynamic";

// Public: reveals only whether the app and its database are up.
export async function GET() {
  const database = (await isDatabaseUp()) ? "ok" : "unavailable";
  return NextResponse.json(
    { status: database === "ok" ? "ok" : "degraded", database, time: new Date().toISOString() },
    { status: database === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
