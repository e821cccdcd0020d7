// Writes one `auth.denied` event for a signed-in actor (see denied.ts for when). Separate from
// denied.ts so that lib/auth/actor.ts can record a refused permission without an import cycle.
import "server-only";
import type { Scope } from "@/lib/roles/scope";
import { db } from "@/lib/db";
import { appendAudit } from "./mutations";

export async function appendDenied(scope: Scope, path: string | null, permission?: string) {
  try {
    await db.$transaction((tx) =>
      appendAudit(tx, scope, {
        action: "auth.denied",
        details: { path: (path ?? "").slice(0, 300), ...(permission ? { permission } : {}) },
      }),
    );
  } catch {
    // Recording a denial must never turn a 404 into a 500.
  }
}
