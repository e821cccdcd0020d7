// In-app notifications: written in the same transaction as the event they announce, for the
// members of the other organisation on a case who work repatriations (ORG_ADMIN, COORDINATOR).
import "server-only";
import { dbFor, type Tx } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { PERMISSIONS } from "@/lib/auth/permissions";
import type { NotificationKind, RepatriationStatus } from "@/lib/generated/prisma/client";

export async function notifyOrganisation(
  tx: Tx,
  notice: { organisationId: string; kind: NotificationKind; repatriationId: string; status?: RepatriationStatus | null },
) {
  const members = await tx.membership.findMany({
    where: { organisationId: notice.organisationId, role: { in: [...PERMISSIONS["cases.read.all"]] }, user: { active: true } },
    select: { userId: true },
  });
  if (members.length === 0) return;
  await tx.notification.createMany({
    data: members.map((m) => ({ userId: m.userId, organisationId: notice.organisationId, kind: notice.kind, repatriationId: notice.repatriationId, status: notice.status ?? null })),
  });
}

/** Marks the actor's notifications read: all of them, or those of one case. */
export async function markNotificationsRead(scope: Scope, repatriationId?: string) {
  const db = dbFor(scope);
  if (!scope.organisationId) return;
  await db.notification.updateMany({
    where: { userId: scope.userId, organisationId: scope.organisationId, readAt: null, ...(repatriationId ? { repatriationId } : {}) },
    data: { readAt: new Date() },
  });
}
