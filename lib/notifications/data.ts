import "server-only";
import { db } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { roleHas } from "@/lib/auth/permissions";
import { repatriationWhere } from "@/lib/repatriations/policy";
import { CLOSED_STATUSES } from "@/lib/repatriations/state-machine";

const today = () => new Date(new Date().toISOString().slice(0, 10));

/**
 * What the bell shows: unread notifications of the actor in the current organisation (only of
 * cases still visible: a declined request's notice disappears with the access), and the overdue
 * tasks assigned to the actor's side, which are counted live rather than stored.
 */
export async function getNotificationSummary(scope: Scope) {
  if (!scope.organisationId || !roleHas(scope.role, "cases.read.all")) return { unread: 0, overdueTasks: 0, items: [], overdue: [] };
  const organisationId = scope.organisationId;
  const visible = { AND: [repatriationWhere(scope)] };
  const overdueWhere = {
    doneOn: null,
    dueOn: { lt: today() },
    repatriation: { AND: [repatriationWhere(scope), { status: { notIn: [...CLOSED_STATUSES] } }] },
    OR: [
      { assigneeSide: "SENDING" as const, repatriation: { sendingOrganisationId: organisationId } },
      { assigneeSide: "RECEIVING" as const, repatriation: { receivingOrganisationId: organisationId } },
    ],
  };
  const [items, unread, overdueTasks, overdue] = await Promise.all([
    db.notification.findMany({
      where: { userId: scope.userId, organisationId, repatriation: visible },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: { id: true, kind: true, status: true, createdAt: true, readAt: true, repatriationId: true, repatriation: { select: { sendingCountry: true, receivingCountry: true } } },
    }),
    db.notification.count({ where: { userId: scope.userId, organisationId, readAt: null, repatriation: visible } }),
    db.repatriationTask.count({ where: overdueWhere }),
    db.repatriationTask.findMany({
      where: overdueWhere,
      orderBy: { dueOn: "asc" },
      take: 20,
      select: { id: true, dueOn: true, title: true, templateKey: true, repatriationId: true },
    }),
  ]);
  return { unread, overdueTasks, items, overdue };
}
export type NotificationSummary = Awaited<ReturnType<typeof getNotificationSummary>>;
