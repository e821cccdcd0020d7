import "server-only";
import { db } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { decryptField } from "@/lib/crypto";
import { repatriationWhere, sideOf } from "./policy";
import { nextMoves, waitingOn, type RepatriationStatus } from "./state-machine";

/** One case the actor may see, with the timeline and the moves open to the actor's side. */
export async function getRepatriation(scope: Scope, id: string) {
  const found = await db.repatriation.findFirst({
    where: { AND: [{ id }, repatriationWhere(scope)] },
    select: {
      id: true,
      status: true,
      statusChangedAt: true,
      sendingOrganisationId: true,
      receivingOrganisationId: true,
      sendingCountry: true,
      receivingCountry: true,
      targetTravelDate: true,
      riskOutcome: true,
      endReason: true,
      victimId: true,
      version: true,
      events: { orderBy: { createdAt: "asc" }, select: { id: true, fromStatus: true, toStatus: true, createdAt: true, organisationId: true, actorId: true } },
    },
  });
  if (!found) return null;
  const side = sideOf(scope, found)!;
  return { ...found, side, nextMoves: nextMoves(found.status as RepatriationStatus, side), waitingOn: waitingOn(found.status as RepatriationStatus) };
}

/** The organisation's cases on either side, newest first. */
export async function listRepatriations(scope: Scope) {
  return db.repatriation.findMany({
    where: repatriationWhere(scope),
    orderBy: { statusChangedAt: "desc" },
    take: 200,
    select: { id: true, status: true, statusChangedAt: true, sendingCountry: true, receivingCountry: true, sendingOrganisationId: true, receivingOrganisationId: true },
  });
}

/** The message thread, oldest first, decrypted; reading it is audited. */
export async function listMessages(scope: Scope, repatriationId: string) {
  const visible = await db.repatriation.findFirst({ where: { AND: [{ id: repatriationId }, repatriationWhere(scope)] }, select: { id: true } });
  if (!visible) return null;
  return db.$transaction(async (tx) => {
    const rows = await tx.repatriationMessage.findMany({ where: { repatriationId }, orderBy: { createdAt: "asc" }, select: { id: true, createdAt: true, organisationId: true, authorId: true, textEncrypted: true } });
    await appendAudit(tx, scope, { action: "repatriation.messages_read", recordType: "REPATRIATION", recordId: repatriationId });
    return rows.map(({ textEncrypted, ...m }) => ({ ...m, text: decryptField(textEncrypted) }));
  });
}

/** The checklist; `overdue` when past due and not done. */
export async function listTasks(scope: Scope, repatriationId: string) {
  const visible = await db.repatriation.findFirst({ where: { AND: [{ id: repatriationId }, repatriationWhere(scope)] }, select: { id: true } });
  if (!visible) return null;
  const tasks = await db.repatriationTask.findMany({ where: { repatriationId }, orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }], select: { id: true, status: true, title: true, assigneeSide: true, dueOn: true, doneOn: true } });
  const today = new Date(new Date().toISOString().slice(0, 10));
  return tasks.map((t) => ({ ...t, overdue: !t.doneOn && Boolean(t.dueOn && t.dueOn < today) }));
}
