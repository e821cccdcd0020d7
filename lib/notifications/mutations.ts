// The reader's own side of notifications: marking them read. Notices are written by the domain
// whose event they announce, in the same transaction (lib/repatriations/notices.ts,
// lib/victims/notices.ts), so this folder depends on those domains and never the other way round.
import "server-only";
import { dbFor } from "@/lib/db";
import type { Scope } from "@/lib/roles/scope";
import { AppError } from "@/lib/errors";
import { repatriationWhere } from "@/lib/repatriations/policy";

/** Marks the actor's notifications read: all of them, or those of one case. */
export async function markNotificationsRead(scope: Scope, repatriationId?: string) {
  const db = dbFor(scope);
  if (!scope.organisationId) return;
  await db.notification.updateMany({
    where: {
      userId: scope.userId,
      organisationId: scope.organisationId,
      readAt: null,
      ...(repatriationId ? { repatriationId } : {}),
    },
    data: { readAt: new Date() },
  });
}

/**
 * The actor opened a repatriation case: its notices to the actor count as read. A case the actor
 * may not see is not found (repatriationWhere), whether or not it exists.
 */
export async function markCaseNoticesRead(scope: Scope, repatriationId: string) {
  const db = dbFor(scope);
  const visible = await db.repatriation.findFirst({
    where: { AND: [{ id: repatriationId }, repatriationWhere(scope)] },
    select: { id: true },
  });
  if (!visible) throw new AppError("NOT_FOUND");
  await markNotificationsRead(scope, visible.id);
}
