// Acting on reminders: done, dismissed with a reason, given to someone. Each at the version read
// (two coordinators acting at once: the second is told it changed), audited with ids only.
import "server-only";
import { dbFor, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { encryptField, fieldContext } from "@/lib/crypto";
import { peopleListWhere } from "@/lib/access/people";
import { mayManageTasks, mayUseTasks } from "./policy";
import type { AssignTaskInput, DismissTaskInput } from "./schema";

/** A reminder the actor sees (their own; any of the organisation's for a coordinator), else not found. */
async function visibleTask(tx: Tx, scope: Scope, taskId: string) {
  if (!mayUseTasks(scope)) throw new AppError("NOT_FOUND");
  const task = await tx.task.findFirst({
    where: {
      id: taskId,
      organisationId: scope.organisationId,
      ...(mayManageTasks(scope) ? {} : { assigneeId: scope.userId }),
      OR: [{ victimId: null }, { victim: { AND: [await peopleListWhere(scope)] } }],
    },
    select: { id: true, victimId: true, status: true, assigneeId: true },
  });
  if (!task) throw new AppError("NOT_FOUND");
  return task;
}

const subject = (task: { victimId: string | null }) =>
  task.victimId ? { recordType: "VICTIM" as const, recordId: task.victimId } : {};

async function close(scope: Scope, taskId: string, version: number, status: "DONE" | "DISMISSED", reason?: string) {
  return dbFor(scope).$transaction(async (tx) => {
    const task = await visibleTask(tx, scope, taskId);
    if (task.status !== "OPEN") throw new AppError("CONFLICT", "errors.taskClosed");
    const changed = await tx.task.updateMany({
      where: { id: task.id, version, status: "OPEN" },
      data: {
        status,
        closedAt: new Date(),
        closedById: scope.userId,
        dismissReasonEncrypted: reason
          ? encryptField(reason, fieldContext("tasks", "dismiss_reason_encrypted", task.id))
          : null,
        version: { increment: 1 },
      },
    });
    if (changed.count === 0) throw new AppError("CONFLICT", "errors.CONFLICT");
    await appendAudit(tx, scope, {
      action: status === "DONE" ? "task.done" : "task.dismiss",
      ...subject(task),
      details: { taskId: task.id },
    });
  });
}

export const completeTask = (scope: Scope, taskId: string, version: number) => close(scope, taskId, version, "DONE");

export const dismissTask = (scope: Scope, taskId: string, input: DismissTaskInput) =>
  close(scope, taskId, input.version, "DISMISSED", input.reason);

/** Gives a reminder to a member of the organisation's case staff, or back to the queue (coordinators). */
export async function assignTask(scope: Scope, taskId: string, input: AssignTaskInput) {
  if (!mayManageTasks(scope)) throw new AppError("NOT_FOUND");
  return dbFor(scope).$transaction(async (tx) => {
    const task = await visibleTask(tx, scope, taskId);
    const assigneeId = input.assigneeId || null;
    if (assigneeId) {
      const member = await tx.membership.findFirst({
        where: {
          userId: assigneeId,
          organisationId: scope.organisationId!,
          role: { in: ["COORDINATOR", "CASE_WORKER", "ORG_ADMIN"] },
          user: { active: true },
        },
        select: { id: true },
      });
      if (!member) throw new AppError("INVALID", "errors.INVALID", { assigneeId: "errors.invalidChoice" });
    }
    const changed = await tx.task.updateMany({
      where: { id: task.id, version: input.version },
      data: { assigneeId, version: { increment: 1 } },
    });
    if (changed.count === 0) throw new AppError("CONFLICT", "errors.CONFLICT");
    await appendAudit(tx, scope, {
      action: "task.assign",
      ...subject(task),
      details: { taskId: task.id, assigneeId, before: task.assigneeId },
    });
  });
}
