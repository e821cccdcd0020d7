// Appends audit events. Always called with the transaction of the change it records, so the event
// and the change are committed together or not at all. Events hold ids and codes, never names,
// contact details or free text.
import { dbFor, type Tx } from "@/lib/db";
import type { Prisma, RecordType } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/roles/scope";

export interface AuditInput {
  action: string;
  recordType?: RecordType;
  recordId?: string;
  /** Organisation the event belongs to, when it differs from the actor's (network admin acts). */
  organisationId?: string | null;
  details?: Prisma.InputJsonValue;
}

export async function appendAudit(tx: Tx, scope: Scope, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorUserId: scope.userId,
      organisationId: input.organisationId === undefined ? scope.organisationId : input.organisationId,
      action: input.action,
      recordType: input.recordType ?? null,
      recordId: input.recordId ?? null,
      requestId: scope.requestId,
      details: input.details,
    },
  });
}

/** Events before anyone is signed in (sign-in attempts). */
export async function appendSystemAudit(
  tx: Tx,
  input: AuditInput & { actorUserId: string | null; requestId: string | null },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorUserId: input.actorUserId,
      organisationId: input.organisationId ?? null,
      action: input.action,
      recordType: input.recordType ?? null,
      recordId: input.recordId ?? null,
      requestId: input.requestId,
      details: input.details,
    },
  });
}

/** An export of the trail is itself on the trail, with the filters used. */
export async function recordAuditExport(scope: Scope, filters: Record<string, string | undefined>) {
  const db = dbFor(scope);
  const given = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
  await db.$transaction((tx) => appendAudit(tx, scope, { action: "audit.export", details: { filters: given } }));
}
