// Demo reminders: the demo records are written straight to the tables (not through the app's
// writers, which make reminders as they go), so the dates they carry get their reminders here, as
// the reminders migration did for the records it found: passports running out, hearings, fines,
// permits and registrations ending, planned support steps. Open records only.
import type { PrismaClient } from "../lib/generated/prisma/client";
import { dueOnOf } from "../lib/tasks/due";
import type { TaskKind } from "../lib/tasks/codes";

type Source = { kind: Exclude<TaskKind, "MANUAL">; sourceId: string; eventOn: Date; organisationId: string };

export async function seedDemoReminders(db: PrismaClient, organisationIds: string[]) {
  const open = { organisationId: { in: organisationIds }, status: { in: ["ACTIVE" as const, "FOLLOW_UP" as const] } };
  const people = await db.victim.findMany({ where: open, select: { id: true, assignedToId: true } });
  const assignee = new Map(people.map((p) => [p.id, p.assignedToId]));
  const ids = { in: [...assignee.keys()] };
  const [documents, hearings, statuses, support] = await Promise.all([
    db.personDocument.findMany({ where: { victimId: ids, expiresOn: { not: null } } }),
    db.proceedingHearing.findMany({
      where: { status: "SCHEDULED", proceeding: { victimId: ids } },
      include: { proceeding: true },
    }),
    db.legalStatus.findMany({ where: { victimId: ids } }),
    db.supportPlanItem.findMany({
      where: { victimId: ids, plannedOn: { not: null }, status: { not: "DONE" } },
      include: { victim: true },
    }),
  ]);
  const rows: (Source & { victimId: string })[] = [
    ...documents.map((d) => ({
      kind: "DOCUMENT_EXPIRY" as const,
      sourceId: d.id,
      eventOn: d.expiresOn!,
      organisationId: d.organisationId,
      victimId: d.victimId,
    })),
    ...hearings.map((h) => ({
      kind: "HEARING" as const,
      sourceId: h.id,
      eventOn: h.heldOn,
      organisationId: h.organisationId,
      victimId: h.proceeding.victimId,
    })),
    ...statuses.flatMap((l) =>
      (
        [
          ["FINE_DUE", l.finesOwed !== null ? l.finesDueOn : null],
          ["PERMIT_ENDS", l.permitUntil],
          ["REGISTRATION_ENDS", l.registeredUntil],
        ] as const
      ).flatMap(([kind, eventOn]) =>
        eventOn ? [{ kind, sourceId: l.id, eventOn, organisationId: l.organisationId, victimId: l.victimId }] : [],
      ),
    ),
    ...support.map((s) => ({
      kind: "SUPPORT_ITEM" as const,
      sourceId: s.id,
      eventOn: s.plannedOn!,
      organisationId: s.victim.organisationId,
      victimId: s.victimId,
    })),
  ];
  await db.task.createMany({
    data: rows.map((r) => ({
      organisationId: r.organisationId,
      victimId: r.victimId,
      kind: r.kind,
      sourceId: r.sourceId,
      eventOn: r.eventOn,
      dueOn: dueOnOf(r.kind, r.eventOn),
      assigneeId: assignee.get(r.victimId) ?? null,
    })),
    skipDuplicates: true,
  });
  return rows.length;
}
