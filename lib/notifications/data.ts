import "server-only";
import { cache } from "react";
import { dbFor } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/roles/scope";
import { mayWorkRepatriations, repatriationWhere } from "@/lib/repatriations/policy";
import { CLOSED_STATUSES } from "@/lib/repatriations/codes";
import { caseNumbersOf } from "@/lib/repatriations/data";
import { peopleListWhere } from "@/lib/access/people";
import { organisationToday } from "@/lib/time/zoned";
import { hasBell } from "./policy";
import { countOverdueReminders } from "@/lib/tasks/data";

/**
 * The actor's notifications in the current organisation, only of cases still visible (a declined
 * request's notice disappears with the access; an intake notice with the person's visibility under
 * the one rule, lib/access/people.ts).
 */
async function notificationWhere(scope: Scope, organisationId: string): Promise<Prisma.NotificationWhereInput> {
  const people = await peopleListWhere(scope);
  return {
    userId: scope.userId,
    organisationId,
    OR: [{ repatriation: { AND: [repatriationWhere(scope)] } }, { victim: { AND: [people] } }],
  };
}

/** Overdue tasks assigned to the actor's side on live cases; counted live rather than stored. */
function overdueWhere(scope: Scope, organisationId: string): Prisma.RepatriationTaskWhereInput {
  return {
    doneOn: null,
    dueOn: { lt: organisationToday(scope) },
    repatriation: { AND: [repatriationWhere(scope), { status: { notIn: [...CLOSED_STATUSES] } }] },
    OR: [
      { assigneeSide: "SENDING", repatriation: { sendingOrganisationId: organisationId } },
      { assigneeSide: "RECEIVING", repatriation: { receivingOrganisationId: organisationId } },
    ],
  };
}

/**
 * The bell's numbers alone, for every page's layout; read once per request (React cache): the
 * layout and the home page's counts both ask (measured: 6 statements a home page asked twice).
 */
export const countNotifications = cache(async (scope: Scope) => {
  const db = dbFor(scope);
  if (!hasBell(scope)) return { unread: 0, overdueTasks: 0, overdueReminders: 0 };
  const [unread, overdueTasks, overdueReminders] = await Promise.all([
    db.notification.count({ where: { ...(await notificationWhere(scope, scope.organisationId)), readAt: null } }),
    mayWorkRepatriations(scope) ? db.repatriationTask.count({ where: overdueWhere(scope, scope.organisationId) }) : 0,
    // Late reminders ring the bell: the actor's own, and for coordinators those no one has taken.
    countOverdueReminders(scope),
  ]);
  return { unread, overdueTasks, overdueReminders };
});

/** What the bell's page lists: the latest notifications and the overdue tasks of the actor's side. */
export async function getNotificationSummary(scope: Scope) {
  const db = dbFor(scope);
  const counts = await countNotifications(scope);
  if (!hasBell(scope)) return { ...counts, items: [], overdue: [] };
  const [items, overdue] = await Promise.all([
    db.notification.findMany({
      where: await notificationWhere(scope, scope.organisationId),
      orderBy: { createdAt: "desc" },
      take: 30,
      select: {
        id: true,
        kind: true,
        status: true,
        createdAt: true,
        readAt: true,
        repatriationId: true,
        repatriation: {
          select: {
            id: true,
            status: true,
            victimId: true,
            sendingOrganisationId: true,
            receivingOrganisationId: true,
            sendingCountry: true,
            receivingCountry: true,
          },
        },
        // The case number only: a notice never names the person.
        victimId: true,
        victim: { select: { caseNumber: true } },
      },
    }),
    mayWorkRepatriations(scope)
      ? db.repatriationTask.findMany({
          where: overdueWhere(scope, scope.organisationId),
          orderBy: { dueOn: "asc" },
          take: 30,
          select: { id: true, dueOn: true, title: true, templateKey: true, repatriationId: true },
        })
      : [],
  ]);
  // A notice names its case by number, never by the person's name: the bell is a road to a
  // person, and the visibility rule decides what it may show.
  const numbers = await caseNumbersOf(
    scope,
    items.flatMap((n) => (n.repatriation ? [n.repatriation] : [])),
  );
  return {
    ...counts,
    items: items.map(({ repatriation, ...n }) => ({
      ...n,
      repatriation: repatriation
        ? { sendingCountry: repatriation.sendingCountry, receivingCountry: repatriation.receivingCountry }
        : null,
      caseNumber: n.repatriationId ? (numbers.get(n.repatriationId) ?? null) : null,
    })),
    overdue,
  };
}
