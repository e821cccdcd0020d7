import "server-only";
import { dbFor } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrgScope, Scope } from "@/lib/roles/scope";
import { AppError } from "@/lib/errors";
import type { ListAuditQuery } from "./schema";
import { auditOrganisation } from "./policy";

/** The organisation's own trail, filtered; an ORG_ADMIN's only (its permission is checked here). */
function auditWhere(scope: Scope, query: ListAuditQuery): Prisma.AuditEventWhereInput {
  const organisationId = auditOrganisation(scope);
  if (!organisationId) throw new AppError("NOT_FOUND");
  const conditions: Prisma.AuditEventWhereInput[] = [{ organisationId }];
  if (query.action)
    conditions.push({ action: query.action.endsWith(".") ? { startsWith: query.action } : query.action });
  if (query.actor) conditions.push({ actorUserId: query.actor });
  if (query.recordType) conditions.push({ recordType: query.recordType });
  if (query.recordId) conditions.push({ recordId: query.recordId });
  if (query.from) conditions.push({ at: { gte: new Date(`${query.from}T00:00:00Z`) } });
  if (query.to) conditions.push({ at: { lt: new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000) } });
  return { AND: conditions };
}

const select = {
  id: true,
  at: true,
  action: true,
  recordType: true,
  recordId: true,
  requestId: true,
  details: true,
  chainSeq: true,
  actor: { select: { id: true, name: true } },
} satisfies Prisma.AuditEventSelect;

/** Newest first, keyset-paginated on the event id. */
export async function listAuditEvents(scope: Scope, query: ListAuditQuery, limit = 50) {
  const db = dbFor(scope);
  const rows = await db.auditEvent.findMany({
    where: { AND: [auditWhere(scope, query), ...(query.cursor ? [{ id: { lt: BigInt(query.cursor) } }] : [])] },
    orderBy: { id: "desc" },
    take: limit + 1,
    select,
  });
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? String(items.at(-1)!.id) : null };
}
export type AuditRow = Awaited<ReturnType<typeof listAuditEvents>>["items"][number];

/** The whole filtered trail in batches, oldest first, for the CSV export. */
export async function* iterateAuditEvents(scope: Scope, query: ListAuditQuery, maxRows: number) {
  const db = dbFor(scope);
  const where = auditWhere(scope, query);
  let after: bigint | null = null;
  let sent = 0;
  while (sent < maxRows) {
    const batch: AuditRow[] = await db.auditEvent.findMany({
      where: { AND: [where, ...(after ? [{ id: { gt: after } }] : [])] },
      orderBy: { id: "asc" },
      take: 1000,
      select,
    });
    if (batch.length === 0) return;
    yield batch;
    sent += batch.length;
    after = batch.at(-1)!.id;
  }
}

/** Members who appear as actors, for the viewer's filter. */
export async function listAuditActors(scope: OrgScope | Scope) {
  const db = dbFor(scope);
  const organisationId = auditOrganisation(scope);
  if (!organisationId) return [];
  return db.user.findMany({
    where: { memberships: { some: { organisationId } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
