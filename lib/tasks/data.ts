// Reading reminders: the /tasks lists, and the counts of the home page and the bell. A reminder
// about a person is listed only while the one rule shows the actor that person
// (lib/access/people.ts peopleListWhere), and then by case number only.
import "server-only";
import { dbFor } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/roles/scope";
import { peopleListWhere } from "@/lib/access/people";
import { decryptField, fieldContext } from "@/lib/crypto";
import { organisationToday } from "@/lib/time/zoned";
import { mayManageTasks, mayUseTasks } from "./policy";
import type { TaskQuery } from "./schema";
import type { AssignableMember, TaskRow } from "./types";

export const TASK_PAGE_SIZE = 50;

async function visibleWhere(scope: Scope & { organisationId: string }): Promise<Prisma.TaskWhereInput> {
  return {
    organisationId: scope.organisationId,
    OR: [{ victimId: null }, { victim: { AND: [await peopleListWhere(scope)] } }],
  };
}

function viewWhere(scope: Scope, view: TaskQuery["view"]): Prisma.TaskWhereInput {
  if (view === "mine" || !mayManageTasks(scope)) return { assigneeId: scope.userId };
  return view === "unassigned" ? { assigneeId: null } : {};
}

/** A page of reminders: open ones by due day (the most overdue first), closed ones newest first. */
export async function listTasks(
  scope: Scope,
  query: TaskQuery,
): Promise<{ items: TaskRow[]; hasMore: boolean } | null> {
  if (!mayUseTasks(scope)) return null;
  const rows = await dbFor(scope).task.findMany({
    where: { AND: [await visibleWhere(scope), viewWhere(scope, query.view), { status: query.status }] },
    orderBy: query.status === "OPEN" ? [{ dueOn: "asc" }, { id: "asc" }] : [{ closedAt: "desc" }, { id: "asc" }],
    skip: (query.page - 1) * TASK_PAGE_SIZE,
    take: TASK_PAGE_SIZE + 1,
    select: {
      id: true,
      kind: true,
      status: true,
      dueOn: true,
      eventOn: true,
      version: true,
      dismissReasonEncrypted: true,
      closedAt: true,
      victim: { select: { id: true, caseNumber: true } },
      assignee: { select: { id: true, name: true } },
    },
  });
  return {
    hasMore: rows.length > TASK_PAGE_SIZE,
    items: rows.slice(0, TASK_PAGE_SIZE).map(({ victim, dismissReasonEncrypted, ...row }) => ({
      ...row,
      person: victim,
      dismissReason: dismissReasonEncrypted
        ? decryptField(dismissReasonEncrypted, fieldContext("tasks", "dismiss_reason_encrypted", row.id))
        : null,
    })),
  };
}

/**
 * The actor's open reminders (what the rule lets them see), and the organisation's today: a
 * reminder due before it is late. The home's and the bell's counts both start here.
 */
async function openReminders(scope: Scope & { organisationId: string }) {
  const open: Prisma.TaskWhereInput = { AND: [await visibleWhere(scope), { status: "OPEN" }] };
  return { open, today: organisationToday(scope) };
}

/**
 * The home's numbers: the actor's own reminders late or due within a week, and for coordinators
 * the late ones no one is assigned.
 */
export async function countReminders(scope: Scope) {
  if (!mayUseTasks(scope)) return { overdue: 0, dueSoon: 0, unassignedOverdue: 0 };
  const { open, today } = await openReminders(scope);
  const week = new Date(today.getTime() + 7 * 86_400_000);
  const db = dbFor(scope);
  const [overdue, dueSoon, unassignedOverdue] = await Promise.all([
    db.task.count({ where: { AND: [open, { assigneeId: scope.userId, dueOn: { lt: today } }] } }),
    db.task.count({ where: { AND: [open, { assigneeId: scope.userId, dueOn: { gte: today, lte: week } }] } }),
    mayManageTasks(scope) ? db.task.count({ where: { AND: [open, { assigneeId: null, dueOn: { lt: today } }] } }) : 0,
  ]);
  return { overdue, dueSoon, unassignedOverdue };
}

/**
 * What rings the bell on every page, in one statement: countReminders' overdue + unassignedOverdue
 * (the actor's own late reminders and, for those who share out the work, the late ones no one has
 * taken), without its week ahead.
 */
export async function countOverdueReminders(scope: Scope): Promise<number> {
  if (!mayUseTasks(scope)) return 0;
  const { open, today } = await openReminders(scope);
  const whose: Prisma.TaskWhereInput[] = [{ assigneeId: scope.userId }];
  if (mayManageTasks(scope)) whose.push({ assigneeId: null });
  return dbFor(scope).task.count({ where: { AND: [open, { dueOn: { lt: today }, OR: whose }] } });
}

/** Whom a coordinator may give a reminder to: the organisation's case staff. */
export async function listAssignableMembers(scope: Scope): Promise<AssignableMember[]> {
  if (!mayManageTasks(scope)) return [];
  const members = await dbFor(scope).membership.findMany({
    where: {
      organisationId: scope.organisationId!,
      role: { in: ["COORDINATOR", "CASE_WORKER", "ORG_ADMIN"] },
      user: { active: true },
    },
    select: { user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
    take: 500,
  });
  return members.map((m) => m.user);
}
