// Refused access goes on the trail (ASVS 16.3.2): a signed-in user who gets "not found" for a
// page, a record or an API path. Denials and true absences answer alike (404) by design, so both
// are recorded as `auth.denied`, with the path (ids, never names) and the request id.
import "server-only";
import { getActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { appendAudit } from "./mutations";

export async function recordDenied(path: string | null, permission?: string) {
  try {
    const actor = await getActor();
    if (!actor) return;
    await db.$transaction((tx) => appendAudit(tx, actor.scope, { action: "auth.denied", details: { path: (path ?? "").slice(0, 300), ...(permission ? { permission } : {}) } }));
  } catch {
    // Recording a denial must never turn a 404 into a 500.
  }
}
