import "server-only";
import { dbFor } from "@/lib/db";
import type { Scope } from "@/lib/roles/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { roleHas } from "@/lib/roles/permissions";
import { membershipWhere } from "./policy";
import type { ListMembersQuery } from "./schema";
import type { Prisma } from "@/lib/generated/prisma/client";

const memberSelect = {
  id: true,
  role: true,
  version: true,
  createdAt: true,
  organisationId: true,
  user: { select: { id: true, name: true, email: true, active: true } },
} as const;

export type MemberRow = {
  id: string;
  role: string;
  version: number;
  createdAt: Date;
  organisationId: string;
  user: { id: string; name: string; email: string; active: boolean };
};

/** Members visible to the actor, newest first (or oldest first, or by name), paginated by membership id. */
function memberOrder(order: ListMembersQuery["order"]): Prisma.MembershipOrderByWithRelationInput[] {
  if (order === "name") return [{ user: { name: "asc" } }, { id: "asc" }];
  if (order === "oldest") return [{ createdAt: "asc" }, { id: "asc" }];
  return [{ createdAt: "desc" }, { id: "desc" }];
}

export async function listMembers(scope: Scope, query: ListMembersQuery) {
  const db = dbFor(scope);
  const rows = await db.membership.findMany({
    where: {
      AND: [membershipWhere(scope), query.role ? { role: query.role } : {}],
      user: {
        ...(query.status === "all" ? {} : { active: query.status === "active" }),
        ...(query.q
          ? {
              OR: [
                { name: { contains: query.q, mode: "insensitive" as const } },
                { email: { contains: query.q, mode: "insensitive" as const } },
              ],
            }
          : {}),
      },
    },
    orderBy: memberOrder(query.order),
    take: query.limit + 1,
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
    select: memberSelect,
  });
  const items: MemberRow[] = rows.slice(0, query.limit);
  return { items, nextCursor: rows.length > query.limit ? (items.at(-1)?.id ?? null) : null };
}

/**
 * One member with their email (identifying data of staff), or null when outside the actor's scope.
 * The read is audited in the same transaction.
 */
export async function getMember(scope: Scope, membershipId: string): Promise<MemberRow | null> {
  const db = dbFor(scope);
  return db.$transaction(async (tx) => {
    const member = await tx.membership.findFirst({
      where: { AND: [{ id: membershipId }, membershipWhere(scope)] },
      select: memberSelect,
    });
    if (!member) return null;
    await appendAudit(tx, scope, {
      action: "member.read",
      recordType: "MEMBERSHIP",
      recordId: member.id,
      organisationId: member.organisationId,
    });
    return member;
  });
}

const tokenSelect = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  expiresAt: true,
  revokedAt: true,
  revokeReason: true,
} as const;

export async function listApiTokens(scope: Scope) {
  const db = dbFor(scope);
  return db.apiToken.findMany({ where: { userId: scope.userId }, orderBy: { createdAt: "desc" }, select: tokenSelect });
}

/**
 * The API tokens of a member, for the ORG_ADMIN's member page, or null when the membership
 * is outside the admin's organisation. Tokens belong to the user; the membership in the admin's
 * organisation is what lets the admin see them.
 */
export async function listMemberApiTokens(scope: Scope, membershipId: string) {
  if (!scope.organisationId || !roleHas(scope.role, "org.members.manage")) return null;
  const db = dbFor(scope);
  const member = await db.membership.findFirst({
    where: { AND: [{ id: membershipId }, membershipWhere(scope)] },
    select: { userId: true },
  });
  if (!member) return null;
  return db.apiToken.findMany({
    where: { userId: member.userId },
    orderBy: { createdAt: "desc" },
    select: tokenSelect,
  });
}

/** The organisation's longest API token life, for its administrator's form. */
export async function getApiTokenMaxDays(scope: Scope): Promise<number | null> {
  if (!scope.organisationId) return null;
  const org = await dbFor(scope).organisation.findFirst({
    where: { id: scope.organisationId },
    select: { apiTokenMaxDays: true },
  });
  return org?.apiTokenMaxDays ?? null;
}
