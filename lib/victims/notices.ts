// Notices about a person's case, written in the same transaction as what they announce: a case
// opened from a call waits for a worker (the coordinators are told), a case given to a worker (the
// worker is told). They name the case, never the person. The bell reads them (lib/notifications).
import "server-only";
import type { Tx } from "@/lib/db";
import { PERMISSIONS } from "@/lib/roles/permissions";

/**
 * A case opened from a hotline call with nobody assigned: its organisation's coordinators and
 * administrators are told (not the one who opened it). The notice names the case, never the
 * person (the bell's page shows the case number). Same transaction as the case.
 */
export async function notifyIntake(tx: Tx, notice: { organisationId: string; victimId: string; openedById: string }) {
  const members = await tx.membership.findMany({
    where: {
      organisationId: notice.organisationId,
      role: { in: [...PERMISSIONS["cases.read.all"]] },
      user: { active: true },
      userId: { not: notice.openedById },
    },
    select: { userId: true },
  });
  if (members.length === 0) return;
  await tx.notification.createMany({
    data: members.map((m) => ({
      userId: m.userId,
      organisationId: notice.organisationId,
      kind: "CASE_OPENED_FROM_CALL" as const,
      victimId: notice.victimId,
    })),
  });
}

/**
 * A case is given to a worker by someone else: the worker is told (a case worker's
 * recent messages). Assigning oneself tells nobody. Names the case, never the person.
 */
export async function notifyAssignee(
  tx: Tx,
  notice: { organisationId: string; victimId: string; assigneeId: string; assignedById: string },
) {
  if (notice.assigneeId === notice.assignedById) return;
  await tx.notification.create({
    data: {
      userId: notice.assigneeId,
      organisationId: notice.organisationId,
      kind: "CASE_ASSIGNED",
      victimId: notice.victimId,
    },
  });
}

/** The case got a worker: its intake notices, to whomever they went, no longer wait to be read. */
export async function markIntakeAnswered(tx: Tx, victimId: string) {
  await tx.notification.updateMany({
    where: { victimId, kind: "CASE_OPENED_FROM_CALL", readAt: null },
    data: { readAt: new Date() },
  });
}
