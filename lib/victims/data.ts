import "server-only";
import { db } from "@/lib/db";
import type { Scope } from "@/lib/auth/scope";
import { appendAudit } from "@/lib/audit/mutations";
import { listSharedRecordIds } from "@/lib/access/data";
import { victimWhere } from "./policy";

/** One victim record in the actor's scope (the read of identifying data is audited), or null. */
export async function getVictim(scope: Scope, id: string) {
  const shared = await listSharedRecordIds(scope, "VICTIM");
  return db.$transaction(async (tx) => {
    const victim = await tx.victim.findFirst({
      where: { AND: [{ id }, victimWhere(scope, shared)] },
      select: {
        id: true,
        organisationId: true,
        caseNumber: true,
        status: true,
        identifiedOn: true,
        identifiedBy: true,
        givenName: true,
        familyName: true,
        sex: true,
        birthDate: true,
        estimatedAge: true,
        citizenships: true,
        createdAt: true,
        hotlineCalls: { select: { id: true, receivedAt: true }, orderBy: { receivedAt: "desc" }, take: 20 },
      },
    });
    if (!victim) return null;
    await appendAudit(tx, scope, { action: "victim.read", recordType: "VICTIM", recordId: victim.id, organisationId: victim.organisationId });
    return victim;
  });
}
