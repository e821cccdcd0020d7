// Dates that matter make reminders. Each writer of such a date (a document's expiry, a hearing, a
// fine's due day, the end of a permit or a registration, a support step's planned day) calls
// `remindOf` in its own transaction, so the reminder and the date never disagree:
// - a new date makes an open reminder, assigned to the person's worker (else to no one: the
//   coordinators' queue);
// - a moved date moves it, and opens it again if it was done or dismissed (a new date is a new
//   thing to act on);
// - a date taken away (a hearing cancelled, a fine paid) removes the open reminder; a closed one
//   stays as the record of what was done.
import "server-only";
import type { Tx } from "@/lib/db";
import type { TaskKind } from "./codes";
import { dueOnOf } from "./due";

export interface ReminderSource {
  organisationId: string;
  person: { id: string; assignedToId: string | null };
  kind: Exclude<TaskKind, "MANUAL">;
  sourceId: string;
  /** The date itself, or null when there is none (any more). */
  eventOn: Date | null;
}

export async function remindOf(tx: Tx, source: ReminderSource) {
  const existing = await tx.task.findFirst({
    where: { kind: source.kind, sourceId: source.sourceId },
    select: { id: true, eventOn: true, status: true },
  });
  if (!source.eventOn) {
    if (existing?.status === "OPEN") await tx.task.delete({ where: { id: existing.id } });
    return;
  }
  const dueOn = dueOnOf(source.kind, source.eventOn);
  if (!existing) {
    await tx.task.create({
      data: {
        organisationId: source.organisationId,
        victimId: source.person.id,
        kind: source.kind,
        sourceId: source.sourceId,
        eventOn: source.eventOn,
        dueOn,
        assigneeId: source.person.assignedToId,
      },
    });
    return;
  }
  if (existing.eventOn?.getTime() === source.eventOn.getTime()) return;
  await tx.task.update({
    where: { id: existing.id },
    data: {
      eventOn: source.eventOn,
      dueOn,
      status: "OPEN",
      closedAt: null,
      closedById: null,
      dismissReasonEncrypted: null,
      version: { increment: 1 },
    },
  });
}
