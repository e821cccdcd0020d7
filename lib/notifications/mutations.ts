// In-app notifications: written in the same transaction as the event they announce. Repatriation
// notices go to the members of the other organisation who work repatriations (ORG_ADMIN,
// COORDINATOR); intake notices to the own organisation's coordinators; an assignment to the worker.
import "server-only";
import { dbFor, type Tx } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { repatriationWhere } from "@/lib/repatriations/policy";
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

/**
 * A case opened from a hotline call with nobody assigned: its organisation's coordinators and
 * administrators are told (not the one who opened it). The notice names the case, never the
 * person (the bell's page shows the case number). Same transaction as the case.
 */
export async function notifyIntake(tx: Tx, notice: { organisationId: string; victimId: string; openedById: string }) {
  const members = await tx.membership.findMany({
    where: { organisationId: notice.organisationId, role: { in: [...PERMISSIONS["cases.read.all"]] }, user: { active: true }, userId: { not: notice.openedById } },
    select: { userId: true },
  });
  if (members.length === 0) return;
  await tx.notification.createMany({
    data: members.map((m) => ({ userId: m.userId, organisationId: notice.organisationId, kind: "CASE_OPENED_FROM_CALL" as const, victimId: notice.victimId })),
  });
}

/**
 * A case is given to a worker by someone else: the worker is told (#15 homes: a case worker's
 * recent messages). Assigning oneself tells nobody. Names the case, never the person.
 */
export async function notifyAssignee(tx: Tx, notice: { organisationId: string; victimId: string; assigneeId: string; assignedById: string }) {
  if (notice.assigneeId === notice.assignedById) return;
  await tx.notification.create({ data: { userId: notice.assigneeId, organisationId: notice.organisationId, kind: "CASE_ASSIGNED", victimId: notice.victimId } });
}

/** The case got a worker: its intake notices, to whomever they went, no longer wait to be read. */
export async function markIntakeAnswered(tx: Tx, victimId: string) {
  await tx.notification.updateMany({ where: { victimId, kind: "CASE_OPENED_FROM_CALL", readAt: null }, data: { readAt: new Date() } });
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

/**
 * The actor opened a repatriation case: its notices to the actor count as read. A case the actor
 * may not see is not found (repatriationWhere), whether or not it exists.
 */
export async function markCaseNoticesRead(scope: Scope, repatriationId: string) {
  const db = dbFor(scope);
  const visible = await db.repatriation.findFirst({ where: { AND: [{ id: repatriationId }, repatriationWhere(scope)] }, select: { id: true } });
  if (!visible) throw new AppError("NOT_FOUND");
  await markNotificationsRead(scope, visible.id);
}
