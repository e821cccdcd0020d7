import "server-only";
import { db } from "@/lib/db";
import type { OrgScope } from "@/lib/auth/scope";

/** Newest audit events of the actor's organisation (ORG_ADMIN's audit viewer grows from this). */
export async function listAuditEvents(scope: OrgScope, options: { limit: number; recordId?: string }) {
  return db.auditEvent.findMany({
    where: { organisationId: scope.organisationId, ...(options.recordId ? { recordId: options.recordId } : {}) },
    orderBy: { id: "desc" },
    take: options.limit,
    select: { id: true, at: true, action: true, recordType: true, recordId: true, actorUserId: true, requestId: true },
  });
}
